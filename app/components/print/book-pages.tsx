import { Ruby } from "~/components/ruby-text";
import { formatDate } from "~/utils/dates";
import { CITY_OFFICE, INDUSTRIES, keysOf } from "~/utils/labels";
import { P } from "./book-phrases";
import type { PrintHelpEntry } from "./help-layout";
import type { PrintItem } from "./sheet";

// The magazine's cover, its "how to read and apply" page and its back cover. Every text
// goes through <Ruby>: in print every kanji carries its reading. BOOK_PHRASES lists the
// fixed texts so that the print page's loader fetches their readings.

export type PrintIssue = {
  number: number;
  title: string;
  issueDate: string;
  coverText: string;
  editorNote: string;
};

export type Book = {
  issue: PrintIssue;
  items: PrintItem[];
  /** The help list the issue prints on its back pages; none on issues published before it. */
  help: PrintHelpEntry[];
  webUrl: string;
  webQr: string;
};

/** Every fixed or issue-level text of these pages, for the readings. */
export function bookTexts(issue: PrintIssue): string[] {
  return [
    ...Object.values(P),
    ...Object.values(INDUSTRIES),
    issue.title,
    issue.coverText,
    issue.editorNote,
    formatDate(issue.issueDate),
    CITY_OFFICE.name,
    CITY_OFFICE.hours,
    CITY_OFFICE.address,
  ];
}

export const R = ({ t }: { t: string }) => <Ruby text={t} />;

/** 第N号・date発行; `short` is only 第N号, inside a running head. */
export function Masthead({ issue, short }: { issue: PrintIssue; short?: boolean }) {
  const number = (
    <>
      <R t={P.no} />
      {issue.number}
      <R t={P.go} />
    </>
  );
  if (short) return number;
  return (
    <p className="mz-masthead">
      {number}・<R t={formatDate(issue.issueDate)} />
      <R t={P.issued} />
    </p>
  );
}

export function Cover({ issue, items }: Book) {
  const count = (test: (item: PrintItem) => boolean) => items.filter(test).length;
  const highlights: Array<[string, number]> = [
    [P.housing, count((i) => i.job.housing)],
    [P.noExperience, count((i) => i.job.noExperience)],
    [P.probation, count((i) => i.job.probationOk)],
    [P.guarantor, count((i) => i.job.employerGuarantor)],
    [P.interview, count((i) => i.job.facilityInterview)],
  ];
  const industries = keysOf(INDUSTRIES)
    .map((key) => [INDUSTRIES[key], count((i) => i.job.industry === key)] as const)
    .filter(([, n]) => n > 0);
  return (
    <div className="mz-cover">
      <Masthead issue={issue} />
      <h1 className="mz-cover-title">
        <R t={issue.title} />
      </h1>
      <p className="mz-cover-number">
        <R t={P.no} />
        <strong>{issue.number}</strong>
        <R t={P.go} />
      </p>
      {issue.coverText ? (
        <p className="mz-cover-text">
          <R t={issue.coverText} />
        </p>
      ) : null}
      <div className="mz-cover-count">
        <p>
          <R t={P.thisIssue} /> <strong>{items.length}</strong> <R t={P.cases} />
        </p>
        <p className="mz-cover-small">
          <R t={P.coop} />
        </p>
      </div>
      <div className="mz-cover-facts">
        <ul aria-label={P.hasJobs}>
          {highlights.map(([label, n]) => (
            <li key={label}>
              <R t={label} />
              <span>
                {n}
                <R t={P.cases} />
              </span>
            </li>
          ))}
        </ul>
        <ul aria-label={P.kinds}>
          {industries.map(([label, n]) => (
            <li key={label}>
              <R t={label} />
              <span>
                {n}
                <R t={P.cases} />
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p className="mz-cover-publisher">
        <R t={P.issued} /> <R t={CITY_OFFICE.name} />
      </p>
    </div>
  );
}

export function Legend({ rows }: { rows: Array<[string, string]> }) {
  return (
    <dl className="mz-legend">
      {rows.map(([term, means]) => (
        <div key={term}>
          <dt>
            <R t={term} />
          </dt>
          <dd>
            <R t={means} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function Guide({ issue }: Book) {
  return (
    <div className="mz-guide">
      {issue.editorNote ? (
        <section className="mz-note">
          <h2>
            <R t={P.intro} />
          </h2>
          <p className="mz-note-text">
            <R t={issue.editorNote} />
          </p>
        </section>
      ) : null}
      <section>
        <h2>
          <R t={P.howToRead} />
        </h2>
        <p>
          <R t={P.oneBox} />
        </p>
        <Legend
          rows={[
            [P.number, P.numberMeans],
            [P.pay, P.payMeans],
            [P.conditions, P.conditionsMean],
            [P.offences, P.offencesMean],
            [P.deadline, P.deadlineMeans],
          ]}
        />
      </section>
      <section>
        <h2>
          <R t={P.howToApply} />
        </h2>
        <ol className="mz-steps">
          <li>
            <strong>
              <R t={P.step1} />
            </strong>
          </li>
          <li>
            <strong>
              <R t={P.step2} />
            </strong>
            <R t={P.step2b} />（<R t={P.phone} /> {CITY_OFFICE.phone}）
          </li>
          <li>
            <strong>
              <R t={P.step3} />
            </strong>
            <R t={P.step3b} />
          </li>
        </ol>
        <p>
          <R t={P.qr} />
        </p>
        <p className="mz-assure">
          <R t={P.assure} />
        </p>
      </section>
    </div>
  );
}
