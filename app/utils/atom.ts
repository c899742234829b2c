// A small Atom 1.0 writer (RFC 4287). Every text construct goes out as type="text", XML
// escaped: employers write plain text, and a feed reader must never be told it is markup
// (the `feed` package wraps titles and summaries in CDATA marked type="html").

export type AtomEntry = {
  id: string;
  title: string;
  link: string;
  updated: Date;
  published?: Date;
  summary?: string;
  authorName?: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  link: string;
  self: string;
  updated: Date;
  authorName: string;
  rights?: string;
  language?: string;
  entries: AtomEntry[];
};

// Characters XML 1.0 cannot carry at all, escaped or not (control characters other than
// tab and line breaks, lone surrogates, U+FFFE and U+FFFF).
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu;

export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

const text = (tag: string, value: string) => `<${tag} type="text">${xmlText(value)}</${tag}>`;
const element = (tag: string, value: string) => `<${tag}>${xmlText(value)}</${tag}>`;
const author = (name: string) => `<author>${element("name", name)}</author>`;

export function atomFeed(feed: AtomFeed): string {
  const lang = feed.language ? ` xml:lang="${xmlText(feed.language)}"` : "";
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom"${lang}>`,
    element("id", feed.id),
    text("title", feed.title),
    feed.subtitle ? text("subtitle", feed.subtitle) : "",
    `<link rel="alternate" href="${xmlText(feed.link)}"/>`,
    `<link rel="self" href="${xmlText(feed.self)}"/>`,
    element("updated", feed.updated.toISOString()),
    author(feed.authorName),
    feed.rights ? text("rights", feed.rights) : "",
    ...feed.entries.map((entry) =>
      [
        "<entry>",
        element("id", entry.id),
        text("title", entry.title),
        `<link rel="alternate" href="${xmlText(entry.link)}"/>`,
        element("updated", entry.updated.toISOString()),
        entry.published ? element("published", entry.published.toISOString()) : "",
        entry.authorName ? author(entry.authorName) : "",
        entry.summary ? text("summary", entry.summary) : "",
        "</entry>",
      ]
        .filter(Boolean)
        .join("\n"),
    ),
    "</feed>",
  ];
  return lines.filter(Boolean).join("\n") + "\n";
}
