import { Form, Link } from "@remix-run/react";
import { RevisionDiff } from "~/components/staff/job-input";
import { formatDateTime } from "~/utils/dates";

// The employer's posting page, the parts that ask before an irreversible step or show what
// is waiting: a confirmation step for 充足 and 終了 (a second form, so it works without
// JavaScript), the reopen within 14 days, and a pending change beside the live version.

export type EndIntent = "filled" | "closed";

const CONFIRM: Record<EndIntent, { question: string; effect: string; button: string }> = {
  filled: {
    question: "本当に「充足」にしますか",
    effect: "人が決まったことにして、求人の公開を終えます。",
    button: "はい、「充足」にする",
  },
  closed: {
    question: "本当に募集をやめますか",
    effect: "この求人の募集を終えます。公開中なら、公開も終わります。",
    button: "はい、募集をやめる",
  },
};

/** The second step of 充足 and 終了: nothing happens until this form is sent. */
export function ConfirmEnd({ jobId, intent, reopenDays }: { jobId: number; intent: EndIntent; reopenDays: number }) {
  const text = CONFIRM[intent];
  return (
    <section className="warning confirm-step" aria-labelledby="confirm-end-title">
      <h2 id="confirm-end-title">{text.question}</h2>
      <p>{text.effect}</p>
      <p>まちがえたときは、{reopenDays}日のあいだだけ、この画面から元にもどせます。</p>
      <Form method="post" className="inline-form" action={`/employer/jobs/${jobId}`}>
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" name="intent" value={intent} className="button danger">
          {text.button}
        </button>
      </Form>{" "}
      <Link to={`/employer/jobs/${jobId}`} className="button">
        やめる（何もしない）
      </Link>
    </section>
  );
}

/** A link, not a form: the first step only opens the question. */
export function EndLink({ jobId, intent, children, danger }: { jobId: number; intent: EndIntent; children: string; danger?: boolean }) {
  return (
    <Link to={`/employer/jobs/${jobId}?confirm=${intent}#confirm-end-title`} className={danger ? "button danger" : "button"}>
      {children}
    </Link>
  );
}

export function ReopenBox({ until, reopenDays }: { until: string; reopenDays: number }) {
  return (
    <div className="notice reopen-box">
      <p>
        まちがえて終えたときは、終えてから{reopenDays}日のあいだ（{formatDateTime(until)}まで）、募集を再開できます。
      </p>
      <Form method="post" className="inline-form">
        <button type="submit" name="intent" value="reopen" className="button">
          募集を再開する
        </button>
      </Form>
    </div>
  );
}

export function PendingChange({
  status,
  changes,
}: {
  status: string;
  changes: { field: string; before: unknown; after: unknown }[];
}) {
  return (
    <section className="pending-change" aria-labelledby="pending-change-title">
      <h2 id="pending-change-title">{status === "pending" ? "市が確認している変更" : "下書きの変更（まだ市に送っていません）"}</h2>
      <p>左が、いま公開している内容です。右が、変更したあとの内容です。</p>
      <RevisionDiff changes={changes} />
    </section>
  );
}
