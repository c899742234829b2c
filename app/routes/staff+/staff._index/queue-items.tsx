import { JobDetail } from "~/components/job-detail";
import type { JobView } from "~/components/job-view";
import { RevisionDiff } from "~/components/staff/job-input";
import { formatDateTime } from "~/utils/dates";
import { EVENT_KINDS, INDUSTRIES, REGISTRATIONS, WARDS } from "~/utils/labels";
import type { Employer, EventKind, Industry, Registration, Ward } from "../../../../db/types";

export function EmployerItem({
  employer,
  emails,
}: {
  employer: Pick<
    Employer,
    | "name"
    | "name_kana"
    | "address"
    | "contact_name"
    | "phone"
    | "website"
    | "employee_count"
    | "profile"
    | "message"
    | "created_at"
  > & { industry: Industry; ward: Ward; registration: Registration };
  emails: string[];
}) {
  return (
    <dl className="facts">
      <div className="contents">
        <dt>会社名</dt>
        <dd>
          {employer.name}（{employer.name_kana}）
        </dd>
      </div>
      <div className="contents">
        <dt>業種</dt>
        <dd>{INDUSTRIES[employer.industry]}</dd>
      </div>
      <div className="contents">
        <dt>所在地</dt>
        <dd>
          {employer.address}（{WARDS[employer.ward]}）
        </dd>
      </div>
      <div className="contents">
        <dt>担当者・電話</dt>
        <dd>
          {employer.contact_name}・{employer.phone}
        </dd>
      </div>
      <div className="contents">
        <dt>メール</dt>
        <dd>{emails.join("、")}</dd>
      </div>
      <div className="contents">
        <dt>協力雇用主の登録</dt>
        <dd>{REGISTRATIONS[employer.registration]}</dd>
      </div>
      <div className="contents">
        <dt>従業員数</dt>
        <dd>{employer.employee_count ?? "（なし）"}</dd>
      </div>
      <div className="contents">
        <dt>ウェブサイト</dt>
        <dd>{employer.website || "（なし）"}</dd>
      </div>
      <div className="contents">
        <dt>会社の紹介</dt>
        <dd>{employer.profile || "（なし）"}</dd>
      </div>
      <div className="contents">
        <dt>代表者からのメッセージ</dt>
        <dd>{employer.message || "（なし）"}</dd>
      </div>
      <div className="contents">
        <dt>申し込み</dt>
        <dd>{formatDateTime(employer.created_at)}</dd>
      </div>
    </dl>
  );
}

export function JobItem({ view }: { view: JobView }) {
  return (
    <>
      <JobDetail job={view} headingLevel={2} />
      <p className="muted">公開すると、求人のページには上のように表示されます。</p>
    </>
  );
}

export function RevisionItem({
  employerName,
  jobId,
  changes,
}: {
  employerName: string;
  jobId: number;
  changes: { field: string; before: unknown; after: unknown; units?: { before: string; after: string } }[];
}) {
  return (
    <>
      <p>
        事業主: {employerName}。承認するまで、サイトには左の内容（<a href={`/jobs/${jobId}`}>いま公開している求人</a>
        ）が表示されます。
      </p>
      <RevisionDiff changes={changes} />
    </>
  );
}

export function EventItem({
  event,
}: {
  event: {
    kind: EventKind;
    organizer_name: string | null;
    starts_at: string;
    ends_at: string;
    venue: string;
    address: string;
    capacity: number | null;
    description: string;
    how_to_join: string;
    what_to_bring: string;
  };
}) {
  const rows: [string, string][] = [
    ["種類", EVENT_KINDS[event.kind]],
    ["主催", event.organizer_name ?? "熊本市"],
    ["日時", `${formatDateTime(event.starts_at)}〜${formatDateTime(event.ends_at).slice(-5)}`],
    ["会場", `${event.venue}（${event.address}）`],
    ["定員", event.capacity === null ? "定めなし" : `${event.capacity}人`],
    ["内容", event.description || "（なし）"],
    ["申し込み方法", event.how_to_join || "（なし）"],
    ["持ち物", event.what_to_bring || "（なし）"],
  ];
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
