// The soft "one answer per browser" limit: a cookie that only says "answered", scoped to
// this survey's path. It holds no identifier, so it cannot tie an answer to anyone; a
// person who clears cookies can answer again, which is acceptable for a paper-style survey.

const ONE_YEAR = 365 * 24 * 60 * 60;

function cookieName(publicId: string) {
  return `answered_${publicId}`;
}

export function hasAnswered(request: Request, publicId: string): boolean {
  const header = request.headers.get("cookie") ?? "";
  return header.split(/;\s*/).some((pair) => pair === `${cookieName(publicId)}=1`);
}

export function answeredCookie(publicId: string, secure: boolean): string {
  return [
    `${cookieName(publicId)}=1`,
    `Path=/surveys/${publicId}`,
    `Max-Age=${ONE_YEAR}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}
