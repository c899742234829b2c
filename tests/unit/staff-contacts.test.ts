import { describe, expect, it } from "vitest";
import { closeContact, countNewContactRequests, forwardContact } from "../../app/models/staff-contacts.server";
import { contactOutcomeSchema, forwardSchema } from "../../app/schemas/staff";
import { now as clockNow } from "../../app/utils/clock";
import { makeEmployerAccount, makeJob, makeStaff } from "../factories";
import { testDb } from "../setup/test-db";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";

async function request(db: Kysely<Database>, jobId: number) {
  return db
    .insertInto("contact_requests")
    .values({ job_id: jobId, name: "たろう", contact_method: "phone", contact_value: "090-1111-2222", created_at: clockNow().toISOString() })
    .returning("id")
    .executeTakeFirstOrThrow();
}

const send = { sendName: false, sendContact: true, sendPreferredTime: false, sendMessage: false, note: "" };

describe("contact requests handled once", () => {
  it("nothing is ticked unless staff tick it: an empty form is refused", () => {
    expect(forwardSchema.safeParse({}).success).toBe(false);
    expect(forwardSchema.safeParse({ sendContact: "on" }).data).toMatchObject({ sendContact: true, sendName: false, resend: false });
  });

  it("refuses a second forward unless もう一度送る is ticked, and the badge counts only open requests", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const { employer, user } = await makeEmployerAccount(db);
    const job = await makeJob(db, { employerId: employer.id });
    const { id } = await request(db, job.id);
    await request(db, job.id);
    expect(await countNewContactRequests(db)).toBe(2);

    expect(await forwardContact(db, staff, id, { ...send, resend: false })).toEqual({ id, employerId: employer.id });
    expect(await countNewContactRequests(db)).toBe(1);
    expect(await forwardContact(db, staff, id, { ...send, resend: false })).toBe("already");
    expect(await db.selectFrom("contact_forwards").select("recipients").where("contact_request_id", "=", id).execute()).toEqual([
      { recipients: user.email },
    ]);
    expect(await db.selectFrom("outbox").select("id").where("to_address", "=", user.email).execute()).toHaveLength(1);

    await forwardContact(db, staff, id, { ...send, resend: true });
    expect(await db.selectFrom("contact_forwards").select("id").where("contact_request_id", "=", id).execute()).toHaveLength(2);
    const audit = await db.selectFrom("audit_log").select(["action", "detail"]).where("entity_type", "=", "contact_request").where("entity_id", "=", String(id)).orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["contact.forward", "contact.forward"]);
    expect(JSON.parse(audit[1]!.detail)).toMatchObject({ resend: true, recipients: [user.email] });
  });

  it("closes a request as 対応済み or 対応できなかった (with a note), once", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const { employer } = await makeEmployerAccount(db);
    const job = await makeJob(db, { employerId: employer.id });
    const a = await request(db, job.id);
    const b = await request(db, job.id);

    expect(contactOutcomeSchema.safeParse({ outcome: "unable", outcomeNote: "" }).error?.issues[0]?.message).toBe("対応できなかったわけを書いてください");
    await closeContact(db, staff, a.id, { outcome: "unable", outcomeNote: "電話がつながらなかった" });
    await closeContact(db, staff, b.id, { outcome: "done", outcomeNote: "" });
    expect(await closeContact(db, staff, b.id, { outcome: "unable", outcomeNote: "x" })).toBeNull();
    const rows = await db.selectFrom("contact_requests").select(["id", "status", "outcome", "outcome_note"]).orderBy("id").execute();
    expect(rows).toEqual([
      { id: a.id, status: "handled", outcome: "unable", outcome_note: "電話がつながらなかった" },
      { id: b.id, status: "handled", outcome: "done", outcome_note: "" },
    ]);
    expect(await countNewContactRequests(db)).toBe(0);
    const actions = await db.selectFrom("audit_log").select("action").where("entity_type", "=", "contact_request").orderBy("id").execute();
    expect(actions.map((r) => r.action)).toEqual(["contact.unable", "contact.done"]);
  });
});
