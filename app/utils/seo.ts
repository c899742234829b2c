import type { MetaDescriptor } from "@remix-run/node";

// The head tags of a public page: title, description, and the tags a chat app or a social
// site reads when someone shares the link (Open Graph, Twitter card). Remix keeps only the
// deepest route's meta, so every public route builds its whole list here.
//
// og:url and og:image are absolute addresses from the configured PUBLIC_ORIGIN, which the
// root loader hands down; the request's Host header is never used. The image is served from
// this site (public/), so a shared link makes no request to anyone else.

export const SITE_NAME = "熊本市 協力雇用主 求人サイト";
export const SITE_DESCRIPTION = "熊本市が運営する、協力雇用主の求人情報サイトです。登録なしで仕事をさがせます。";
export const SITE_IMAGE = { path: "/og-image.png", width: 1200, height: 630, alt: "熊本市 協力雇用主 求人サイト" };

/** Enough of the meta function's arguments to find the origin and this page's path. */
export type MetaArgsLike = {
  location: { pathname: string };
  matches: ReadonlyArray<{ id: string; data?: unknown } | undefined>;
};

export type PageMeta = {
  /** The whole <title>, as the page's heading says it. */
  title: string;
  description: string;
  /** "article" for one posting, event, employer or issue; "website" otherwise. */
  type?: "website" | "article";
  /** Pages that must not be listed (contact forms, private links). */
  noindex?: boolean;
};

function originOf(args: MetaArgsLike): string {
  const root = args.matches.find((m) => m?.id === "root")?.data as { origin?: string } | undefined;
  return root?.origin ?? "";
}

/** One short line: whitespace folded, cut at a sentence or at 120 characters. */
export function shortDescription(text: string, limit = 120): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= limit) return flat;
  return `${flat.slice(0, limit - 1)}…`;
}

export function pageMeta(args: MetaArgsLike, page: PageMeta): MetaDescriptor[] {
  const origin = originOf(args);
  const url = `${origin}${args.location.pathname}`;
  const description = shortDescription(page.description);
  const tags: MetaDescriptor[] = [
    { title: page.title },
    { name: "description", content: description },
    { property: "og:site_name", content: SITE_NAME },
    { property: "og:locale", content: "ja_JP" },
    { property: "og:type", content: page.type ?? "website" },
    { property: "og:title", content: page.title },
    { property: "og:description", content: description },
    { property: "og:url", content: url },
    { property: "og:image", content: `${origin}${SITE_IMAGE.path}` },
    { property: "og:image:width", content: String(SITE_IMAGE.width) },
    { property: "og:image:height", content: String(SITE_IMAGE.height) },
    { property: "og:image:alt", content: SITE_IMAGE.alt },
    { name: "twitter:card", content: "summary" },
    { name: "twitter:title", content: page.title },
    { name: "twitter:description", content: description },
    { name: "twitter:image", content: `${origin}${SITE_IMAGE.path}` },
  ];
  if (page.noindex) tags.push({ name: "robots", content: "noindex" });
  return tags;
}

/** "X | 熊本市 協力雇用主 求人サイト" */
export function titled(name: string): string {
  return `${name} | ${SITE_NAME}`;
}
