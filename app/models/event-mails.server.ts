import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { formatDate, formatTime } from "~/utils/dates";
import { CITY_OFFICE } from "~/utils/labels";
import { publicOrigin } from "~/utils/origin.server";
import { employerAddressee, employerEmails } from "./addressee.server";
import { SIGNATURE } from "./mails.server";
import { enqueueMail, type Mail } from "./outbox.server";
import type { MovedUp } from "./registrations.server";

// Mails about an event to the employers taking part and the people registered (those who
// gave an email): added to a fair, a change of time or place, a cancel, a move up from the
// waiting list, the registration itself. All go through the outbox, inside the caller's
// transaction.

const SITE = "【熊本市 協力雇用主 求人サイト】";

type EventFacts = { id: number; title: string; starts_at: string; ends_at: string; venue: string; address: string };

function when(e: EventFacts) {
  return `${formatDate(e.starts_at)} ${formatTime(e.starts_at)}〜${formatTime(e.ends_at)}`;
}

function facts(e: EventFacts) {
  return [`日時: ${when(e)}`, `会場: ${e.venue}（${e.address}）`];
}

// A registered person's private link cannot be put in a later mail: only a hash of its code
// is kept (registrations.server.ts). The mail points to the first mail, and to the city
// office for someone who has lost it (staff find a person by nickname at /staff/events/:id/registrations).
const OWN_LINK = [
  "ご自分の申し込みは、申し込んだときのメールにあるリンクで見られます。",
  `そのメールが見つからないときは、${CITY_OFFICE.name}（電話 ${CITY_OFFICE.phone}、${CITY_OFFICE.hours}）に、催しの名前とニックネームを伝えてください。`,
];

export function registrationMail(to: string, e: EventFacts, code: string, waiting: boolean): Mail {
  const link = `${publicOrigin()}/registrations/${code}`;
  return {
    to,
    subject: `${SITE}${waiting ? "キャンセル待ちで受け付けました" : "申し込みを受け付けました"}（${e.title}）`,
    body:
      [
        `「${e.title}」への申し込みを${waiting ? "、キャンセル待ちで" : ""}受け付けました。`,
        ...(waiting ? ["席があいたら、順番に繰り上がります。そのときはメールでお知らせします。"] : []),
        "",
        ...facts(e),
        "",
        `申し込み番号: ${code}`,
        "次のリンクで、申し込みの内容を見たり、変えたり、取り消したりできます。このリンクは人に教えないでください。",
        link,
      ].join("\n") + SIGNATURE,
  };
}

export function movedUpMail(to: string, e: EventFacts): Mail {
  return {
    to,
    subject: `${SITE}キャンセル待ちから繰り上がりました（${e.title}）`,
    body:
      [
        `「${e.title}」に席があきました。キャンセル待ちから繰り上がり、参加できるようになりました。`,
        "",
        ...facts(e),
        "",
        "申し込みのときにお知らせしたリンクで、内容を見たり、取り消したりできます。",
        `催しのページ: ${publicOrigin()}/events/${e.id}`,
      ].join("\n") + SIGNATURE,
  };
}

export function participantAddedMail(to: string, e: EventFacts, addressee: string): Mail {
  return {
    to,
    subject: `${SITE}説明会に参加する会社として登録しました（${e.title}）`,
    body:
      [
        addressee,
        "",
        `「${e.title}」に、参加する会社として登録しました。`,
        "",
        ...facts(e),
        "",
        `内容は事業主メニューで見られます: ${publicOrigin()}/employer/events/${e.id}`,
      ].join("\n") + SIGNATURE,
  };
}

export function eventChangedMail(to: string, e: EventFacts, addressee: string, employer: boolean): Mail {
  return {
    to,
    subject: `${SITE}日時か会場が変わりました（${e.title}）`,
    body:
      [
        ...(addressee ? [addressee, ""] : []),
        `「${e.title}」の日時か会場が変わりました。新しい内容は次のとおりです。`,
        "",
        ...facts(e),
        "",
        ...(employer
          ? [`事業主メニュー: ${publicOrigin()}/employer/events/${e.id}`]
          : [`催しのページ: ${publicOrigin()}/events/${e.id}`, "", ...OWN_LINK]),
      ].join("\n") + SIGNATURE,
  };
}

export function eventCancelledMail(to: string, e: EventFacts, reason: string, addressee: string, person = false): Mail {
  return {
    to,
    subject: `${SITE}中止になりました（${e.title}）`,
    body:
      [
        ...(addressee ? [addressee, ""] : []),
        `「${e.title}」（${when(e)}）は中止になりました。`,
        ...(reason ? ["", `理由: ${reason}`] : []),
        "",
        ...(person ? ["申し込みを取り消す手続きは、いりません。"] : []),
        "ご迷惑をおかけします。わからないことは、熊本市 生活安全課にお問い合わせください。",
      ].join("\n") + SIGNATURE,
  };
}

async function mailEmployers(db: Kysely<Database>, employerIds: number[], build: (to: string, addressee: string) => Mail) {
  for (const id of employerIds) {
    const addressee = await employerAddressee(db, id);
    for (const to of await employerEmails(db, id)) await enqueueMail(db, build(to, addressee));
  }
}

async function registeredPeople(db: Kysely<Database>, eventId: number) {
  return db
    .selectFrom("event_registrations")
    .select("contact")
    .where("event_id", "=", eventId)
    .where("status", "in", ["registered", "waiting"])
    .where("contact_kind", "=", "email")
    .execute();
}

export async function mailParticipantsAdded(db: Kysely<Database>, e: EventFacts, employerIds: number[]) {
  await mailEmployers(db, employerIds, (to, addressee) => participantAddedMail(to, e, addressee));
}

/** Time or place changed: the employers taking part and the people registered. */
export async function mailEventChanged(db: Kysely<Database>, e: EventFacts, employerIds: number[]) {
  await mailEmployers(db, employerIds, (to, addressee) => eventChangedMail(to, e, addressee, true));
  for (const { contact } of await registeredPeople(db, e.id)) await enqueueMail(db, eventChangedMail(contact, e, "", false));
}

export async function mailEventCancelled(db: Kysely<Database>, e: EventFacts, employerIds: number[], reason: string) {
  await mailEmployers(db, employerIds, (to, addressee) => eventCancelledMail(to, e, reason, addressee));
  for (const { contact } of await registeredPeople(db, e.id)) await enqueueMail(db, eventCancelledMail(contact, e, reason, "", true));
}

export async function mailMovedUp(db: Kysely<Database>, e: EventFacts, moved: MovedUp[]) {
  for (const person of moved) {
    if (person.contactKind === "email" && person.contact) await enqueueMail(db, movedUpMail(person.contact, e));
  }
}
