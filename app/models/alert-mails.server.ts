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
