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
import { formatDate } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { assertFound, notFound } from "~/utils/http";
import {
  buildTimetable,
  findFairForTimetable,
  findTimetable,
  moveInterview,
  saveTimetableSettings,
  swapInterviews,
} from "~/models/timetable.server";
import {
  listTimetableInterviews,
  listUnmetChoices,
} from "~/models/timetable-people.server";
import { publishTimetable } from "~/models/timetable-publish.server";
import {
  moveInterviewSchema,
  swapInterviewsSchema,
  timetableSettingsSchema,
} from "~/schemas/timetable";
import {
  ChangeForms,
  SettingsForm,
  TimetableGrid,
  settingsDefaults,
} from "./ui";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `面談表 ${data?.event.title ?? ""} | 職員メニュー` },
];

function eventId(params: { id?: string }) {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return id;
}

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const id = eventId(args.params);
  const event = assertFound(await findFairForTimetable(db, id));
  const timetable = await findTimetable(db, id);
  const interviews = timetable ? await listTimetableInterviews(db, id) : [];
  const unmet = timetable?.builtAt ? await listUnmetChoices(db, id) : [];
  return { event, timetable, interviews, unmet };
}

const DONE: Record<string, string> = {
  saved: "面談の時間とテーブルの数を保存しました。面談表を作ってください。",
  built: "面談表を作りました。",
  moved: "面談を動かしました。",
  swapped: "二つの面談を入れかえました。",
  published: "面談表を公開しました。参加する人と事業主にメールで知らせました。",
};

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const id = eventId(args.params);
  assertFound(await findFairForTimetable(db, id));
  const formData = await args.request.formData();
  const intent = formData.get("intent");
  const back = (done: string) =>
    redirect(`/staff/events/${id}/timetable?done=${done}`);
  if (intent === "settings") {
    const parsed = parseForm(formData, timetableSettingsSchema);
    if (!parsed.ok) return parsed.response;
    const saved = await saveTimetableSettings(db, staff, id, parsed.data);
    if (saved === "published")
      return formError(formData, {
        _form: "公開した面談表の時間は変えられません。",
      });
    return back("saved");
  }
  if (intent === "build") {
    const built = await buildTimetable(db, staff, id);
    return built.ok
      ? back("built")
      : formError(formData, { _form: built.message });
  }
  if (intent === "move") {
    const parsed = parseForm(formData, moveInterviewSchema);
    if (!parsed.ok) return parsed.response;
    const moved = assertFound(await moveInterview(db, staff, id, parsed.data));
    return moved.ok
      ? back("moved")
      : formError(formData, { slot: moved.message });
  }
  if (intent === "swap") {
    const parsed = parseForm(formData, swapInterviewsSchema);
    if (!parsed.ok) return parsed.response;
    const swapped = await swapInterviews(db, staff, id, parsed.data);
    if (!swapped)
      return formError(formData, {
        second: "別の二つの面談を選んでください。",
      });
    return swapped.ok
      ? back("swapped")
      : formError(formData, { second: swapped.message });
  }
  if (intent === "publish") {
    const published = assertFound(await publishTimetable(db, staff, id));
    return published.ok
      ? back("published")
      : formError(formData, { _form: published.message });
  }
  return formError(formData, { _form: "もう一度ボタンを押してください。" });
}

export default function StaffTimetable() {
  const { event, timetable, interviews, unmet } =
    useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const done = DONE[params.get("done") ?? ""];
  const failedIntent = failure?.values.intent;
  const published = Boolean(timetable?.publishedAt);
  const pageError =
    failedIntent === "build" || failedIntent === "publish"
      ? failure?.errors._form
      : null;
  return (
    <>
      <p>
        <Link to={`/staff/events/${event.id}`}>「{event.title}」へ戻る</Link>
      </p>
      <h1>面談表：{event.title}</h1>
      <p>
        {formatDate(event.starts_at)}・{event.venue}
      </p>
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      {pageError ? (
        <p className="form-error" role="alert">
          {pageError}
        </p>
      ) : null}
      <nav aria-label="当日に使うもの" className="actions">
        <Link to={`/staff/events/${event.id}/checkin`}>当日の受付</Link>
        {timetable?.builtAt ? (
          <>
            <a href={`/staff/events/${event.id}/timetable/print?for=all`}>
              全体の面談表を印刷
            </a>
            <a href={`/staff/events/${event.id}/timetable/print?for=tables`}>
              テーブルごとに印刷
            </a>
            <a href={`/staff/events/${event.id}/timetable/print?for=people`}>
              一人ずつ印刷
            </a>
          </>
        ) : null}
      </nav>
      <h2>面談の時間とテーブル</h2>
      {published ? (
        <p>公開した面談表の時間とテーブルの数は変えられません。</p>
      ) : (
        <SettingsForm
          defaults={settingsDefaults(timetable)}
          failure={failedIntent === "settings" ? failure : null}
        />
      )}
      {timetable && !published ? (
        <Form method="post" className="actions">
          <button
            type="submit"
            name="intent"
            value="build"
            className="button primary"
          >
            {timetable.builtAt ? "面談表を作り直す" : "面談表を作る"}
          </button>
        </Form>
      ) : null}
      {timetable?.builtAt ? (
        <>
          <h2>面談表{published ? "（公開中）" : "（まだ公開していません）"}</h2>
          <p>
            面談 {interviews.length} 件・希望どおりにならなかった希望{" "}
            {unmet.length} 件
          </p>
          <TimetableGrid timetable={timetable} interviews={interviews} />
          {unmet.length ? (
            <details>
              <summary>入らなかった希望（{unmet.length} 件）</summary>
              <ul>
                {unmet.map((u) => (
                  <li key={`${u.registration_id}-${u.rank}`}>
                    {u.nickname} さん：第{u.rank}希望 {u.employer_name}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <ChangeForms
            timetable={timetable}
            interviews={interviews}
            failure={failure}
          />
          {!published ? (
            <Form method="post" className="actions">
              <p>
                公開すると、参加する人と事業主にメールが届き、それぞれのページに時間が出ます。
              </p>
              <button
                type="submit"
                name="intent"
                value="publish"
                className="button primary"
              >
                面談表を公開する
              </button>
            </Form>
          ) : null}
        </>
      ) : null}
    </>
  );
}
