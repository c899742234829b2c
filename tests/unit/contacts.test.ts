import { describe, expect, it } from "vitest";
import {
  BURST_NOTICE_GAP_MS,
  CONTACT_LIMITS,
  contactLimitReached,
  countContactAttempt,
  createContactRequest,
  noticeContactBurst,
} from "../../app/models/contacts.server";
import { deleteOldContactRequests } from "../../app/models/maintenance.server";
import { issueReceipt, RECEIPT_LIFETIME_MS, receiptIsValid } from "../../app/models/sent-receipts.server";
import { contactSchema, PREFERRED_TIMES } from "../../app/schemas/contact";
import { makeEmployer, makeJob, makeStaff } from "../factories";
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

  it("lets a shared office network send 30 an hour to different postings, then holds the 31st", async () => {
    const { db } = testDb();
    const now = new Date("2026-12-01T03:00:00Z");
    const office = (jobId: number) => ({ address: "203.0.113.5", jobId, message: "" });
    for (let jobId = 1; jobId <= CONTACT_LIMITS.address.max; jobId++) {
      expect(await contactLimitReached(db, office(jobId), now)).toBeNull();
      await countContactAttempt(db, office(jobId), now);
    }
    expect(CONTACT_LIMITS.address.max).toBeGreaterThanOrEqual(30);
    expect(await contactLimitReached(db, office(99), now)).toBe("address");
    expect(await contactLimitReached(db, { address: "203.0.113.6", jobId: 99 }, now)).toBeNull();
    const later = new Date(now.getTime() + CONTACT_LIMITS.address.windowMs + 1000);
    expect(await contactLimitReached(db, office(99), later)).toBeNull();
    // Only a hash of the address is kept.
    const keys = await db.selectFrom("rate_limit_hits").select("key_hash").execute();
    expect(keys.every((k) => !k.key_hash.includes("203.0.113"))).toBe(true);
  });

  it("holds a fourth request to the same posting from one address, not one to another posting", async () => {
    const { db } = testDb();
    const now = new Date("2026-12-01T03:00:00Z");
    for (let i = 0; i < CONTACT_LIMITS.addressJob.max; i++) {
      await countContactAttempt(db, { address: "198.51.100.1", jobId: 7, message: `見学 ${i}` }, now);
    }
    expect(await contactLimitReached(db, { address: "198.51.100.1", jobId: 7, message: "もう一度" }, now)).toBe("addressJob");
    expect(await contactLimitReached(db, { address: "198.51.100.1", jobId: 8, message: "もう一度" }, now)).toBeNull();
    expect(await contactLimitReached(db, { address: "198.51.100.2", jobId: 7, message: "もう一度" }, now)).toBeNull();
  });

  it("holds the same words sent many times from anywhere, and never counts an empty message", async () => {
    const { db } = testDb();
    const now = new Date("2026-12-01T03:00:00Z");
    for (let i = 0; i < CONTACT_LIMITS.content.max; i++) {
      await countContactAttempt(db, { address: `192.0.2.${i}`, jobId: i, message: "今すぐ  稼げる http://spam.example" }, now);
      await countContactAttempt(db, { address: `192.0.2.${i}`, jobId: i, message: "" }, now);
    }
    const again = { address: "192.0.2.200", jobId: 50, message: "今すぐ 稼げる http://spam.example " };
    expect(await contactLimitReached(db, again, now)).toBe("content");
    expect(await contactLimitReached(db, { ...again, message: "" }, now)).toBeNull();
    expect(await contactLimitReached(db, { ...again, message: "見学したいです" }, now)).toBeNull();
  });

  it("tells staff of a burst by one mail each, not one per refusal", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const now = new Date("2026-12-01T03:00:00Z");
    expect(await noticeContactBurst(db, "address", "https://jobs.example.jp/staff/contacts", now)).toBe(true);
    const soon = new Date(now.getTime() + 60 * 60 * 1000);
    expect(await noticeContactBurst(db, "content", "https://jobs.example.jp/staff/contacts", soon)).toBe(false);
    const mails = await db.selectFrom("outbox").select(["to_address", "subject", "body"]).execute();
    expect(mails).toEqual([
      expect.objectContaining({ to_address: staff.email, subject: "【熊本市 協力雇用主 求人サイト】連絡のお願いを止めています" }),
    ]);
    expect(mails[0]!.body).toContain("https://jobs.example.jp/staff/contacts");
    const nextBurst = new Date(now.getTime() + BURST_NOTICE_GAP_MS + 1000);
    expect(await noticeContactBurst(db, "address", "https://jobs.example.jp/staff/contacts", nextBurst)).toBe(true);
  });

  it("offers only times when the office is open (it closes at 17:15)", () => {
    expect(Object.values(PREFERRED_TIMES)).toEqual(["いつでもよい", "平日の午前（9時〜12時）", "平日の午後（13時〜17時）"]);
    expect(parse({ name: "たろう", phone: "090-1234-5678", preferredTime: "evening" }).ok).toBe(false);
  });

  it("says 「送信しました」 only with a fresh receipt for that posting", async () => {
    const { db } = testDb();
    const now = new Date("2026-12-01T03:00:00Z");
    const receipt = await issueReceipt(db, "contact:5", now);
    expect(await receiptIsValid(db, "contact:5", receipt, now)).toBe(true);
    expect(await receiptIsValid(db, "contact:6", receipt, now)).toBe(false);
    expect(await receiptIsValid(db, "contact:5", "1", now)).toBe(false);
    expect(await receiptIsValid(db, "contact:5", null, now)).toBe(false);
    const late = new Date(now.getTime() + RECEIPT_LIFETIME_MS + 1000);
    expect(await receiptIsValid(db, "contact:5", receipt, late)).toBe(false);
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
