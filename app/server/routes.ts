import type { ServerBuild } from "@remix-run/node";
import { matchRoutes } from "@remix-run/react";

type Manifest = ServerBuild["routes"];
type Entry = Manifest[string];
type RouteNode = { id: string; path?: string; index?: boolean; caseSensitive?: boolean; children?: RouteNode[] };

/** Paths whose route is remembered; past this many, the memory starts again. */
const MATCHES_KEPT = 1000;

/** The route a path resolves to, as its full pattern ("/password/reset/:token"). */
export type RouteMatch = { pattern: string };

function tree(entries: Entry[], parentId: string | undefined): RouteNode[] {
  return entries
    .filter((r) => r.parentId === parentId)
    .map((r) => ({
      id: r.id,
      path: r.path,
      index: r.index,
      caseSensitive: r.caseSensitive,
      children: r.index ? undefined : tree(entries, r.id),
    }));
}

/**
 * Resolves paths the way Remix does, from the build's own route manifest: case-insensitive,
 * with the single-fetch ".data" suffix removed. Null when no route takes the path.
 */
export function routeMatcher(manifest: Manifest): (pathname: string) => RouteMatch | null {
  const routes = tree(Object.values(manifest), undefined) as Parameters<typeof matchRoutes>[0];
  const match = (pathname: string): RouteMatch | null => {
    let path = pathname;
    if (path === "/_root.data") path = "/";
    else if (path.endsWith(".data")) path = path.slice(0, -".data".length);
    const matches = matchRoutes(routes, path);
    if (!matches) return null;
    const segments = matches.flatMap((m) => (m.route.path ? m.route.path.split("/") : [])).filter(Boolean);
    return { pattern: `/${segments.join("/")}` };
  };
  // matchRoutes flattens and ranks the whole route tree on every call; the access log asks
  // for every request. The answer depends on the path alone, so recent paths are kept.
  const recent = new Map<string, RouteMatch | null>();
  return (pathname) => {
    let found = recent.get(pathname);
    if (found === undefined) {
      found = match(pathname);
      if (recent.size >= MATCHES_KEPT) recent.clear();
      recent.set(pathname, found);
    }
    return found;
  };
}
