import { data } from "@remix-run/node";

/** The one way a missing (or not-yours) row becomes a 404. */
export function notFound(message = "ページが見つかりません"): never {
  throw data({ message }, { status: 404 });
}

export function assertFound<T>(value: T | null | undefined, message?: string): T {
  if (value === null || value === undefined) notFound(message);
  return value;
}

export function forbidden(message = "この操作はできません"): never {
  throw data({ message }, { status: 403 });
}

// Backslashes and control characters (the URL parser silently drops tab and line breaks):
// none belongs in a path this site links to, neither as given nor percent-decoded.
const UNSAFE_IN_PATH = /[\\\u0000-\u001f\u007f-\u009f]/;
const BASE = "http://local.invalid";

/** One "/" then something that is not a second "/": a path, never "//host" (scheme-relative). */
function isSiteRelative(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//");
}

/**
 * Accepts only a path on this site ("/jobs?q=寮"), never "//evil.example",
 * "https://evil.example", "/\\evil.example" or "/.//evil.example" (which the URL parser
 * turns into "//evil.example" by removing the dot segment), so a link cannot send someone
 * elsewhere. The check runs both on the text as given and on the path after normalisation.
 */
export function safeRedirectPath(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !isSiteRelative(to) || UNSAFE_IN_PATH.test(to)) return fallback;
  try {
    const url = new URL(to, BASE);
    const path = url.pathname + url.search + url.hash;
    if (url.origin !== BASE || !isSiteRelative(path)) return fallback;
    // "/%2F/evil" or "/.%2F/evil" stays one path here, but whatever decodes it later (a
    // proxy, an old browser) must not see "//evil" either.
    const decoded = decodeURIComponent(path);
    if (UNSAFE_IN_PATH.test(decoded) || !isSiteRelative(decoded)) return fallback;
    const again = new URL(decoded, BASE);
    if (again.origin !== BASE || !isSiteRelative(again.pathname)) return fallback;
    return path;
  } catch {
    return fallback;
  }
}

/** The client address as the server entry read it from the socket (or a trusted proxy). */
export function clientAddress(context: { clientAddress?: string } | undefined): string {
  return context?.clientAddress ?? "unknown";
}
