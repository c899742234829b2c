import { createHash } from "node:crypto";
import { contentSecurityPolicy } from "./security";

// A stored page is served to many visitors, so its Content-Security-Policy cannot carry a
// per-response nonce. It is rendered with a fixed marker instead; at store time the marker
// is taken out and the policy allows exactly the page's own inline scripts by their
// SHA-256. A script added to the page later (by injection, or on the way) has no matching
// hash and does not run.

/** The nonce the server render uses for pages that go to the cache; never sent. */
export const CACHE_NONCE_MARKER = "page-cache-marker";

const MARKER_ATTRIBUTE = ` nonce="${CACHE_NONCE_MARKER}"`;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** The page without the marker, and the hash of every inline script in it. */
export function hashInlineScripts(html: string): { html: string; hashes: string[] } {
  const clean = html.split(MARKER_ATTRIBUTE).join("");
  const hashes = new Set<string>();
  for (const match of clean.matchAll(INLINE_SCRIPT)) {
    const [, attributes, body] = match;
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return { html: clean, hashes: [...hashes] };
}

/** The site's policy, with script hashes in place of the nonce. */
export function hashedContentSecurityPolicy(hashes: string[]): string {
  return contentSecurityPolicy(CACHE_NONCE_MARKER).replace(` 'nonce-${CACHE_NONCE_MARKER}'`, hashes.length ? ` ${hashes.join(" ")}` : "");
}
