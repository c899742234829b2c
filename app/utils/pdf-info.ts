// The document information of a PDF that Chromium printed: Chromium writes its own browser
// string as the Creator. An incremental update (PDF 1.7, 7.5.6) appends a new information
// dictionary and points the trailer at it; the bytes Chromium wrote stay as they are.

export type DocumentInfo = { title: string; creator: string; subject?: string; author?: string };

/** A PDF text string: UTF-16BE with its byte-order mark, written in hex. */
function textString(text: string): string {
  let hex = "FEFF";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0").toUpperCase();
  return `<${hex}>`;
}

/** D:YYYYMMDDHHmmSSZ */
function pdfDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, "").slice(0, 14)}Z`;
}

/**
 * The PDF with the given information dictionary. A PDF whose last section is not a classic
 * cross-reference table (Chromium writes one) comes back unchanged.
 */
export function withDocumentInfo(pdf: Buffer, info: DocumentInfo, when: Date): Buffer {
  const tail = pdf.subarray(Math.max(0, pdf.length - 2048)).toString("latin1");
  const trailerAt = tail.lastIndexOf("trailer");
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (trailerAt < 0 || !start) return pdf;
  const trailer = tail.slice(trailerAt, start.index);
  const size = /\/Size\s+(\d+)/.exec(trailer);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer);
  if (!size || !root) return pdf;

  const id = Number(size[1]);
  const fields = [
    `/Title ${textString(info.title)}`,
    `/Creator ${textString(info.creator)}`,
    info.subject ? `/Subject ${textString(info.subject)}` : "",
    info.author ? `/Author ${textString(info.author)}` : "",
    `/Producer ${textString("Chromium (Skia/PDF)")}`,
    `/CreationDate (${pdfDate(when)})`,
    `/ModDate (${pdfDate(when)})`,
  ].filter(Boolean);
  const head = pdf[pdf.length - 1] === 0x0a ? "" : "\n";
  const objectAt = pdf.length + head.length;
  const object = `${head}${id} 0 obj\n<<${fields.join(" ")}>>\nendobj\n`;
  const xrefAt = pdf.length + Buffer.byteLength(object, "latin1");
  const update =
    object +
    `xref\n${id} 1\n${String(objectAt).padStart(10, "0")} 00000 n \n` +
    `trailer\n<</Size ${id + 1} /Root ${root[1]} /Info ${id} 0 R /Prev ${start[1]}>>\n` +
    `startxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, "latin1")]);
}
