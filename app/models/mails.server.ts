import type { Mail } from "./outbox.server";

// The texts of the mails the site sends, in one place.
export const SIGNATURE = ["", "――", "熊本市 協力雇用主 求人サイト", "熊本市 文化市民局 市民生活部 生活安全課"].join("\n");

/** 「〇〇 様」 and a blank line, when the addressee is known. */
function greeting(addressee: string): string[] {
  return addressee ? [addressee, ""] : [];
}

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

/** Staff sent the link (the employer asked by phone, say): nobody "applied" on the site. */
export function staffSentResetMail(to: string, addressee: string, link: string): Mail {
  return {
    to,
    subject: "【熊本市 協力雇用主 求人サイト】パスワードを決め直すためのリンク",
    body: [
      ...greeting(addressee),
      "熊本市 生活安全課の職員が、このアカウントのパスワードを決め直すためのリンクをお送りします。",
      "",
      "次のリンクを開いて、新しいパスワードを決めてください（1時間だけ有効です）。",
      link,
      "",
      "リンクを開かなければ、パスワードは今のままです。",
      "このメールに覚えがないときは、生活安全課までお問い合わせください。",
    ].join("\n") + SIGNATURE,
  };
}

export function signupReceivedMail(to: string, companyName: string, loginLink: string): Mail {
  return {
    to,
    subject: "【熊本市 協力雇用主 求人サイト】利用のお申し込みを受け付けました",
    body:
      [
        `${companyName} 様`,
        "",
        "利用のお申し込みを受け付けました。市の担当者が内容を確認し、結果をメールでお知らせします。",
        "確認が終わるまで、求人は公開できません。ログインして会社の情報を確認・修正することはできます。",
        "",
        "ログインは、申し込みのときに決めたパスワードで、次のページからできます。",
        loginLink,
      ].join("\n") + SIGNATURE,
  };
}

