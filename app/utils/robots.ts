// Pages no search engine should list: the staff and employer areas and the account pages.
// The server sends an X-Robots-Tag header for them and the page head a robots meta tag;
// both ask the same question here. Paths match in any letter case, as routes do.
const NOINDEX_AREAS = /^\/(staff|employer|login|signup|password)(\/|\.data$|$)/i;

export function isNoindexPath(pathname: string): boolean {
  return NOINDEX_AREAS.test(pathname);
}
