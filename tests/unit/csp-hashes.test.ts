import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CACHE_NONCE_MARKER, hashedContentSecurityPolicy, hashInlineScripts } from "../../app/server/csp-hashes";

const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

describe("script hashes for cached pages", () => {
  it("removes the marker nonce and hashes each inline script, not external ones", () => {
    const html = `<html><body><script nonce="${CACHE_NONCE_MARKER}">a()</script><script type="module" async="" nonce="${CACHE_NONCE_MARKER}">import("/x.js")</script><script src="/y.js" nonce="${CACHE_NONCE_MARKER}"></script></body></html>`;
    const { html: clean, hashes } = hashInlineScripts(html);
    expect(clean).not.toContain(CACHE_NONCE_MARKER);
    expect(hashes).toEqual([sha("a()"), sha('import("/x.js")')]);
  });

  it("puts the hashes where the nonce was, and nothing else changes", () => {
    const policy = hashedContentSecurityPolicy([sha("a()")]);
    expect(policy).toContain(`script-src 'self' ${sha("a()")};`);
    expect(policy).not.toContain("nonce");
    expect(policy).toContain("object-src 'none'");
    expect(hashedContentSecurityPolicy([])).toContain("script-src 'self';");
  });
});
