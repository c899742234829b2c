import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { JobView } from "~/components/job-view";
import { Ruby } from "~/components/ruby-text";
import { OFFENCE_LIST, OffenceTable } from "~/components/offence-table";
import { StatedTermsList } from "~/components/stated-terms-list";
import { NOT_FILLED } from "~/schemas/stated-terms";
import { formatDate } from "~/utils/dates";
import { EMPLOYMENT_TYPES, INDUSTRIES, OFFENCE_CATEGORIES, WARDS } from "~/utils/labels";
import { formatPay } from "~/utils/money";

// One posting laid out in Hello Work's order, so that a support worker who knows Hello
// Work's job sheets finds everything where they expect it. The same component renders the
// public page, the employer's preview and the printed sheet.

type Flags = Pick<
  JobView,
  | "noExperience"
  | "qualificationSupport"
  | "housing"
  | "meals"
  | "guarantorNotNeeded"
  | "employerGuarantor"
  | "facilityInterview"
  | "probationOk"
>;

/** The short marks a seeker scans for first, in the order they matter most. */
export function jobBadges(job: Flags): string[] {
  const badges: string[] = [];
  if (job.noExperience) badges.push("未経験OK");
  if (job.housing) badges.push("寮・社宅あり");
  if (job.meals) badges.push("食事つき");
  if (job.guarantorNotNeeded) badges.push("保証人なしでOK");
  if (job.employerGuarantor) badges.push("会社が身元引受");
  if (job.probationOk) badges.push("保護観察中でもOK");
  if (job.facilityInterview) badges.push("施設の中で面接できる");
  if (job.qualificationSupport) badges.push("資格を取る支援あり");
  return badges;
}

type Level = 1 | 2;

function Heading({ level, children, id }: { level: Level; children: ReactNode; id?: string }) {
  return level === 1 ? <h1 id={id}>{children}</h1> : <h2 id={id}>{children}</h2>;
}

function SectionHeading({ level, children }: { level: Level; children: ReactNode }) {
  return level === 1 ? <h2>{children}</h2> : <h3>{children}</h3>;
}

