// The reader's choice of furigana on web pages, kept in the cookie `furigana` (`1` = on).
// The page cache keys its pages on this same cookie and value (app/server/page-cache.ts).

export const FURIGANA_COOKIE = "furigana";
const YEAR = 365 * 24 * 60 * 60;

/** On only for exactly `furigana=1`; off is the default. */
export function furiganaOn(request: Request): boolean {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at >= 0 && part.slice(0, at).trim() === FURIGANA_COOKIE) return part.slice(at + 1).trim() === "1";
  }
  return false;
}

export function furiganaCookie(on: boolean, https: boolean): string {
  const secure = https ? "; Secure" : "";
  return on
    ? `${FURIGANA_COOKIE}=1; Path=/; Max-Age=${YEAR}; SameSite=Lax; HttpOnly${secure}`
    : `${FURIGANA_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly${secure}`;
}

/** Where to go back to: a path on this site only, never another site ("//x", "/\\x"). */
export function backPath(value: FormDataEntryValue | null): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f]/.test(value) || value.length > 2000) return "/";
  return value;
}
