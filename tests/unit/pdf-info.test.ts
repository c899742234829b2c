import { describe, expect, it } from "vitest";
import { withDocumentInfo } from "../../app/utils/pdf-info";

// A PDF of one empty page with a classic cross-reference table, as Chromium writes them.
function tinyPdf(): Buffer {
  const objects = [
    "1 0 obj\n<</Producer (Skia/PDF)/Creator (Mozilla/5.0 HeadlessChrome)>>\nendobj\n",
    "2 0 obj\n<</Type /Catalog /Pages 3 0 R>>\nendobj\n",
    "3 0 obj\n<</Type /Pages /Kids [4 0 R] /Count 1>>\nendobj\n",
    "4 0 obj\n<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>\nendobj\n",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (const o of objects) {
    offsets.push(body.length);
    body += o;
  }
  const xref = body.length;
  body += `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<</Size 5\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(body, "latin1");
}

const utf16 = (text: string) => `<FEFF${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()).join("")}>`;

describe("withDocumentInfo", () => {
  it("appends an information dictionary that the new trailer points at, leaving the old bytes as they were", () => {
    const pdf = tinyPdf();
    const out = withDocumentInfo(pdf, { title: "求人情報誌 第3号", creator: "熊本市 協力雇用主 求人サイト" }, new Date("2027-04-01T00:00:00Z"));
    expect(out.subarray(0, pdf.length).equals(pdf)).toBe(true);
    const added = out.subarray(pdf.length).toString("latin1");
    expect(added).toContain(`/Title ${utf16("求人情報誌 第3号")}`);
    expect(added).toContain(`/Creator ${utf16("熊本市 協力雇用主 求人サイト")}`);
    expect(added).toContain("/CreationDate (D:20270401000000Z)");
    expect(added).toMatch(/trailer\n<<\/Size 6 \/Root 2 0 R \/Info 5 0 R \/Prev \d+>>/);

    // The offsets are right: startxref finds the new table, the table finds the new object.
    const text = out.toString("latin1");
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe("xref");
    const entry = /xref\n5 1\n(\d{10}) 00000 n \n/.exec(text.slice(startxref))!;
    expect(text.slice(Number(entry[1]), Number(entry[1]) + 8)).toBe("5 0 obj\n");
    expect(Number(/\/Prev (\d+)/.exec(added)![1])).toBe(pdf.toString("latin1").indexOf("xref"));
  });

  it("gives back a PDF it cannot read as it is", () => {
    const streamed = Buffer.from("%PDF-1.5\n1 0 obj\n<</Type /XRef>>\nendobj\nstartxref\n9\n%%EOF\n", "latin1");
    expect(withDocumentInfo(streamed, { title: "t", creator: "c" }, new Date()).equals(streamed)).toBe(true);
  });
});
