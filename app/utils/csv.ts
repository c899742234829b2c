// CSV that Excel on a Japanese Windows opens correctly: UTF-8 with a byte-order mark
// (without it Excel guesses Shift_JIS and the Japanese turns to noise), CRLF line ends,
// and RFC 4180 quoting.

export type CsvCell = string | number | null | undefined;

const BOM = "\uFEFF";

// A cell starting with one of these is read by spreadsheets as a formula; free text typed
// by someone else must never run as one (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(headers: string[], rows: CsvCell[][]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvCell).join(","));
  return BOM + lines.join("\r\n") + "\r\n";
}

// RFC 5987 attr-char allows only these unescaped; encodeURIComponent leaves a few more.
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * `attachment` with a plain ASCII name for old clients and the Japanese name in
 * `filename*` (RFC 6266 / RFC 5987), which every current browser prefers.
 */
export function attachmentDisposition(filename: string, asciiFallback: string): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(filename)}`;
}

export function csvResponse(
  filename: string,
  asciiFallback: string,
  headers: string[],
  rows: CsvCell[][],
): Response {
  return new Response(toCsv(headers, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachmentDisposition(filename, asciiFallback),
      "Cache-Control": "no-store",
    },
  });
}
