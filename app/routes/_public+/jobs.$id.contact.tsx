import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { CONTACT_FORM_TEXTS, ContactForm } from "~/components/contact-form";
import { OfficePhone } from "~/components/office-phone";
import { ReadingsProvider, Ruby } from "~/components/ruby-text";
import { pageReadings } from "~/models/page-readings.server";
import { contactLimitReached, countContactAttempt, createContactRequest, noticeContactBurst } from "~/models/contacts.server";
import { contactRequestWaitingMail } from "~/models/mails.server";
import { deliverPendingMail, enqueueForStaff } from "~/models/outbox.server";
import { getPublicJob } from "~/models/public-jobs.server";
import { issueReceipt, receiptIsValid } from "~/models/sent-receipts.server";
import { contactSchema, TRAP_FIELD } from "~/schemas/contact";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { furiganaOn } from "~/utils/furigana";
import { clientAddress, notFound } from "~/utils/http";
import { publicOrigin } from "~/utils/origin.server";
import { jobsStylesheets } from "~/styles/stylesheets";
import { pageMeta, titled } from "~/utils/seo";

export const links: LinksFunction = () => jobsStylesheets;

export const meta: MetaFunction<typeof loader> = (args) =>
  pageMeta(args, {
    title: titled(args.data?.sent ? "送信しました" : args.data ? "市の担当者に連絡をお願いする" : "ページが見つかりません"),
    description: "求人について、熊本市の担当者に連絡をお願いするページです。会社に直接ではなく、まず市の担当者が話を聞きます。",
    noindex: true,
  });

async function openJob(idParam: string | undefined) {
  const id = /^\d{1,9}$/.test(idParam ?? "") ? Number(idParam) : null;
  const found = id === null ? { state: "missing" as const } : await getPublicJob(db, id);
  if (found.state === "missing") notFound();
  if (found.state === "ended") {
    throw data({ message: "この求人の募集は終わったため、連絡のお願いは受け付けていません。" }, { status: 410 });
  }
  return found.job;
}

const TITLES = { form: "市の担当者に連絡をお願いする", sent: "送信しました" } as const;

export async function loader({ params, request }: LoaderFunctionArgs) {
  const job = await openJob(params.id);
  // Only the receipt the action just made says it was sent: `?sent=1` typed in does not.
  const sent = await receiptIsValid(db, `contact:${job.id}`, new URL(request.url).searchParams.get("sent"));
  const readings = furiganaOn(request)
    ? await pageReadings(db, [...Object.values(TITLES), ...CONTACT_FORM_TEXTS, job.title, job.employer.name])
    : null;
  return {
    job: { id: job.id!, title: job.title, employerName: job.employer.name },
    sent,
    retentionDays: env.contactRetentionDays,
    readings,
  };
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  const job = await openJob(params.id);
  const formData = await request.formData();
  const address = clientAddress(context);
  const attempt = { address, jobId: job.id!, message: String(formData.get("message") ?? "") };
  const refused = await contactLimitReached(db, attempt);
  if (refused) {
    await noticeContactBurst(db, refused, `${publicOrigin()}/staff/contacts`);
    void deliverPendingMail(db);
    return formError(formData, { _form: REFUSALS[refused] }, 429);
  }
  const parsed = parseForm(formData, contactSchema);
  if (!parsed.ok) return parsed.response;
  await countContactAttempt(db, attempt);
  const done = `/jobs/${job.id}/contact?sent=${await issueReceipt(db, `contact:${job.id}`)}`;
  const trap = formData.get(TRAP_FIELD);
  // A robot filled in the field people never see: answer as if it worked, keep nothing.
  if (typeof trap === "string" && trap.trim() !== "") return redirect(done);
  await db.transaction().execute(async (trx) => {
    await createContactRequest(trx, job.id!, parsed.data);
    await enqueueForStaff(trx, (to) => contactRequestWaitingMail(to, `${publicOrigin()}/staff/contacts`));
  });
  void deliverPendingMail(db);
  return redirect(done);
}

// Plain words on what to do now; the phone number is shown just above the message.
const REFUSALS = {
  address: "いま、この場所のネットワークから、とても多くのお願いが届いているため、受け付けを止めています。1時間ほどたってから、もう一度送ってください。急ぐときは、上にある市の電話番号に電話してください。",
  addressJob: "この求人へのお願いは、もう届いています。同じお願いを何度も送る必要はありません。ほかに伝えたいことがあるときは、上にある市の電話番号に電話してください。",
  content: "同じ文のお願いが、短い時間にたくさん届いているため、受け付けを止めています。文を変えて送るか、上にある市の電話番号に電話してください。",
} as const;

function NextSteps({ retentionDays }: { retentionDays: number }) {
  return (
    <ol className="next-steps">
      <li>熊本市の担当者（生活安全課）が、あなたのお願いを読みます。</li>
      <li>担当者が、書いてくれた電話番号かメールアドレスに連絡します。会社に、あなたの連絡先を勝手に伝えることはありません。</li>
      <li>あなたと話してから、担当者が会社につなぎます。見学や面接の日を、いっしょに決めます。</li>
      <li>このお願いの記録は、{retentionDays}日たつと自動で消えます。</li>
    </ol>
  );
}

export default function ContactRequest() {
  const { readings } = useLoaderData<typeof loader>();
  return (
    <ReadingsProvider readings={readings}>
      <ContactRequestPage />
    </ReadingsProvider>
  );
}

function ContactRequestPage() {
  const { job, sent, retentionDays } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  if (sent) {
    return (
      <div className="narrow">
        <h1>
          <Ruby text={TITLES.sent} />
        </h1>
        <p className="notice" role="status">
          「{job.title}」（{job.employerName}）について、市の担当者への連絡のお願いを受け付けました。
        </p>
        <h2>このあと、どうなるか</h2>
        <NextSteps retentionDays={retentionDays} />
        <OfficePhone lead="急ぐときや、連絡が来ないときは、電話でお問い合わせください。" />
        <p>
          <Link to={`/jobs/${job.id}`}>求人にもどる</Link>　<Link to="/jobs">ほかの求人をさがす</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>
        <Ruby text={TITLES.form} />
      </h1>
      <p>
        求人: <Link to={`/jobs/${job.id}`}>
          <Ruby text={job.title} />
        </Link>（<Ruby text={job.employerName} />）
      </p>
      <h2>このあと、どうなるか</h2>
      <NextSteps retentionDays={retentionDays} />
      {failure?.errors._form ? <OfficePhone lead="電話で相談するときは、こちらへ。" /> : null}
      <ContactForm jobId={job.id} failure={failure} />
      <p className="help-link">
        <Link to="/help">住まいやくらしのことで、こまったら</Link>（相談先の一覧）
      </p>
    </div>
  );
}
