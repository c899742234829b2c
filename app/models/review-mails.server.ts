import { CITY_OFFICE } from "~/utils/labels";
import { SIGNATURE } from "./mails.server";
import type { Mail } from "./outbox.server";

// The mails of the two answers that are not an approval. 差し戻し asks for corrections and
// says how to send again; 不承認 is final and says whom to call. Each has its own subject,
// so the two can never be mistaken for each other in an inbox.

const SITE = "【熊本市 協力雇用主 求人サイト】";
const CALL = `ご不明な点は、${CITY_OFFICE.name}（電話 ${CITY_OFFICE.phone}、${CITY_OFFICE.hours}）までお問い合わせください。`;

export function employerSentBackMail(to: string, companyName: string, reason: string): Mail {
  return {
    to,
    subject: `${SITE}利用のお申し込みを差し戻しました（直してください）`,
    body:
      [
        `${companyName} 様`,
        "",
        "利用のお申し込みを確認しました。直していただきたい点があります。",
        "",
        reason,
        "",
        "ログインして「会社の情報」を直し、「直したので、もう一度審査を頼む」を押してください。",
        "直した内容を、市の担当者がもう一度確認します。",
      ].join("\n") + SIGNATURE,
  };
}

export function employerRefusedMail(to: string, companyName: string, reason: string): Mail {
  return {
    to,
    subject: `${SITE}利用のお申し込みは承認されませんでした（不承認）`,
    body:
      [
        `${companyName} 様`,
        "",
        "利用のお申し込みを確認しましたが、承認できませんでした（不承認）。理由は次のとおりです。",
        "",
        reason,
        "",
        "この決定は最終のものです。このアカウントで求人を出すことはできません。",
        CALL,
      ].join("\n") + SIGNATURE,
  };
}

export function refusedMail(to: string, what: "job" | "event", title: string, reason: string, addressee = ""): Mail {
  const thing = what === "job" ? "求人" : "セミナー・見学会";
  return {
    to,
    subject: `${SITE}${thing}「${title}」は掲載できません（不承認）`,
    body:
      [
        ...(addressee ? [addressee, ""] : []),
        `${thing}「${title}」を確認しましたが、掲載できません（不承認）。理由は次のとおりです。`,
        "",
        reason,
        "",
        `この決定は最終のものです。この${thing}を直して送り直すことはできません。`,
        CALL,
      ].join("\n") + SIGNATURE,
  };
}
