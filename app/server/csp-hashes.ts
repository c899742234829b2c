import { createHash, randomBytes } from "node:crypto";
import { contentSecurityPolicy } from "./security";

// A stored page is served to many visitors, so its Content-Security-Policy cannot carry a
// per-response nonce. It is rendered with a one-time secret marker as its nonce; at store
// time the policy allows, by their SHA-256, exactly the inline scripts that carry that
// marker (the ones React and Remix wrote), and the marker is taken out. A script that got
// into the HTML any other way (an injection in stored or reflected text) cannot know the
// marker, is not hashed, and does not run; nor does one added to the page later.

/** A fresh marker for one render that goes to the cache; never sent. */
export function newCacheMarker(): string {
  return `cache-${randomBytes(18).toString("base64url")}`;
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** The page without the marker, and the hash of every inline script the render marked. */
export function hashInlineScripts(html: string, marker: string): { html: string; hashes: string[] } {
  const markerAttribute = ` nonce="${marker}"`;
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const [, attributes, body] = match;
    if (/\bsrc\s*=/i.test(attributes) || !attributes.includes(markerAttribute)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return { html: html.split(markerAttribute).join(""), hashes: [...hashes] };
}

/** The site's policy, with script hashes in place of the nonce. */
export function hashedContentSecurityPolicy(hashes: string[]): string {
  const policy = contentSecurityPolicy("x");
  return policy.replace(" 'nonce-x'", hashes.length ? ` ${hashes.join(" ")}` : "");
}
