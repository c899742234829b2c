import { foldKana } from "~/utils/kana";
import { sql, type Expression, type SqlBool } from "kysely";

// Long lists (search results; staff's postings, employers and audit log) are read a page
// at a time with their total, so a list that grows over the years never silently stops at
// some row.

export const STAFF_PAGE_SIZE = 50;

/** The `page` query parameter as a page number (1 when missing or not a number). */
export function pageParam(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 100_000) : 1;
}

/** Which rows a page holds; a page past the end shows the last one. */
export function pageWindow(total: number, requested: number, size = STAFF_PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, requested), pages);
  return { total, page, pages, offset: (page - 1) * size, size };
}

const literal = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * `column LIKE '%term%'`, with the term's own % and _ taken literally; katakana and
 * hiragana, full- and half-width compare equal (fold_kana, registered in db/sqlite.ts).
 */
export function contains(column: string, term: string): Expression<SqlBool> {
  return sql<SqlBool>`fold_kana(${sql.ref(column)}) like ${`%${literal(foldKana(term))}%`} escape '\\'`;
}

/** `column LIKE 'term%'`, with the term's own % and _ taken literally. */
export function startsWith(column: string, term: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${`${literal(term)}%`} escape '\\'`;
}
