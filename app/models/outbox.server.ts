import type { Kysely } from "kysely";
import nodemailer from "nodemailer";
import type { Database } from "../../db/types";
import { nowIso } from "~/utils/dates";
import { env } from "~/utils/env.server";

/** `headers`: extra headers such as List-Unsubscribe (RFC 8058) for mails people subscribe to. */
export type Mail = { to: string; subject: string; body: string; headers?: Record<string, string> };

/**
 * Every mail is first written to the outbox, inside the caller's transaction when there is
 * one, so a mail is never sent for a change that was rolled back. Delivery happens after.
 */
export async function enqueueMail(db: Kysely<Database>, mail: Mail): Promise<number> {
  const row = await db
    .insertInto("outbox")
    .values({
      to_address: mail.to,
      subject: mail.subject,
      body: mail.body,
      headers: JSON.stringify(mail.headers ?? {}),
      created_at: nowIso(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The kind of mail for a log line: its subject without the names in brackets. */
function mailKind(subject: string): string {
  return JSON.stringify(subject.split("（")[0]!.slice(0, 60));
}

function recipientDomain(address: string): string {
  return address.split("@").pop() || "?";
}

let transport: nodemailer.Transporter | null = null;
function smtp(): nodemailer.Transporter | null {
  if (!env.smtpUrl) return null;
  transport ??= nodemailer.createTransport(env.smtpUrl);
  return transport;
}

let delivering: Promise<void> | null = null;

/** Sends (or, without SMTP_URL, logs) every pending mail. Safe to call often. */
export function deliverPendingMail(db: Kysely<Database>): Promise<void> {
  delivering ??= deliver(db).finally(() => {
    delivering = null;
  });
  return delivering;
}

async function deliver(db: Kysely<Database>): Promise<void> {
  const pending = await db
    .selectFrom("outbox")
    .selectAll()
    .where("status", "=", "pending")
    .where("attempts", "<", 5)
    .orderBy("id")
    .limit(50)
    .execute();
  const transporter = smtp();
  for (const mail of pending) {
    if (!transporter) {
      // Never the body (it can hold a password-reset link) nor the whole address.
      console.log(`[mail] SMTP_URL未設定のため送信しません / not sent (no SMTP_URL): id=${mail.id} ${mailKind(mail.subject)} to=*@${recipientDomain(mail.to_address)}`);
      await db
        .updateTable("outbox")
        .set({ status: "logged", attempts: mail.attempts + 1, sent_at: nowIso() })
        .where("id", "=", mail.id)
        .execute();
      continue;
    }
    try {
      await transporter.sendMail({
        from: env.mailFrom,
        to: mail.to_address,
        subject: mail.subject,
        text: mail.body,
        headers: JSON.parse(mail.headers) as Record<string, string>,
      });
      await db
        .updateTable("outbox")
        .set({ status: "sent", attempts: mail.attempts + 1, sent_at: nowIso(), last_error: "" })
        .where("id", "=", mail.id)
        .execute();
    } catch (error) {
      const attempts = mail.attempts + 1;
      await db
        .updateTable("outbox")
        .set({
          status: attempts >= 5 ? "failed" : "pending",
          attempts,
          last_error: error instanceof Error ? error.message : String(error),
        })
        .where("id", "=", mail.id)
        .execute();
    }
  }
}

/** One copy of a notice to every active staff account. */
export async function enqueueForStaff(db: Kysely<Database>, build: (to: string) => Mail) {
  const staff = await db
    .selectFrom("users")
    .select("email")
    .where("role", "=", "staff")
    .where("disabled_at", "is", null)
    .execute();
  for (const { email } of staff) await enqueueMail(db, build(email));
}
