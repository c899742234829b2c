import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashedContentSecurityPolicy, hashInlineScripts, newCacheMarker } from "../../app/server/csp-hashes";

const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

describe("script hashes for cached pages", () => {
  it("removes the marker nonce and hashes each inline script, not external ones", () => {
    const CACHE_NONCE_MARKER = newCacheMarker();
    const html = `<html><body><script nonce="${CACHE_NONCE_MARKER}">a()</script><script type="module" async="" nonce="${CACHE_NONCE_MARKER}">import("/x.js")</script><script src="/y.js" nonce="${CACHE_NONCE_MARKER}"></script></body></html>`;
    const { html: clean, hashes } = hashInlineScripts(html, CACHE_NONCE_MARKER);
    expect(clean).not.toContain(CACHE_NONCE_MARKER);
    expect(hashes).toEqual([sha("a()"), sha('import("/x.js")')]);
  });

  it("hashes no script the render did not mark: injected markup stays blocked", () => {
    const marker = newCacheMarker();
    expect(newCacheMarker()).not.toBe(marker);
    const html = `<script nonce="${marker}">ok()</script><p><script>steal()</script><script nonce="guess">x()</script></p>`;
    const { html: clean, hashes } = hashInlineScripts(html, marker);
    expect(hashes).toEqual([sha("ok()")]);
    expect(clean).toContain("<script>steal()</script>");
    expect(clean).not.toContain(marker);
  });

  it("puts the hashes where the nonce was, and nothing else changes", () => {
    const policy = hashedContentSecurityPolicy([sha("a()")]);
    expect(policy).toContain(`script-src 'self' ${sha("a()")};`);
    expect(policy).not.toContain("nonce");
    expect(policy).toContain("object-src 'none'");
    expect(hashedContentSecurityPolicy([])).toContain("script-src 'self';");
  });
});
