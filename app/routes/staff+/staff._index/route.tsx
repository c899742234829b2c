import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireStaff } from "~/auth/guards.server";
import { DecisionForms } from "~/components/staff/decision";
import { RefuseConfirm, RefuseForm, type RefuseConfirmation } from "~/components/staff/refuse";
import { QUEUE_KIND_LABELS } from "~/components/staff/labels";
import { findEmployer } from "~/models/employers.server";
import { findEventForStaff } from "~/models/events.server";
import { deliverPendingMail } from "~/models/outbox.server";
import {
  decideEmployer,
  decideEvent,
  decideJob,
  decideRevision,
  diffJobInputs,
  listQueue,
  loadJobForReview,
  loadRevisionForReview,
  type Decision,
  type QueueEntry,
} from "~/models/review.server";
import { listEmployerEmails } from "~/models/users.server";
import { refuseSchema, sendBackSchema } from "~/schemas/staff";
import { jobsStylesheets } from "~/styles/stylesheets";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { notFound } from "~/utils/http";
import { EmployerItem, EventItem, JobItem, RevisionItem } from "./queue-items";

// The posting under review is drawn with the public page's own component and styles.
export const links: LinksFunction = () => jobsStylesheets;

export const meta: MetaFunction = () => [{ title: "審査待ち | 職員メニュー" }];

const itemSchema = z.object({
  kind: z.enum(["employer", "job", "revision", "event"]),
  id: z.coerce.number().int().positive(),
});

async function loadDetail(entry: QueueEntry) {
  switch (entry.kind) {
    case "employer": {
      const employer = await findEmployer(db, entry.id);
      if (!employer) return null;
      return { kind: "employer" as const, employer, emails: await listEmployerEmails(db, entry.id) };
    }
    case "job": {
      const loaded = await loadJobForReview(db, entry.id);
      return loaded && { kind: "job" as const, view: loaded.view };
    }
    case "revision": {
      const loaded = await loadRevisionForReview(db, entry.id);
      return (
        loaded && {
          kind: "revision" as const,
          employerName: loaded.employer.name,
          jobId: loaded.job.id,
          changes: diffJobInputs(loaded.current, loaded.proposed),
        }
      );
    }
    case "event": {
      const event = await findEventForStaff(db, entry.id);
      return event && { kind: "event" as const, event };
    }
  }
}

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const queue = await listQueue(db);
  const chosen = new URL(args.request.url).searchParams.get("item");
  const current = queue.find((e) => `${e.kind}-${e.id}` === chosen) ?? queue[0] ?? null;
  return { queue, current, detail: current ? await loadDetail(current) : null };
}

const INTENTS: Record<string, Decision | "confirmRefusal"> = {
  approve: "approve",
  sendBack: "sendBack",
  refuse: "confirmRefusal",
  refuseConfirmed: "refuse",
};

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const formData = await args.request.formData();
  const item = itemSchema.safeParse({ kind: formData.get("kind"), id: formData.get("id") });
  if (!item.success) notFound();
  const { kind, id } = item.data;
  const step = INTENTS[String(formData.get("intent"))];
  // Only the buttons of the page: anything else is refused, never taken as a decision.
  // A change to a public posting can be sent back but not refused (the public version stays).
  if (!step || (kind === "revision" && (step === "refuse" || step === "confirmRefusal"))) {
    return formError(formData, { _form: "その操作はできません。" });
  }
  let reason = "";
  if (step === "sendBack") {
    const parsed = parseForm(formData, sendBackSchema);
    if (!parsed.ok) return parsed.response;
    reason = parsed.data.reason;
  } else if (step === "refuse" || step === "confirmRefusal") {
    const parsed = parseForm(formData, refuseSchema);
    if (!parsed.ok) return parsed.response;
    reason = parsed.data.refuseReason;
  }
  if (step === "confirmRefusal") {
    const entry = (await listQueue(db)).find((e) => e.kind === kind && e.id === id);
    if (!entry) return redirect("/staff?done=gone");
    return { confirm: { kind, id, title: entry.title, reason } satisfies RefuseConfirmation };
  }
  const decide = { employer: decideEmployer, job: decideJob, revision: decideRevision, event: decideEvent }[kind];
  const decided = await decide(db, staff, id, step, reason);
  void deliverPendingMail(db);
  // Another member of staff may have decided first: say so, and move on to the next item.
  const done = decided ? { approve: "approved", sendBack: "sentBack", refuse: "refused" }[step] : "gone";
  return redirect(`/staff?done=${done}`);
}

