import { activeFilters, type JobSearch } from "~/schemas/job-search";
import type { ContactLimit } from "./contacts.server";
import { SIGNATURE } from "./mails.server";
import type { Mail } from "./outbox.server";

// The texts of the new-job alert mails and of the staff notice about refused contact requests.

const SITE = "【熊本市 協力雇用主 求人サイト】";

const LIMIT_WORDS: Record<ContactLimit, string> = {
  address: "同じネットワークから、1時間に多くのお願いが送られました。",
  addressJob: "同じネットワークから、同じ求人に何度もお願いが送られました。",
  content: "同じ文の連絡のお願いが、1時間に何度も送られました。",
};

export function contactBurstMail(to: string, limit: ContactLimit, link: string): Mail {
  return {
    to,
    subject: `${SITE}連絡のお願いを止めています`,
    body: [
      "連絡のお願いのフォームで、送信を止めました。",
      LIMIT_WORDS[limit],
      "いたずらや機械による送信かもしれません。届いたお願いを確かめてください。",
      "止められた人には、市の電話番号を案内しています。電話があったら対応をお願いします。",
      "このお知らせは、止めることが続いても6時間に1回だけ送ります。",
      "",
      link,
    ].join("\n") + SIGNATURE,
  };
}

/** 「ことば「介護」・東区・寮・社宅あり」, or every posting when the search is empty. */
export function alertConditions(search: JobSearch): string {
  const labels = activeFilters(search).map((f) => f.label);
  return labels.length ? labels.join("・") : "すべての求人";
}

export function alertConfirmMail(to: string, link: string): Mail {
  return {
    to,
    subject: `${SITE}新しい求人のメールの登録を確かめてください`,
    body: [
      "新しい求人をメールで受け取る登録を受け付けました。",
      "",
      "次のリンクを開いて、「登録する」を押してください。押すまで、メールは送りません。",
      link,
      "",
      "7日のうちに押さないと、登録は消えます。",
      "心当たりがないときは、このメールを無視してください。",
    ].join("\n") + SIGNATURE,
  };
}

type ListedJob = { id: number; title: string; employerName: string };

export function jobAlertMail(to: string, search: JobSearch, jobs: ListedJob[], origin: string, link: string): Mail {
  const stop = `${link}?stop=1`;
  return {
    to,
    subject: `${SITE}新しい求人が${jobs.length}件あります`,
    body: [
      `登録した条件（${alertConditions(search)}）に合う新しい求人です。`,
      "",
      ...jobs.flatMap((job) => [`■ ${job.title}（${job.employerName}）`, `${origin}/jobs/${job.id}`, ""]),
      "条件を変える:",
      link,
      "",
      "このメールを止める:",
      stop,
      "",
      "メールは1日に1通までです。",
    ].join("\n") + SIGNATURE,
    // RFC 8058: the mail program's own button stops the mails with one POST.
    headers: {
      "List-Unsubscribe": `<${stop}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
