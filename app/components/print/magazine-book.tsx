import { formatDate } from "~/utils/dates";
import { CITY_OFFICE, INDUSTRIES, keysOf } from "~/utils/labels";
import { Ruby } from "~/components/ruby-text";
import { JobBox, layoutBox } from "./job-box";
import { pageOfItem, planMagazine, type PrintPage } from "./plan";
import { Sheet, type PrintItem } from "./sheet";

export type PrintIssue = {
  number: number;
  title: string;
  issueDate: string;
  coverText: string;
  editorNote: string;
};

type Book = { issue: PrintIssue; items: PrintItem[]; webUrl: string; webQr: string };

function Masthead({ issue }: { issue: PrintIssue }) {
  return (
    <p className="mz-masthead">
      第{issue.number}号・{formatDate(issue.issueDate)}発行
    </p>
  );
}

function Cover({ issue, items }: Book) {
  const count = (test: (item: PrintItem) => boolean) => items.filter(test).length;
  const highlights: Array<[string, number]> = [
    ["寮・社宅がある", count((i) => i.job.housing)],
    ["経験がなくてもよい", count((i) => i.job.noExperience)],
    ["保護観察中・仮釈放中でもよい", count((i) => i.job.probationOk)],
    ["会社が身元引受人になる", count((i) => i.job.employerGuarantor)],
    ["施設の中で面接できる", count((i) => i.job.facilityInterview)],
  ];
  const industries = keysOf(INDUSTRIES)
    .map((key) => [INDUSTRIES[key], count((i) => i.job.industry === key)] as const)
    .filter(([, n]) => n > 0);
  return (
    <div className="mz-cover">
      <Masthead issue={issue} />
      <h1 className="mz-cover-title">{issue.title}</h1>
      <p className="mz-cover-number">
        第<strong>{issue.number}</strong>号
      </p>
      {issue.coverText ? <p className="mz-cover-text">{issue.coverText}</p> : null}
      <div className="mz-cover-count">
        <p>
          この号の求人 <strong>{items.length}</strong> 件
        </p>
        <p className="mz-cover-small">前科・前歴を知ったうえで雇う「協力雇用主」の会社の求人です。</p>
      </div>
      <div className="mz-cover-facts">
        <ul aria-label="こんな求人があります">
          {highlights.map(([label, n]) => (
            <li key={label}>
              {label}
              <span>{n}件</span>
            </li>
          ))}
        </ul>
        <ul aria-label="仕事の種類">
          {industries.map(([label, n]) => (
            <li key={label}>
              {label}
              <span>{n}件</span>
            </li>
          ))}
        </ul>
      </div>
      <p className="mz-cover-publisher">発行 {CITY_OFFICE.name}</p>
    </div>
  );
}

function Guide({ issue }: Book) {
  return (
    <div className="mz-guide">
      {issue.editorNote ? (
        <section className="mz-note">
          <h2>はじめに</h2>
          <p className="mz-note-text">
            <Ruby text={issue.editorNote} />
          </p>
        </section>
      ) : null}
      <section>
        <h2>この冊子の読み方</h2>
        <p>1つの四角が、1つの求人です。どの求人も、同じ順番で書いてあります。</p>
        <dl className="mz-legend">
          <div>
            <dt>番号</dt>
            <dd>求人の番号です。応募するときに伝えてください。</dd>
          </div>
          <div>
            <dt>給料</dt>
            <dd>時給（1時間）・日給（1日）・月給（1か月）のどれかです。</dd>
          </div>
          <div>
            <dt>寮・食事</dt>
            <dd>寮（りょう）は会社が用意する住まいです。</dd>
          </div>
          <div>
            <dt>条件</dt>
            <dd>「保証人なしでOK」は、保証人がいなくても働けるという意味です。</dd>
          </div>
          <div>
            <dt>採用できない罪名</dt>
            <dd>この会社が受け入れられない罪名です。「相談」は、話をしてから決めます。</dd>
          </div>
        </dl>
      </section>
      <section>
        <h2>応募のしかた</h2>
        <ol className="mz-steps">
          <li>
            <strong>気になる求人の番号と会社の名前を、メモします。</strong>
          </li>
          <li>
            <strong>施設の中にいる人は、保護観察官か施設の職員に伝えてください。</strong>
            外にいる人は、熊本市 生活安全課に電話してもかまいません（電話 {CITY_OFFICE.phone}）。
          </li>
          <li>
            <strong>市の担当者が、会社との間をつなぎます。</strong>面接の日などを一緒に決めます。
          </li>
        </ol>
        <p className="mz-assure">
          ここにのっている会社は、過去のことを知ったうえで雇う会社です。あなたの前科・前歴を、この冊子や市のサイトに書くことはありません。
        </p>
      </section>
    </div>
  );
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
      </ol>
    </div>
  );
}