const DONE_MESSAGES: Record<string, string> = {
  approved: "承認しました。次の審査です。",
  sentBack: "差し戻しました。理由は事業主にメールで伝わります。直して送り直されると、また審査待ちに入ります。次の審査です。",
  refused: "不承認にしました。理由は事業主にメールで伝わります。次の審査です。",
  gone: "この件は、すでにほかの職員が決めていました。次の審査です。",
};

export default function StaffQueue() {
  const { queue, current, detail } = useLoaderData<typeof loader>();
  const answer = useActionData<FormFailure | { confirm: RefuseConfirmation }>();
  const confirm = answer && "confirm" in answer ? answer.confirm : null;
  const failure = answer && "errors" in answer ? answer : null;
  const refuseFailure = failure?.values.intent === "refuse" || failure?.values.intent === "refuseConfirmed" ? failure : null;
  const [params] = useSearchParams();
  const done = DONE_MESSAGES[params.get("done") ?? ""];
  return (
    <>
      <h1>審査待ち（{queue.length}件）</h1>
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      {current && detail ? (
        <section className="queue-current" aria-labelledby={detail.kind === "job" ? "job-detail-title" : "current-title"}>
          <p className="queue-kind">{QUEUE_KIND_LABELS[current.kind]}</p>
          {/* A new posting brings its own title, drawn as the public page draws it. */}
          {detail.kind === "job" ? null : <h2 id="current-title">{current.title}</h2>}
          <p className="muted">受け付け: {formatDateTime(current.since)}</p>
          {detail.kind === "employer" ? <EmployerItem employer={detail.employer} emails={detail.emails} /> : null}
          {detail.kind === "job" ? <JobItem view={detail.view} /> : null}
          {detail.kind === "revision" ? (
            <RevisionItem employerName={detail.employerName} jobId={detail.jobId} changes={detail.changes} />
          ) : null}
          {detail.kind === "event" ? <EventItem event={detail.event} /> : null}
          <DecisionForms
            key={`${current.kind}-${current.id}`}
            kind={current.kind}
            id={current.id}
            approveLabel={current.kind === "employer" ? "承認する" : current.kind === "revision" ? "変更を承認する" : "承認して公開する"}
            failure={refuseFailure ? null : failure}
          />
          {current.kind === "revision" ? null : confirm && confirm.kind === current.kind && confirm.id === current.id ? (
            <RefuseConfirm confirm={confirm} what={QUEUE_KIND_LABELS[current.kind]} backTo={`/staff?item=${current.kind}-${current.id}`} />
          ) : (
            <RefuseForm key={`refuse-${current.kind}-${current.id}`} kind={current.kind} id={current.id} failure={refuseFailure} />
          )}
        </section>
      ) : (
        <p className="notice">いま審査を待っているものはありません。</p>
      )}
      {queue.length > 1 ? (
        <>
          <h2>待っているもの</h2>
          <ol className="queue-list">
            {queue.map((entry) => {
              const key = `${entry.kind}-${entry.id}`;
              const isCurrent = current !== null && key === `${current.kind}-${current.id}`;
              return (
                <li key={key}>
                  <Link to={`/staff?item=${key}`} aria-current={isCurrent ? "true" : undefined}>
                    {QUEUE_KIND_LABELS[entry.kind]}: {entry.title}
                  </Link>
                  <span className="muted">
                    {" "}
                    （{entry.who}・{formatDateTime(entry.since)}）
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
    </>
  );
}
