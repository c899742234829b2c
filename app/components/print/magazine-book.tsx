import { INDUSTRIES } from "~/utils/labels";
import { Ruby } from "~/components/ruby-text";
import { BackCover } from "./back-cover";
import { bookTexts, Cover, Guide, Masthead, R, type Book, type PrintIssue } from "./book-pages";
import { P } from "./book-phrases";
import { helpTexts, layoutHelp, type PrintHelpEntry } from "./help-layout";
import { HelpPage } from "./help-pages";
import { boxTexts, JobBox, layoutBox } from "./job-box";
import { pageOfHelp, pageOfItem, planMagazine, type PrintPage } from "./plan";
import { Sheet, type PrintItem } from "./sheet";

export type { PrintIssue } from "./book-pages";

/** Every text the printed issue shows, for the readings: in print every kanji has one. */
export function issueTexts(issue: PrintIssue, items: PrintItem[], help: PrintHelpEntry[]): string[] {
  return [...bookTexts(issue), ...items.flatMap((item) => boxTexts(item, "issue")), ...helpTexts(help)];
}

function Contents({ items, pages, from, to }: Book & { pages: PrintPage[]; from: number; to: number }) {
  return (
    <div className="mz-contents">
      <h2>もくじ</h2>
      <ol className="mz-contents-list">
        {items.slice(from, to).map((item, i) => (
          <li key={item.no}>
            <span className="mz-contents-no">{item.no}</span>
            <span className="mz-contents-text">
              <span className="mz-contents-title">
                <Ruby text={item.job.title} />
              </span>
              <span className="mz-contents-employer">
                <Ruby text={item.job.employer.name} />
              </span>
            </span>
            <span className="mz-contents-page">{pageOfItem(pages, from + i)}ページ</span>
          </li>
        ))}
        {to > items.length ? (
          <li className="mz-contents-help">
            <span className="mz-contents-no" />
            <span className="mz-contents-text">
              <span className="mz-contents-title">
                <R t={P.help} />
              </span>
            </span>
            <span className="mz-contents-page">{pageOfHelp(pages)}ページ</span>
          </li>
        ) : null}
      </ol>
    </div>
  );
}

function runningHead(issue: PrintIssue, items: PrintItem[]) {
  const sections = [...new Set(items.map((i) => INDUSTRIES[i.job.industry]))];
  return (
    <>
      <span>
        <Ruby text={issue.title} /> <Masthead issue={issue} short />
      </span>
      <span>
        {sections.map((section, i) => (
          <span key={section}>
            {i ? "・" : null}
            <Ruby text={section} />
          </span>
        ))}
      </span>
    </>
  );
}

function helpHead(issue: PrintIssue) {
  return (
    <>
      <span>
        <R t={issue.title} /> <Masthead issue={issue} short />
      </span>
      <span>
        <R t={P.help} />
      </span>
    </>
  );
}

/** Each posting's box and the pages they and the help list make, from the texts alone. */
export function layoutIssue(items: PrintItem[], help: PrintHelpEntry[]) {
  const boxes = items.map((item) => layoutBox(item, "issue"));
  return { boxes, pages: planMagazine(boxes, layoutHelp(help)) };
}

/** The whole issue as A4 pages. `data-pages` tells a test how many pages the PDF must have. */
export function MagazineBook(book: Book) {
  const { boxes, pages } = layoutIssue(book.items, book.help);
  const total = pages.length;
  return (
    <div className="mz-book" data-pages={total}>
      {pages.map((page, index) => {
        const n = index + 1;
        switch (page.kind) {
          case "cover":
            return (
              <Sheet key={n} page={n} total={total} kind="cover">
                <Cover {...book} />
              </Sheet>
            );
          case "guide":
            return (
              <Sheet key={n} page={n} total={total} kind="guide" head={<Masthead issue={book.issue} />}>
                <Guide {...book} />
              </Sheet>
            );
          case "contents":
            return (
              <Sheet key={n} page={n} total={total} kind="contents" head={<Masthead issue={book.issue} />}>
                <Contents {...book} pages={pages} from={page.from} to={page.to} />
              </Sheet>
            );
          case "jobs": {
            const onPage = page.boxes.map((b) => book.items[b.index]);
            return (
              <Sheet key={n} page={n} total={total} kind="jobs" head={runningHead(book.issue, onPage)}>
                <h2 className="visually-hidden">
                  求人 {onPage[0].no}〜{onPage[onPage.length - 1].no}
                </h2>
                {page.boxes.map((b) => (
                  <JobBox
                    key={`${b.index}-${b.part}`}
                    item={book.items[b.index]}
                    box={b.size}
                    part={b.part}
                    cuts={boxes[b.index].cuts}
                  />
                ))}
              </Sheet>
            );
          }
          case "help":
            return (
              <Sheet key={n} page={n} total={total} kind="help" head={helpHead(book.issue)}>
                <HelpPage entries={book.help} pieces={page.pieces} first={page.first} />
              </Sheet>
            );
          case "back":
            return (
              <Sheet key={n} page={n} total={total} kind="back">
                <BackCover {...book} helpPage={pageOfHelp(pages)} />
              </Sheet>
            );
        }
      })}
    </div>
  );
}