function BackCover({ issue, webUrl, webQr }: Book) {
  return (
    <div className="mz-back">
      <section className="mz-contact">
        <h2>お問い合わせ</h2>
        <p className="mz-contact-name">{CITY_OFFICE.name}</p>
        <p className="mz-contact-phone">電話 {CITY_OFFICE.phone}</p>
        <p>{CITY_OFFICE.hours}</p>
        <p>{CITY_OFFICE.address}</p>
      </section>
      <section className="mz-web">
        <h2>インターネットでも見られます</h2>
        <div className="mz-web-row">
          <img src={webQr} alt="この号のウェブ版を開くQRコード" width="120" height="120" />
          <p>
            この号のウェブ版です。いま募集している求人は、いつでもサイトで見られます。
            <br />
            <span className="mz-url">{webUrl}</span>
          </p>
        </div>
      </section>
      <section className="mz-help">
        <h2>こまったときの相談先</h2>
        <dl className="mz-legend">
          <div>
            <dt>保護観察官・保護司</dt>
            <dd>仕事のこと、住む所のこと、これからのことを相談できます。</dd>
          </div>
          <div>
            <dt>施設の職員</dt>
            <dd>刑務所や少年院の中にいる人は、まず職員に話してください。</dd>
          </div>
          <div>
            <dt>ハローワーク</dt>
            <dd>ほかの求人もさがせます。職業訓練の相談もできます。</dd>
          </div>
          <div>
            <dt>熊本市 生活安全課</dt>
            <dd>この冊子の求人や、会社の説明会のことを聞けます。</dd>
          </div>
        </dl>
      </section>
      <section className="mz-colophon">
        <p>
          {issue.title} 第{issue.number}号
        </p>
        <p>{formatDate(issue.issueDate)}発行</p>
        <p>発行 {CITY_OFFICE.name}</p>
        <p>のっている内容は発行した日のものです。募集が終わっていることがあります。</p>
      </section>
    </div>
  );
}

function runningHead(issue: PrintIssue, items: PrintItem[]) {
  const sections = [...new Set(items.map((i) => INDUSTRIES[i.job.industry]))].join("・");
  return (
    <>
      <span>
        {issue.title} 第{issue.number}号
      </span>
      <span>{sections}</span>
    </>
  );
}

/** Each posting's box and the pages they make, from the texts alone. */
export function layoutIssue(items: PrintItem[]) {
  const boxes = items.map((item) => layoutBox(item, "issue"));
  return { boxes, pages: planMagazine(boxes) };
}

/** The whole issue as A4 pages. `data-pages` tells a test how many pages the PDF must have. */
export function MagazineBook(book: Book) {
  const { boxes, pages } = layoutIssue(book.items);
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
                  <JobBox key={`${b.index}-${b.part}`} item={book.items[b.index]} box={b.size} part={b.part} cuts={boxes[b.index].cuts} />
                ))}
              </Sheet>
            );
          }
          case "back":
            return (
              <Sheet key={n} page={n} total={total} kind="back">
                <BackCover {...book} />
              </Sheet>
            );
        }
      })}
    </div>
  );
}
