import type { Mail } from "./outbox.server";

// The texts of the mails the site sends, in one place.
const SIGNATURE = ["", "――", "熊本市 協力雇用主 求人サイト", "熊本市 文化市民局 市民生活部 生活安全課"].join("\n");

export function passwordResetMail(to: string, link: string): Mail {
  return {
    to,
    subject: "【熊本市 協力雇用主 求人サイト】パスワードの再設定",
    body: [
      "パスワードの再設定のお申し込みを受け付けました。",
      "",
      "次のリンクを開いて、新しいパスワードを決めてください（1時間だけ有効です）。",
      link,
      "",
      "お申し込みに心当たりがない場合は、このメールを無視してください。パスワードは変わりません。",
    ].join("\n") + SIGNATURE,
  };
}


export function signupReceivedMail(to: string, companyName: string): Mail {
  return {
    to,
    subject: "【熊本市 協力雇用主 求人サイト】利用のお申し込みを受け付けました",
    body:
      [
        `${companyName} 様`,
        "",
        "利用のお申し込みを受け付けました。市の担当者が内容を確認し、結果をメールでお知らせします。",
        "確認が終わるまで、求人は公開できません。ログインして会社の情報を確認・修正することはできます。",
      ].join("\n") + SIGNATURE,
  };
}

export function staffReviewWaitingMail(to: string, what: string, link: string): Mail {
  return {
    to,
    subject: `【審査待ち】${what}`,
    body: [`審査を待っているものがあります: ${what}`, "", link].join("\n") + SIGNATURE,
  };
}
