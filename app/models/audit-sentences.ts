// The audit log stores short action codes ("job.approve"); staff read a Japanese sentence.
// Every code recorded anywhere in app/ has its sentence here (a unit test checks it). In a
// sentence, {t} stands for the record: its kind and name, e.g. 求人「介護スタッフ」.

export const AUDIT_KINDS = {
  login: "ログイン",
  employer: "事業主",
  job: "求人",
  event: "説明会・セミナー",
  contact: "連絡依頼",
  magazine: "求人情報誌",
  survey: "アンケート",
  stats: "集計の数字",
  account: "アカウント・設定",
  download: "ダウンロード・閲覧",
} as const;

export type AuditKind = keyof typeof AUDIT_KINDS;

type Sentence = { kind: AuditKind; text: string };

const s = (kind: AuditKind, text: string): Sentence => ({ kind, text });

export const AUDIT_SENTENCES: Record<string, Sentence> = {
  "auth.login": s("login", "{t}でログインしました"),
  "auth.login_failed": s("login", "{t}でログインしようとして、失敗しました（メールアドレスかパスワードが違う）"),
  "auth.lockout": s("login", "ログインの失敗が続いたため、{t}へのログインを同じ接続元から10分間できなくしました"),

  "employer.signup": s("employer", "{t}が利用を申し込みました"),
  "employer.approved": s("employer", "{t}の利用を承認しました"),
  "employer.rejected": s("employer", "{t}の利用を不承認にしました（最終の決定）"),
  "employer.send_back": s("employer", "{t}の利用の申し込みを、直してもらうため差し戻しました"),
  "employer.resubmit": s("employer", "{t}が会社の情報を直して、利用の申し込みをもう一度出しました"),
  "employer.suspended": s("employer", "{t}の利用を止めました"),
  "employer.pending": s("employer", "{t}を審査待ちに戻しました"),
  "employer.profile_update": s("employer", "{t}の会社情報を変えました"),
  "employer.registration": s("employer", "{t}の協力雇用主の登録を確認しました"),

  "job.draft": s("job", "{t}を下書きとして保存しました"),
  "job.submit": s("job", "{t}を審査に出しました"),
  "job.approve": s("job", "{t}を承認して公開しました"),
  "job.reject": s("job", "{t}を差し戻しました"),
  "job.send_back": s("job", "{t}を、直してもらうため差し戻しました"),
  "job.refuse": s("job", "{t}を不承認にしました（最終の決定）"),
  "job.reopen": s("job", "{t}の募集を再開しました"),
  "job.correct": s("job", "{t}の文章を市が直しました"),
  "job.close": s("job", "{t}の掲載を市が終えました"),
  "job.filled": s("job", "{t}は人が決まったため、掲載を終えました"),
  "job.closed": s("job", "{t}の募集をやめ、掲載を終えました"),
  "job.duplicate": s("job", "{t}を、ほかの求人を写して作りました"),
  "job.extend": s("job", "{t}の掲載の終わる日をのばしました"),
  "job.revision_draft": s("job", "{t}の変更を下書きとして保存しました"),
  "job.revision_pending": s("job", "{t}の変更を審査に出しました"),
  "job.revision_withdrawn": s("job", "{t}の変更の申し出を取り下げました"),
  "job_revision.approve": s("job", "{t}を承認して反映しました"),
  "job_revision.reject": s("job", "{t}を差し戻しました"),

  "event.propose": s("event", "{t}を事業主が申し込みました"),
  "event.create": s("event", "{t}を作りました"),
  "event.update": s("event", "{t}の内容を変えました"),
  "event.publish": s("event", "{t}を公開しました"),
  "event.reject": s("event", "{t}を差し戻しました"),
  "event.send_back": s("event", "{t}を、直してもらうため差し戻しました"),
  "event.refuse": s("event", "{t}を不承認にしました（最終の決定）"),
  "event.resubmit": s("event", "{t}を事業主が直して、もう一度申し込みました"),
  "event.withdraw": s("event", "{t}の申し込みを事業主が取り下げました"),
  "event.edit_published": s("event", "公開中の{t}を事業主が直しました（市の確認まで公開を止めています）"),
  "event.cancel": s("event", "{t}を中止にしました"),
  "event.create_past": s("event", "{t}を、終わった催しの記録として作りました"),
  "event.registrations_view": s("download", "{t}の申し込みの一覧を見ました"),
  "event.attendance": s("stats", "{t}の参加者数を入力しました"),

  "contact.view": s("download", "{t}の連絡先を見ました"),
  "contact.forward": s("contact", "{t}の内容を事業主にメールで伝えました"),
  "contact.handled": s("contact", "{t}を対応済みにしました"),
  "contact.done": s("contact", "{t}を対応済みにしました"),
  "contact.unable": s("contact", "{t}を「対応できなかった」にしました"),

  "timetable.settings": s("event", "{t}の面談の時間とテーブルの数を決めました"),
  "timetable.build": s("event", "{t}の面談表を作りました"),
  "timetable.move": s("event", "{t}の面談表で、面談の時間かテーブルを変えました"),
  "timetable.swap": s("event", "{t}の面談表で、二つの面談を入れかえました"),
  "timetable.publish": s("event", "{t}の面談表を公開して、参加する人と事業主に知らせました"),
  "checkin.mark": s("event", "{t}の当日の受付で、来た・来なかったを記録しました"),
  "checkin.interview": s("event", "{t}の当日の受付で、面談をしたかと事業主の答えを記録しました"),

  "magazine.create": s("magazine", "{t}を作りました"),
  "magazine.update": s("magazine", "{t}の内容を変えました"),
  "magazine.publish": s("magazine", "{t}を発行しました"),
  "magazine.delete": s("magazine", "{t}の下書きを消しました"),
  "magazine.items.add": s("magazine", "{t}に求人を加えました"),
  "magazine.items.remove": s("magazine", "{t}から求人を外しました"),
  "magazine.reorder": s("magazine", "{t}の求人の並びを変えました"),
  "magazine.distribution.add": s("stats", "{t}を記録しました"),
  "magazine.distribution.delete": s("stats", "{t}の記録を消しました"),

  "survey.create": s("survey", "{t}を作りました"),
  "survey.update": s("survey", "{t}の内容を変えました"),
  "survey.open": s("survey", "{t}の受け付けを始めました"),
  "survey.close": s("survey", "{t}の受け付けを終えました"),
  "survey.question.add": s("survey", "{t}に質問を加えました"),
  "survey.question.update": s("survey", "{t}の質問を変えました"),
  "survey.question.delete": s("survey", "{t}の質問を消しました"),
  "survey.question.move": s("survey", "{t}の質問の順番を変えました"),
  "survey.paper_answer": s("survey", "{t}に、紙の回答を1枚入力しました"),

  "hire_report.create": s("stats", "{t}を出しました"),
  "hire_report.update": s("stats", "{t}を直しました"),
  "hire_report.delete": s("stats", "{t}を消しました"),
  "outcome.save": s("stats", "{t}を入力しました"),
  "outcome.correct": s("stats", "{t}を直しました"),
  "outcome.remove": s("stats", "{t}を消しました"),
  "hire_follow_up.answer": s("stats", "{t}（採用のあとの確認）に答えました"),

  "user.create": s("account", "{t}を作りました"),
  "user.disable": s("account", "{t}を使えないようにしました"),
  "user.enable": s("account", "{t}を使えるように戻しました"),
  "user.password_reset_sent": s("account", "{t}にパスワード再設定のメールを送りました"),
  "setting.update": s("account", "{t}を変えました"),
  "support_figures.update": s("account", "{t}（支援制度の金額）を変えました"),
  "reading_word.add": s("account", "{t}をよみがなの辞書に加えました"),
  "reading_word.change": s("account", "よみがなの辞書の{t}を直しました"),
  "reading_word.delete": s("account", "{t}をよみがなの辞書から消しました"),
  "help_entry.add": s("account", "相談先のページに{t}を加えました"),
  "help_entry.change": s("account", "相談先のページの{t}を直しました"),
  "help_entry.delete": s("account", "相談先のページから{t}を消しました"),

  "download.csv": s("download", "{t}を CSV でダウンロードしました"),
  "download.pdf": s("download", "{t}の PDF をダウンロードしました"),
  "audit.export": s("download", "{t}を CSV で書き出しました"),
};

