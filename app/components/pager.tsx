import { Link, useLocation } from "@remix-run/react";

/**
 * Page links for a list that is longer than one page: previous, the first and last page,
 * two on each side of the current one, next. Each link is the current address with another
 * page number, so the list's filters stay; `href` builds the addresses otherwise.
 */
export function Pager({ page, pages, href }: { page: number; pages: number; href?: (page: number) => string }) {
  const location = useLocation();
  if (pages <= 1) return null;
  const to = href ?? ((n: number) => withPage(location.pathname, new URLSearchParams(location.search), n));
  const near = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return (
    <nav aria-label="ページ">
      <ul className="pager">
        {page > 1 ? (
          <li>
            <Link to={to(page - 1)} rel="prev">
              前へ
            </Link>
          </li>
        ) : null}
        {near.map((n, i) => (
          <li key={n}>
            {i > 0 && n - near[i - 1] > 1 ? <span aria-hidden="true">…</span> : null}
            {n === page ? (
              <span aria-current="page">
                <span className="visually-hidden">いまのページ </span>
                {n}
              </span>
            ) : (
              <Link to={to(n)}>
                <span className="visually-hidden">ページ </span>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pages ? (
          <li>
            <Link to={to(page + 1)} rel="next">
              次へ
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** `pathname` with the same query and another page number (page 1 has none). */
export function withPage(pathname: string, search: URLSearchParams, page: number): string {
  const params = new URLSearchParams(search);
  if (page > 1) params.set("page", String(page));
  else params.delete("page");
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** 「123件（51〜100件目）」: how many there are and which of them this page shows. */
export function PageSummary({ total, page, size }: { total: number; page: number; size: number }) {
  const first = (page - 1) * size + 1;
  const last = Math.min(total, page * size);
  return (
    <p>
      {total.toLocaleString("ja-JP")}件{total > size ? `（${first.toLocaleString("ja-JP")}〜${last.toLocaleString("ja-JP")}件目）` : ""}
    </p>
  );
}
