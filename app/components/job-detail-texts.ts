import { OFFENCE_TABLE_TEXTS } from "~/components/offence-table";
import type { JobView } from "~/components/job-view";
import { STATED_TERM_SHORT } from "~/components/stated-terms-list";
import { NOT_FILLED, STATED_TERMS } from "~/schemas/stated-terms";
import { WARDS } from "~/utils/labels";

// Every text of JobDetail that goes through <Ruby>, so that a loader can fetch the readings
// of exactly these strings when the reader has furigana on.

const LABELS = [
  "仕事内容",
  "賃金",
  "勤務時間",
  "休日",
  "待遇",
  "福利厚生",
  "応募条件",
  "労働条件",
  "応募方法",
  "事業所",
  "仕事の中身",
  "雇用形態",
  "業種",
  "働く場所",
  "募集人数",
  "給料",
  "給料について",
  "働く時間",
  "休み",
  "保険",
  "寮・社宅",
  "食事",
  "そのほか",
  "経験",
  "必要な免許・資格",
  "資格を取る支援",
  "保証人",
  "保護観察中・仮釈放中",
  "応募のしかた",
  "施設の中での面接",
  "募集の期限",
  "公開した日",
  "更新した日",
  "会社の名前",
  "住所",
  "電話",
  "ホームページ",
  "代表者から",
];

export function jobDetailTexts(job: JobView): string[] {
  return [
    ...LABELS,
    ...OFFENCE_TABLE_TEXTS,
    job.title,
    job.employer.name,
    job.employer.address,
    job.employer.message,
    job.description,
    job.payNote,
    job.hours,
    job.daysOff,
    job.insurance || NOT_FILLED,
    ...STATED_TERMS.flatMap(({ name }) => [STATED_TERM_SHORT[name], job.statedTerms[name] ?? NOT_FILLED]),
    job.licenses || "なし",
    job.benefits,
    job.howToApply,
    job.workplaceAddress,
    WARDS[job.ward],
  ];
}