/** To an address that asked to join but already has an account: no second account is made. */
export function signupExistingAccountMail(to: string, loginLink: string, resetLink: string): Mail {
  return {
    to,
    subject: "【熊本市 協力雇用主 求人サイト】利用のお申し込みについて",
    body:
      [
        "このメールアドレスで、利用のお申し込みがありました。",
        "このメールアドレスには、すでにアカウントがあります。新しいアカウントは作っていません。",
        "",
        "次のページからログインしてください。",
        loginLink,
        "",
        "パスワードを忘れたときは、次のページで決め直せます。",
        resetLink,
        "",
        "お申し込みに心当たりがない場合は、このメールを無視してください。",
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

/** To staff: an employer sent a posting, a change to a posting, or a seminar date for review. */
export function employerItemWaitingMail(
  to: string,
  item: { kind: "job" | "revision" | "event" | "event_change"; companyName: string; title: string },
  link: string,
): Mail {
  const what = {
    job: "求人の審査",
    revision: "公開中の求人の変更の審査",
    event: "セミナー・見学会の審査",
    event_change: "公開中のセミナー・見学会の変更の審査",
  }[item.kind];
  return {
    to,
    subject: `【審査待ち】${what}（${item.companyName}）`,
    body:
      [
        `${item.companyName} から、${what}の依頼が届きました。`,
        "",
        `件名: ${item.title}`,
        "",
        // Events keep no approved copy: until staff look, the public does not see it at all.
        ...(item.kind === "event_change" ? ["確認が終わるまで、この会は公開が止まっています。", ""] : []),
        "職員メニューで内容を確認してください。",
        link,
      ].join("\n") + SIGNATURE,
  };
}

/** To staff: an approved employer changed the public part of its profile (it applies at once). */
export function employerProfileChangedMail(to: string, companyName: string, changed: string[], link: string): Mail {
  return {
    to,
    subject: `【お知らせ】会社の情報が変わりました（${companyName}）`,
    body:
      [
        `${companyName} が会社の情報を変えました。変更はすぐに公開されています。`,
        "",
        `変わった項目: ${changed.join("、")}`,
        "",
        "内容に問題があれば、職員メニューから事業主を停止できます。",
        link,
      ].join("\n") + SIGNATURE,
  };
}

// --- staff decisions and notices ------------------------------------------------------

export function employerDecisionMail(to: string, companyName: string, approved: boolean, reason: string): Mail {
  const lines = approved
    ? [
        `${companyName} 様`,
        "",
        "利用のお申し込みを承認しました。ログインして、求人やセミナーの日程を登録できます。",
      ]
    : [
        `${companyName} 様`,
        "",
        "利用のお申し込みを、今回は承認できませんでした。理由は次のとおりです。",
        "",
        reason,
        "",
        "ご不明な点は、生活安全課までお問い合わせください。",
      ];
  return {
    to,
    subject: approved
      ? "【熊本市 協力雇用主 求人サイト】利用のお申し込みを承認しました"
      : "【熊本市 協力雇用主 求人サイト】利用のお申し込みについて",
    body: lines.join("\n") + SIGNATURE,
  };
}

export function jobDecisionMail(
  to: string,
  jobTitle: string,
  what: "posting" | "revision",
  approved: boolean,
  reason: string,
  addressee = "",
): Mail {
  const thing = what === "posting" ? "求人" : "求人の変更";
  const lines = [...greeting(addressee), ...(approved
    ? [
        `${thing}「${jobTitle}」を確認し、公開しました。`,
        ...(what === "revision" ? ["サイトには、変更後の内容が表示されています。"] : []),
      ]
    : [
        `${thing}「${jobTitle}」を確認しました。直していただきたい点があります。`,
        "",
        reason,
        "",
        what === "revision"
          ? "今のところ、サイトには変更前の内容が表示されています。ログインして直し、もう一度送ってください。"
          : "ログインして直し、もう一度送ってください。",
      ])];
  return {
    to,
    subject: approved
      ? `【熊本市 協力雇用主 求人サイト】${thing}を公開しました`
      : `【熊本市 協力雇用主 求人サイト】${thing}を差し戻しました`,
    body: lines.join("\n") + SIGNATURE,
  };
}

export function eventDecisionMail(
  to: string,
  title: string,
  decision: "approved" | "rejected",
  reason: string,
  addressee = "",
): Mail {
  const approved = decision === "approved";
  return {
    to,
    subject: approved
      ? "【熊本市 協力雇用主 求人サイト】セミナー・見学会を公開しました"
      : "【熊本市 協力雇用主 求人サイト】セミナー・見学会を差し戻しました",
    body:
      [
        ...greeting(addressee),
        ...(approved
          ? [`「${title}」を確認し、説明会・セミナーの予定に公開しました。`]
          : [`「${title}」を確認しました。直していただきたい点があります。`, "", reason]),
      ].join("\n") + SIGNATURE,
  };
}

export function contactForwardMail(to: string, jobTitle: string, details: string, addressee = ""): Mail {
  return {
    to,
    subject: "【熊本市 協力雇用主 求人サイト】求人への連絡の依頼がありました",
    body:
      [
        ...greeting(addressee),
        `求人「${jobTitle}」について、仕事をさがしている方から、市を通じて連絡の依頼がありました。`,
        "ご本人の了解を得た内容だけをお伝えします。",
        "",
        details,
        "",
        "この情報は、この方との連絡のためだけに使い、ほかの人に伝えないでください。",
      ].join("\n") + SIGNATURE,
  };
}

export function staffInviteMail(to: string, link: string): Mail {
  return {
    to,
    subject: "【熊本市 協力雇用主 求人サイト】職員アカウントを作りました",
    body:
      [
        "職員用のアカウントを作りました。",
        "",
        "次のリンクを開いて、パスワードを決めてください（1時間だけ有効です）。",
        link,
        "",
        "期限が切れたときは、ログイン画面の「パスワードを忘れた方」から、もう一度リンクを受け取れます。",
      ].join("\n") + SIGNATURE,
  };
}

/** To staff: a seeker asked to be put in touch. No name or contact details in the mail. */
export function contactRequestWaitingMail(to: string, link: string): Mail {
  return {
    to,
    subject: "【連絡依頼】求人を見た方から、連絡のお願いが届きました",
    body:
      [
        "求人を見た方から、市の担当者への連絡のお願いが届きました。",
        "お名前と連絡先は、職員メニューの連絡依頼の画面で確認してください。",
        "",
        link,
      ].join("\n") + SIGNATURE,
  };
}

/** To an employer: a check after a hire is due (sent once for each check). */
export function followUpDueMail(to: string, monthsAfter: number, hireMonthLabel: string, link: string): Mail {
  return {
    to,
    subject: `【確認のお願い】採用から${monthsAfter}か月たちました`,
    body:
      [
        `${hireMonthLabel}に採用を報告していただいた方について、${monthsAfter}か月の確認をお願いします。`,
        "まだ働いていますか。困っていることはありませんか。市の手助けが必要ですか。",
        "ダッシュボードで、数回押すだけで答えられます。名前などは書きません。",
        "",
        link,
      ].join("\n") + SIGNATURE,
  };
}
