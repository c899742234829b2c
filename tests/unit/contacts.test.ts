import { describe, expect, it } from "vitest";
import { CONTACT_LIMIT, contactLimitReached, countContactAttempt, createContactRequest } from "../../app/models/contacts.server";
import { deleteOldContactRequests } from "../../app/models/maintenance.server";
import { contactSchema } from "../../app/schemas/contact";
import { makeEmployer, makeJob } from "../factories";
import { testDb } from "../setup/test-db";

function parse(values: Record<string, string>) {
  const result = contactSchema.safeParse(values);
  return result.success
    ? { ok: true as const, data: result.data }
    : { ok: false as const, errors: Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message])) };
}

describe("contact request form", () => {
  it("needs a name and one way to reach the person, in Japanese", () => {
    expect(parse({ name: "", phone: "", email: "" })).toEqual({
      ok: false,
      errors: {
        name: "お名前（ニックネームでもかまいません）を入力してください",
        phone: "電話番号かメールアドレスの、どちらかを書いてください",
      },
    });
    expect(parse({ name: "たろう", phone: "", email: "" })).toEqual({
      ok: false,
      errors: { phone: "電話番号かメールアドレスの、どちらかを書いてください" },
    });
    expect(parse({ name: "たろう", phone: "0120", email: "x@" }).ok).toBe(false);
  });

  it("accepts full-width digits and keeps only what was given", () => {
    const parsed = parse({ name: " たろう ", phone: "０９０ー１２３４ー５６７８", email: "", preferredTime: "", message: "" });
    expect(parsed).toEqual({
      ok: true,
      data: { name: "たろう", phone: "090-1234-5678", email: "", preferredTime: "any", message: "" },
    });
  });
});

describe("contact requests", () => {
  it("stores one way to reach the person, preferring the phone", async () => {
    const { db } = testDb();
    const employer = await makeEmployer(db);
    const job = await makeJob(db, { employerId: employer.id });
    const input = { name: "たろう", phone: "090-1234-5678", email: "taro@example.jp", preferredTime: "morning" as const, message: "見学したい" };
    await createContactRequest(db, job.id, input);
    const row = await db.selectFrom("contact_requests").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      job_id: job.id,
      name: "たろう",
      contact_method: "phone",
      contact_value: "090-1234-5678",
      preferred_time: "平日の午前（9時〜12時）",
      status: "new",
    });
    expect(JSON.stringify(row)).not.toContain("taro@example.jp");
  });

  it("limits each address, and only that address", async () => {
    const { db } = testDb();
    const now = new Date("2026-12-01T03:00:00Z");
    for (let i = 0; i < CONTACT_LIMIT.max; i++) {
      expect(await contactLimitReached(db, "203.0.113.5", now)).toBe(false);
      await countContactAttempt(db, "203.0.113.5", now);
    }
    expect(await contactLimitReached(db, "203.0.113.5", now)).toBe(true);
    expect(await contactLimitReached(db, "203.0.113.6", now)).toBe(false);
    const later = new Date(now.getTime() + CONTACT_LIMIT.windowMs + 1000);
    expect(await contactLimitReached(db, "203.0.113.5", later)).toBe(false);
    // Only a hash of the address is kept.
    const keys = await db.selectFrom("rate_limit_hits").select("key_hash").execute();
    expect(keys.every((k) => !k.key_hash.includes("203.0.113"))).toBe(true);
  });

  it("is deleted by the periodic maintenance after the retention period", async () => {
    const { db } = testDb();
    const employer = await makeEmployer(db);
    const job = await makeJob(db, { employerId: employer.id });
    const input = { name: "たろう", phone: "", email: "taro@example.jp", preferredTime: "any" as const, message: "" };
    await createContactRequest(db, job.id, input, new Date("2026-08-01T00:00:00Z"));
    await createContactRequest(db, job.id, input, new Date("2026-10-01T00:00:00Z"));
    const removed = await deleteOldContactRequests(db, new Date("2026-11-15T00:00:00Z"), 90);
    expect(removed).toBe(1);
    const left = await db.selectFrom("contact_requests").select(["created_at", "contact_method"]).execute();
    expect(left).toEqual([{ created_at: "2026-10-01T00:00:00.000Z", contact_method: "email" }]);
  });
});
