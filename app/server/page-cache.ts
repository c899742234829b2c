// A memory store of rendered public pages: one entry per address (and per cookie that
// changes a public page), each body kept once per encoding, evicted least-recently-used
// within a byte budget. It knows nothing of HTTP frameworks; page-cache-http.ts serves it.

export type Encoding = "br" | "gzip" | "identity";

export type CachedPage = {
  status: number;
  /** Response headers to repeat, lower-case names (never Set-Cookie). */
  headers: Array<[string, string]>;
  bodies: Partial<Record<Encoding, Buffer>> & { identity: Buffer };
  etag: string;
  /** Milliseconds since the epoch after which the entry is not served. */
  expiresAt: number;
};

/** Cookies that change a public page, with the values a cached page may be made for. */
export const VARYING_COOKIES: Record<string, readonly string[]> = { furigana: ["1"] };

type Entry = { page: CachedPage; bytes: number };

export type PageCacheOptions = {
  maxBytes: number;
  /** The clock, injectable for tests. */
  now?: () => number;
};

// A rough charge for the Map slot, the entry objects and the header strings.
const ENTRY_OVERHEAD = 256;

export class PageCache {
  readonly maxBytes: number;
  private readonly now: () => number;
  private readonly entries = new Map<string, Entry>();
  private usedBytes = 0;
  private generation: string | null = null;

  constructor(options: PageCacheOptions) {
    this.maxBytes = options.maxBytes;
    this.now = options.now ?? Date.now;
  }

  get bytes() {
    return this.usedBytes;
  }

  get size() {
    return this.entries.size;
  }

  /**
   * Drops every entry when the generation (content version and Tokyo day) is not the one
   * the entries were made under. Call before get and set.
   */
  checkGeneration(generation: string) {
    if (generation === this.generation) return;
    this.clear();
    this.generation = generation;
  }

  get(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.page.expiresAt <= this.now()) {
      this.remove(key, entry);
      return undefined;
    }
    // Most recently used goes to the end of the Map's order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.page;
  }

  /** Stores a page made under `generation`; refuses it if the generation moved meanwhile. */
  set(key: string, page: CachedPage, generation: string): boolean {
    if (generation !== this.generation) return false;
    const bytes = entrySize(key, page);
    if (bytes > this.maxBytes) return false;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.entries.set(key, { page, bytes });
    this.usedBytes += bytes;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.usedBytes <= this.maxBytes) break;
      this.remove(oldestKey, oldest);
    }
    return true;
  }

  clear() {
    this.entries.clear();
    this.usedBytes = 0;
  }

  private remove(key: string, entry: Entry) {
    this.entries.delete(key);
    this.usedBytes -= entry.bytes;
  }
}

function entrySize(key: string, page: CachedPage): number {
  let bytes = ENTRY_OVERHEAD + Buffer.byteLength(key) + Buffer.byteLength(page.etag);
  for (const [name, value] of page.headers) bytes += name.length + Buffer.byteLength(value);
  for (const body of Object.values(page.bodies)) bytes += body?.length ?? 0;
  return bytes;
}

/**
 * The cache key: path, the query in a stable order, and the page-changing cookies. Returns
 * null when a cookie holds a value no cached page is made for.
 */
export function pageKey(pathname: string, search: string, cookieHeader: string | undefined): string | null {
  const params = [...new URLSearchParams(search)].sort(([a, x], [b, y]) =>
    a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0,
  );
  const query = new URLSearchParams(params).toString();
  const cookies = parseCookies(cookieHeader);
  const parts: string[] = [];
  for (const [name, allowed] of Object.entries(VARYING_COOKIES)) {
    const value = cookies.get(name);
    if (value === undefined) continue;
    if (!allowed.includes(value)) return null;
    parts.push(`${name}=${value}`);
  }
  return `${pathname}?${query}#${parts.join(";")}`;
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    if (name && !cookies.has(name)) cookies.set(name, part.slice(at + 1).trim());
  }
  return cookies;
}

/** Public pages and resources that look the same to every anonymous visitor. */
const PUBLIC_PATHS = [
  /^\/$/,
  /^\/jobs$/,
  /^\/jobs\/\d+$/,
  /^\/employers\/\d+$/,
  /^\/events(?:\/\d+)?(?:\.ics)?$/,
  /^\/magazine(?:\/\d+(?:\/print)?)?$/,
  /^\/feed\.xml$/,
  /^\/for-employers(?:\/events\.ics)?$/,
  /^\/help$/,
];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((pattern) => pattern.test(pathname));
}

/** The best stored encoding the client accepts (q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined, available: Iterable<Encoding>): Encoding {
  const have = new Set(available);
  const accepted = new Map<string, number>();
  for (const item of (acceptEncoding ?? "").split(",")) {
    const [name, ...params] = item.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (have.has("br") && ok("br")) return "br";
  if (have.has("gzip") && ok("gzip")) return "gzip";
  return "identity";
}
