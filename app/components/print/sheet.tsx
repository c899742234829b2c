import type { ReactNode } from "react";

/** One job in print: its number in the issue, the posting, and the QR code to its web page. */
export type PrintItem = {
  no: number;
  job: import("~/components/job-view").JobView;
  /** The posting's web address, printed under the QR code for people who type it. */
  url: string;
  qr: string;
};

/**
 * One A4 page: a fixed-size box that breaks after itself, so a page of content is always
 * exactly one printed page. `head` is the running head; the folio sits at the foot.
 */
export function Sheet({
  page,
  total,
  head,
  kind,
  children,
}: {
  page: number;
  total: number;
  head?: ReactNode;
  kind: string;
  children: ReactNode;
}) {
  return (
    <section className={`mz-page mz-page-${kind}`} aria-label={`${page}ページ`} data-page={page}>
      {head ? <header className="mz-running-head">{head}</header> : null}
      <div className="mz-page-body">{children}</div>
      <footer className="mz-folio">
        <span className="mz-folio-number">{page}</span>
        <span className="mz-folio-total"> / {total}</span>
      </footer>
    </section>
  );
}