/** The sentence for a code; an unknown code still reads as a sentence and shows the code. */
export function auditSentence(action: string): Sentence {
  return AUDIT_SENTENCES[action] ?? { kind: "account", text: `{t}について記録がありました（${action}）` };
}

/** The codes of one kind, for the log's filter. */
export function actionsOfKind(kind: string): string[] {
  return Object.entries(AUDIT_SENTENCES)
    .filter(([, v]) => v.kind === kind)
    .map(([code]) => code);
}

export const ENTITY_LABELS: Record<string, string> = {
  employer: "事業主",
  job: "求人",
  job_revision: "求人の変更",
  event: "説明会・セミナー",
  contact_request: "連絡依頼",
  user: "アカウント",
  login: "メールアドレス",
  magazine_issue: "求人情報誌",
  magazine_distribution: "情報誌の配布",
  survey: "アンケート",
  hire_report: "採用の報告",
  hire_follow_up: "採用のあとの確認",
  reading_word: "よみがなの辞書のことば",
  help_entry: "相談先",
  outcome_figures: "成果指標",
  setting: "設定",
  stats_table: "集計表",
  audit_log: "監査ログ",
};

const SETTING_NAMES: Record<string, string> = { minimum_wage: "熊本県の最低賃金", support: "協力雇用主への支援の金額" };

