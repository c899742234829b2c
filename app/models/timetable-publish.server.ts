import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { formatDate, nowIso } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { employerAddressee, employerEmails } from "./addressee.server";
import { recordAudit, type Actor } from "./audit.server";
import { SIGNATURE } from "./mails.server";
import { enqueueMail } from "./outbox.server";
import { findFairForTimetable, findTimetable, slotText } from "./timetable.server";
import { listTimetableInterviews } from "./timetable-people.server";

/**
 * Publishes a built timetable: people see their times on their private link, employers
 * theirs on /employer/events/:id. Mails are written to the outbox in the same transaction:
 * one to each person who gave an email address (times, no link: the code is kept only as a
 * hash, so the mail points to the link they were given), one to each employer.
 */
export async function publishTimetable(db: Kysely<Database>, actor: Actor, eventId: number) {
  return db.transaction().execute(async (trx) => {
    const event = await findFairForTimetable(trx, eventId);
    const timetable = await findTimetable(trx, eventId);
    if (!event || !timetable) return null;
    if (timetable.publishedAt) return { ok: false as const, message: "この面談表は公開済みです。" };
    if (!timetable.builtAt) return { ok: false as const, message: "先に面談表を作ってください。" };
    const interviews = await listTimetableInterviews(trx, eventId);
    const day = formatDate(event.starts_at);
    const byPerson = new Map<number, typeof interviews>();
    const byEmployer = new Map<number, typeof interviews>();
    for (const i of interviews) {
      if (i.registration_id !== null) byPerson.set(i.registration_id, [...(byPerson.get(i.registration_id) ?? []), i]);
      byEmployer.set(i.employer_id, [...(byEmployer.get(i.employer_id) ?? []), i]);
    }
    const people = byPerson.size
      ? await trx
          .selectFrom("event_registrations")
          .select(["id", "nickname", "contact"])
          .where("id", "in", [...byPerson.keys()])
          .where("contact_kind", "=", "email")
          .where("status", "=", "registered")
          .execute()
      : [];
    let mails = 0;
    for (const person of people) {
      const lines = byPerson.get(person.id)!.map(
        (i) => `・${slotText(timetable.slots[i.slot])}　テーブル ${i.table_no}　${i.employer_name}`,
      );
      await enqueueMail(trx, {
        to: person.contact,
        subject: `面談の時間が決まりました（${event.title}）`,
        body: [
          `${person.nickname} さん`,
          "",
          `${day}の「${event.title}」で、面談の時間が決まりました。`,
          `場所: ${event.venue}`,
          "",
          ...lines,
          "",
          "登録したときのリンク（/registrations/ で始まるもの）でも見られます。",
          "来られなくなったときは、そのリンクから取り消してください。",
          SIGNATURE,
        ].join("\n"),
      });
      mails += 1;
    }
    for (const [employerId, list] of byEmployer) {
      const lines = list.map((i) => `・${slotText(timetable.slots[i.slot])}　テーブル ${i.table_no}　${i.nickname || "（名前なし）"} さん`);
      for (const to of await employerEmails(trx, employerId)) {
        await enqueueMail(trx, {
          to,
          subject: `面談の予定が決まりました（${event.title}）`,
          body: [
            await employerAddressee(trx, employerId),
            "",
            `${day}の「${event.title}」で、貴社の面談の予定が決まりました。`,
            "お相手はニックネームでお知らせしています。",
            "",
            ...lines,
            "",
            `くわしくは: ${env.publicOrigin}/employer/events/${eventId}`,
            SIGNATURE,
          ].join("\n"),
        });
        mails += 1;
      }
    }
    await trx
      .updateTable("event_timetables")
      .set({ published_at: nowIso(), updated_at: nowIso() })
      .where("event_id", "=", eventId)
      .execute();
    await recordAudit(trx, actor, "timetable.publish", { type: "event", id: eventId }, {
      interviews: interviews.length,
      mails,
    });
    return { ok: true as const, mails };
  });
}
