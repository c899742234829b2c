import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { redirect } from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useSearchParams,
} from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import {
  checkinFigures,
  findEventForCheckin,
  markCheckin,
  recordInterviewResult,
  searchCheckin,
} from "~/models/checkin.server";
import { findTimetable } from "~/models/timetable.server";
import { OUTCOME_LABELS, slotText } from "~/models/timetable-text";
import {
  checkinSchema,
  checkinSearchSchema,
  interviewResultSchema,
} from "~/schemas/timetable";
import { formatDate } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { assertFound, notFound } from "~/utils/http";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `当日の受付 ${data?.event.title ?? ""} | 職員メニュー` },
];

function eventId(params: { id?: string }) {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return id;
}

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const id = eventId(args.params);
  const event = assertFound(await findEventForCheckin(db, id));
  const search = checkinSearchSchema.safeParse(
    Object.fromEntries(new URL(args.request.url).searchParams)
  );
  const q = search.success ? search.data.q : "";
  const [people, figures, timetable] = await Promise.all([
    searchCheckin(db, id, q),
    checkinFigures(db, id),
    findTimetable(db, id),
  ]);
  return {
    event,
    q,
    people,
    figures,
    slots: timetable?.slots ?? [],
    searchError: search.success
      ? null
      : "ニックネームか番号を50文字までで入力してください",
  };
}

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const id = eventId(args.params);
  assertFound(await findEventForCheckin(db, id));
  const formData = await args.request.formData();
  const q = String(formData.get("q") ?? "").slice(0, 50);
  const back = () =>
    redirect(`/staff/events/${id}/checkin?q=${encodeURIComponent(q)}&done=1`);
  if (formData.get("intent") === "interview") {
    const parsed = parseForm(formData, interviewResultSchema);
    if (!parsed.ok) return parsed.response;
    const done = await recordInterviewResult(db, staff, id, parsed.data);
    return done === null
      ? formError(formData, { _form: "その面談は見つかりません。" }, 404)
      : back();
  }
  const parsed = parseForm(formData, checkinSchema);
  if (!parsed.ok) return parsed.response;
  const done = await markCheckin(
    db,
    staff,
    id,
    parsed.data.registrationId,
    parsed.data.state
  );
  return done
    ? back()
    : formError(formData, { _form: "その人は見つかりません。" }, 404);
}

const STATE_LABELS = { arrived: "来た", no_show: "来なかった" } as const;

export default function Checkin() {
  const { event, q, people, figures, slots, searchError } =
    useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  return (
    <div className="checkin">
      <p>
        <Link to={`/staff/events/${event.id}`}>「{event.title}」へ戻る</Link>
      </p>
      <h1>当日の受付：{event.title}</h1>
      <p>
        {formatDate(event.starts_at)}・{event.venue}
      </p>
      <dl className="checkin-figures" aria-label="今の数">
        <div>
          <dt>申し込み</dt>
          <dd>{figures.registered} 人</dd>
        </div>
        <div>
          <dt>来た</dt>
          <dd>{figures.arrived} 人</dd>
        </div>
        <div>
          <dt>来なかった</dt>
          <dd>{figures.noShow} 人</dd>
        </div>
        <div>
          <dt>面談</dt>
          <dd>{figures.held} 件</dd>
        </div>
        {(["tour", "interview", "offer", "declined"] as const).map((k) => (
          <div key={k}>
            <dt>{OUTCOME_LABELS[k]}</dt>
            <dd>{figures[k]} 件</dd>
          </div>
        ))}
      </dl>
      {params.get("done") ? (
        <p className="notice" role="status">
          記録しました。
        </p>
      ) : null}
      {failure?.errors._form ? (
        <p className="form-error" role="alert">
          {failure.errors._form}
        </p>
      ) : null}
      <Form method="get" className="checkin-search" role="search">
        <label htmlFor="checkin-q">ニックネームか番号でさがす</label>
        <input
          id="checkin-q"
          name="q"
          defaultValue={q}
          maxLength={50}
          aria-invalid={searchError ? true : undefined}
          aria-describedby={searchError ? "checkin-q-error" : undefined}
        />
        {searchError ? (
          <p className="field-error" id="checkin-q-error">
            {searchError}
          </p>
        ) : null}
        <button type="submit" className="button primary">
          さがす
        </button>
      </Form>
      {people.length === 0 ? (
        <p>
          見つかりません。ニックネームの一部か、申し込みの番号を入れてください。
        </p>
      ) : null}
      <ul className="checkin-people">
        {people.map((p) => (
          <li key={p.id} aria-labelledby={`person-${p.id}`}>
            <h2 id={`person-${p.id}`}>
              {p.nickname} さん{" "}
              <span className={`status ${p.state ?? "none"}`}>
                {p.state ? STATE_LABELS[p.state] : "まだ"}
              </span>
            </h2>
            <Form method="post" className="big-buttons">
              <input type="hidden" name="q" value={q} />
              <input type="hidden" name="registrationId" value={p.id} />
              <button
                type="submit"
                name="state"
                value="arrived"
                className="button primary"
                aria-pressed={p.state === "arrived"}
              >
                来た
              </button>
              <button
                type="submit"
                name="state"
                value="no_show"
                className="button"
                aria-pressed={p.state === "no_show"}
              >
                来なかった
              </button>
              {p.state ? (
                <button
                  type="submit"
                  name="state"
                  value="clear"
                  className="button"
                >
                  取り消す
                </button>
              ) : null}
            </Form>
            {p.interviews.map((i) => (
              <Form
                method="post"
                key={i.id}
                className="big-buttons interview"
                aria-label={`${i.employer_name}との面談`}
              >
                <p>
                  {slotText(slots[i.slot])} テーブル{i.table_no}{" "}
                  {i.employer_name}：
                  <strong>
                    {i.outcome
                      ? OUTCOME_LABELS[i.outcome]
                      : i.held
                      ? "面談した"
                      : "まだ"}
                  </strong>
                </p>
                <input type="hidden" name="q" value={q} />
                <input type="hidden" name="intent" value="interview" />
                <input type="hidden" name="interviewId" value={i.id} />
                <input type="hidden" name="held" value="1" />
                <button
                  type="submit"
                  name="outcome"
                  value=""
                  className="button"
                  aria-pressed={i.held === 1 && !i.outcome}
                >
                  面談した
                </button>
                {(["tour", "interview", "offer", "declined"] as const).map(
                  (k) => (
                    <button
                      key={k}
                      type="submit"
                      name="outcome"
                      value={k}
                      className="button"
                      aria-pressed={i.outcome === k}
                    >
                      {OUTCOME_LABELS[k]}
                    </button>
                  )
                )}
              </Form>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