/** 求人「介護スタッフ」, or 求人（番号 40）when the record has no name any more. */
export function targetText(type: string, id: string, name: string | null): string {
  const label = ENTITY_LABELS[type] ?? "記録";
  if (type === "setting") return `設定「${SETTING_NAMES[id] ?? id}」`;
  if (type === "outcome_figures") return `${id}年の成果指標（再犯者数）`;
  if (type === "audit_log") return "監査ログ";
  if (name) return `${label}「${name}」`;
  return `${label}（番号 ${id}）`;
}

/** The staff page of a record, when it has one. */
export function targetHref(type: string, id: string, extra: { jobId?: number | null } = {}): string | null {
  const n = /^\d+$/.test(id) ? id : null;
  switch (type) {
    case "employer":
      return n && `/staff/employers/${n}`;
    case "job":
      return n && `/staff/jobs/${n}`;
    case "job_revision":
      return extra.jobId ? `/staff/jobs/${extra.jobId}` : null;
    case "event":
      return n && `/staff/events/${n}`;
    case "contact_request":
      return n && `/staff/contacts/${n}`;
    case "magazine_issue":
      return n && `/staff/magazine/${n}`;
    case "survey":
      return n && `/staff/surveys/${n}`;
    case "user":
      return "/staff/users";
    case "outcome_figures":
      return "/staff/stats/outcome";
    case "magazine_distribution":
      return "/staff/stats/distribution";
    case "stats_table":
      return "/staff/stats";
    case "reading_word":
      return "/staff/readings";
    case "help_entry":
      return "/staff/help";
    case "setting":
      return id === "support" ? "/staff/support" : null;
    default:
      return null;
  }
}

/** The sentence in two parts around the record, so a page can link the record. */
export function sentenceParts(action: string): [string, string] {
  const text = auditSentence(action).text;
  const at = text.indexOf("{t}");
  return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + 3)];
}

export function sentenceText(action: string, target: string): string {
  return auditSentence(action).text.replace("{t}", target);
}

export const ROLE_LABELS: Record<string, string> = { staff: "市の職員", employer: "事業主" };
