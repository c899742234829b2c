import { describe, expect, it } from "vitest";
import { attachmentDisposition, csvCell, csvResponse, toCsv } from "../../app/utils/csv";

describe("CSV for Excel", () => {
  it("starts with a BOM, ends lines with CRLF and decodes as UTF-8 with the Japanese intact", async () => {
    const response = csvResponse("月別の集計（2026年度）.csv", "stats.csv", ["月", "公開した求人"], [
      ["2026年4月", 3],
      ["2026年5月", 0],
    ]);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    expect(text).toBe("\uFEFF月,公開した求人\r\n2026年4月,3\r\n2026年5月,0\r\n");
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
  });

  it("quotes commas, quotes and line breaks, and leaves empty cells empty", () => {
    expect(csvCell('株式会社"くまもと", 本社')).toBe('"株式会社""くまもと"", 本社"');
    expect(csvCell("一行目\n二行目")).toBe('"一行目\n二行目"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(12)).toBe("12");
    expect(toCsv(["a"], [[" 空白 "]])).toBe('\uFEFFa\r\n" 空白 "\r\n');
  });

  it("never lets a text cell run as a spreadsheet formula", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+81")).toBe("'+81");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe("-3");
  });

  it("names the download in RFC 5987 form with an ASCII fallback", () => {
    const header = attachmentDisposition("進捗（2026年度）'s.csv", "stats-2026.csv");
    expect(header).toBe(
      "attachment; filename=\"stats-2026.csv\"; filename*=UTF-8''%E9%80%B2%E6%8D%97%EF%BC%882026%E5%B9%B4%E5%BA%A6%EF%BC%89%27s.csv",
    );
    expect(decodeURIComponent(header.split("''")[1])).toBe("進捗（2026年度）'s.csv");
    expect(attachmentDisposition("a.csv", 'bad"名前.csv')).toContain('filename="bad___.csv"');
  });
});