function Row({ label, children, screenOnly }: { label: string; children: ReactNode; screenOnly?: boolean }) {
  return (
    <div className={screenOnly ? "detail-row no-print" : "detail-row"}>
      <dt>
        <Ruby text={label} />
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

function YesNo({ value, yes, no = "なし" }: { value: boolean; yes: string; no?: string }) {
  return <>{value ? yes : no}</>;
}

/** Keeps the employer's line breaks without letting long lines widen the page. */
function Prose({ text }: { text: string }) {
  return (
    <span className="prose">
      <Ruby text={text} />
    </span>
  );
}

export function JobDetail({ job, headingLevel = 1 }: { job: JobView; headingLevel?: Level }) {
  const badges = jobBadges(job);
  const refused = OFFENCE_LIST.filter((c) => job.offences[c] === "no");
  const l = headingLevel;
  return (
    <article className="job-detail" aria-labelledby="job-detail-title">
      <header className="job-detail-head">
        <Heading level={l} id="job-detail-title">
          <Ruby text={job.title} />
        </Heading>
        <p className="job-detail-employer">
          {job.employer.id ? (
            <Link to={`/employers/${job.employer.id}`}>
              <Ruby text={job.employer.name} />
            </Link>
          ) : (
            <Ruby text={job.employer.name} />
          )}
        </p>
        <p className="job-detail-summary">
          <span>{formatPay(job.payUnit, job.payMin, job.payMax)}</span>
          <span>{EMPLOYMENT_TYPES[job.employmentType]}</span>
          <span>{WARDS[job.ward]}</span>
        </p>
        {badges.length ? (
          <ul className="badges" aria-label="この求人の特徴">
            {badges.map((b) => (
              <li key={b} className="badge">
                {b}
              </li>
            ))}
          </ul>
        ) : null}
      </header>

      <div className="job-detail-sections">
        <section className="detail-section">
          <SectionHeading level={l}>
            <Ruby text="仕事内容" />
          </SectionHeading>
          <dl>
            <Row label="仕事の中身">
              <Prose text={job.description} />
            </Row>
            <Row label="雇用形態">{EMPLOYMENT_TYPES[job.employmentType]}</Row>
            <Row label="業種">{INDUSTRIES[job.industry]}</Row>
            <Row label="働く場所">
              <Ruby text={job.workplaceAddress} />（<Ruby text={WARDS[job.ward]} />）
            </Row>
            <Row label="募集人数">{job.openings}人</Row>
          </dl>
        </section>

        <section className="detail-section">
          <SectionHeading level={l}>
            <Ruby text="賃金" />
          </SectionHeading>
          <dl>
            <Row label="給料">{formatPay(job.payUnit, job.payMin, job.payMax)}</Row>
            {job.payNote ? (
              <Row label="給料について">
                <Prose text={job.payNote} />
              </Row>
            ) : null}
          </dl>
        </section>

        <section className="detail-section">
          <SectionHeading level={l}>
            <Ruby text="勤務時間" />・<Ruby text="休日" />
          </SectionHeading>
          <dl>
            <Row label="働く時間">
              <Prose text={job.hours} />
            </Row>
            <Row label="休み">
              <Prose text={job.daysOff} />
            </Row>
          </dl>
        </section>

        <section className="detail-section">
          <SectionHeading level={l}>
            <Ruby text="待遇" />・<Ruby text="福利厚生" />
          </SectionHeading>
          <dl>
            <Row label="保険">
              <Ruby text={job.insurance || NOT_FILLED} />
            </Row>
            <Row label="寮・社宅">
              <YesNo value={job.housing} yes="あり" />
            </Row>
            <Row label="食事">
              <YesNo value={job.meals} yes="あり（まかない・弁当など）" />
            </Row>
            {job.benefits ? (
              <Row label="そのほか">
                <Prose text={job.benefits} />
              </Row>
            ) : null}
          </dl>
        </section>

        <section className="detail-section">
          <SectionHeading level={l}>
            <Ruby text="労働条件" />
          </SectionHeading>
          <StatedTermsList terms={job.statedTerms} />
        </section>

        <section className="detail-section">
          <SectionHeading level={l}>
            <Ruby text="応募条件" />
          </SectionHeading>
          <dl>
            <Row label="経験">{job.noExperience ? "経験がなくても大丈夫です" : "経験のある方"}</Row>
            <Row label="必要な免許・資格">
              <Ruby text={job.licenses || "なし"} />
            </Row>
            <Row label="資格を取る支援">
              <YesNo value={job.qualificationSupport} yes="あり" />
            </Row>
            <Row label="保証人">
              {job.employerGuarantor
                ? "会社が身元引受人になります"
                : job.guarantorNotNeeded
                ? "保証人はいなくても大丈夫です"
                : "相談してください"}
            </Row>
            <Row label="保護観察中・仮釈放中">{job.probationOk ? "応募できます" : "相談してください"}</Row>
          </dl>
          <p className="offence-summary">
            {refused.length
              ? `採用できない罪名: ${refused.map((c) => OFFENCE_CATEGORIES[c]).join("・")}`
              : "採用できない罪名はありません。"}
          </p>
          <OffenceTable offences={job.offences} />
        </section>

        <section className="detail-section">
          <SectionHeading level={l}>
            <Ruby text="応募方法" />
          </SectionHeading>
          <dl>
            <Row label="応募のしかた">
              <Prose text={job.howToApply} />
            </Row>
            <Row label="施設の中での面接">
              {job.facilityInterview ? "できます（刑務所・少年院などに来てくれます）" : "していません"}
            </Row>
            <Row label="募集の期限">{formatDate(job.endDate)}まで</Row>
            {job.publishedAt ? (
              <Row label="公開した日" screenOnly>
                {formatDate(job.publishedAt)}
              </Row>
            ) : null}
            {job.updatedAt ? <Row label="更新した日">{formatDate(job.updatedAt)}</Row> : null}
          </dl>
        </section>

        <section className="detail-section">
          <SectionHeading level={l}>
            <Ruby text="事業所" />
          </SectionHeading>
          <dl>
            <Row label="会社の名前">
              <Ruby text={job.employer.name} />
              {job.employer.nameKana ? <span className="kana">（{job.employer.nameKana}）</span> : null}
            </Row>
            <Row label="業種">{INDUSTRIES[job.employer.industry]}</Row>
            <Row label="住所">
              <Ruby text={job.employer.address} />
            </Row>
            <Row label="電話">{job.employer.phone}</Row>
            {job.employer.website ? (
              <Row label="ホームページ">
                <a href={job.employer.website} rel="noopener noreferrer nofollow">
                  {job.employer.website}
                </a>
              </Row>
            ) : null}
            {job.employer.message ? (
              <Row label="代表者から">
                <Prose text={job.employer.message} />
              </Row>
            ) : null}
          </dl>
        </section>
      </div>
    </article>
  );
}
