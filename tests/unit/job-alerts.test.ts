import { describe, expect, it } from "vitest";
import {
  ALERT_LIMITS,
  alertLimitReached,
  confirmAlert,
  countAlertAttempt,
  deleteUnconfirmedAlerts,
  findAlert,
  sendJobAlerts,
  subscribeAlert,
} from "../../app/models/job-alerts.server";
import { makeEmployer, makeJob } from "../factories";
import { testDb } from "../setup/test-db";

const ORIGIN = "https://jobs.example.jp";
const DAY = 24 * 60 * 60 * 1000;

async function confirmed(db: ReturnType<typeof testDb>["db"], email: string, search: string, at: Date) {
  const token = await subscribeAlert(db, email, search, ORIGIN, at);
  const alert = (await findAlert(db, token))!;
  await confirmAlert(db, alert.id, at);
  return { token, id: alert.id };
}

const alertMails = (db: ReturnType<typeof testDb>["db"]) =>
  db.selectFrom("outbox").select(["to_address", "subject", "body", "headers"]).where("subject", "like", "%新しい求人が%").orderBy("id").execute();

describe("new-job alerts", () => {
  it("keeps only a hash of the link's token, and finds the alert by the link", async () => {
    const { db } = testDb();
    const token = await subscribeAlert(db, "a@example.jp", "q=%E4%BB%8B%E8%AD%B7", ORIGIN, new Date("2026-12-01T00:00:00Z"));
    const row = await db.selectFrom("job_alerts").selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(token);
    expect((await findAlert(db, token))?.id).toBe(row.id);
    expect(await findAlert(db, "x".repeat(43))).toBeUndefined();
    const [mail] = await db.selectFrom("outbox").select(["to_address", "body"]).execute();
    expect(mail).toEqual({ to_address: "a@example.jp", body: expect.stringContaining(`${ORIGIN}/alerts/${token}`) });
  });

  it("deletes an unconfirmed alert 7 days after sign-up, not a second earlier, and never a confirmed one", async () => {
    const { db } = testDb();
    const signedUp = new Date("2026-12-01T00:00:00Z");
    await subscribeAlert(db, "old@example.jp", "", ORIGIN, signedUp);
    await subscribeAlert(db, "young@example.jp", "", ORIGIN, new Date(signedUp.getTime() + 1000));
    await confirmed(db, "kept@example.jp", "", signedUp);
    const sevenDays = new Date(signedUp.getTime() + 7 * DAY);
    expect(await deleteUnconfirmedAlerts(db, new Date(sevenDays.getTime() - 1000))).toBe(0);
    expect(await deleteUnconfirmedAlerts(db, sevenDays)).toBe(1);
    const left = await db.selectFrom("job_alerts").select("email").orderBy("email").execute();
    expect(left.map((r) => r.email)).toEqual(["kept@example.jp", "young@example.jp"]);
  });

  it("is throttled per network address (an office may sign up many) and per mail address", async () => {
    const { db } = testDb();
    const now = new Date("2026-12-01T03:00:00Z");
    for (let i = 0; i < ALERT_LIMITS.email.max; i++) await countAlertAttempt(db, `198.51.100.${i}`, "target@example.jp", now);
    expect(await alertLimitReached(db, "198.51.100.99", "target@example.jp", now)).toBe(true);
    expect(await alertLimitReached(db, "198.51.100.99", "other@example.jp", now)).toBe(false);
    for (let i = 0; i < ALERT_LIMITS.address.max; i++) await countAlertAttempt(db, "203.0.113.7", `p${i}@example.jp`, now);
    expect(ALERT_LIMITS.address.max).toBeGreaterThanOrEqual(30);
    expect(await alertLimitReached(db, "203.0.113.7", "new@example.jp", now)).toBe(true);
    expect(await alertLimitReached(db, "203.0.113.7", "new@example.jp", new Date(now.getTime() + ALERT_LIMITS.address.windowMs + 1000))).toBe(false);
  });

  it("mails at most once a Tokyo day the matching postings approved since the last mail", async () => {
    const { db } = testDb();
    const employer = await makeEmployer(db, { ward: "higashi" });
    const day1 = new Date("2026-12-01T01:00:00Z"); // 10:00 in Tokyo
    await makeJob(db, { employerId: employer.id, ward: "higashi", title: "介護 前から", published_at: new Date(day1.getTime() - DAY).toISOString() });
    await confirmed(db, "kaigo@example.jp", "q=%E4%BB%8B%E8%AD%B7&ward=higashi", day1);
    await confirmed(db, "yousetsu@example.jp", "q=%E6%BA%B6%E6%8E%A5", day1);
    await subscribeAlert(db, "never@example.jp", "q=%E4%BB%8B%E8%AD%B7", ORIGIN, day1);

    // Nothing new yet: no mail, and the day is not used up.
    expect(await sendJobAlerts(db, ORIGIN, new Date(day1.getTime() + 60_000))).toBe(0);
    const fresh = await makeJob(db, { employerId: employer.id, ward: "higashi", title: "介護スタッフ", published_at: new Date(day1.getTime() + 2 * 60_000).toISOString() });
    await makeJob(db, { employerId: employer.id, ward: "nishi", title: "介護 西区", published_at: new Date(day1.getTime() + 2 * 60_000).toISOString() });
    const run1 = new Date(day1.getTime() + 10 * 60_000);
    expect(await sendJobAlerts(db, ORIGIN, run1)).toBe(1);
    const mails = await alertMails(db);
    expect(mails.map((m) => m.to_address)).toEqual(["kaigo@example.jp"]);
    expect(mails[0]!.body).toContain(`■ 介護スタッフ（${employer.name}）\n${ORIGIN}/jobs/${fresh.id}`);
    expect(mails[0]!.body).not.toContain("介護 前から");
    expect(mails[0]!.body).not.toContain("介護 西区");
    expect(JSON.parse(mails[0]!.headers)).toEqual({
      "List-Unsubscribe": expect.stringMatching(/^<https:\/\/jobs\.example\.jp\/alerts\/[\w-]{43}\?stop=1>$/),
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });

    // Later the same Tokyo day, with another new posting: nothing.
    const later = await makeJob(db, { employerId: employer.id, ward: "higashi", title: "介護 夕方", published_at: new Date(run1.getTime() + 60_000).toISOString() });
    expect(await sendJobAlerts(db, ORIGIN, new Date("2026-12-01T14:59:00Z"))).toBe(0);
    // The next Tokyo day (from 15:00 UTC): that posting, and only it.
    expect(await sendJobAlerts(db, ORIGIN, new Date("2026-12-01T15:00:00Z"))).toBe(1);
    const second = (await alertMails(db))[1]!;
    expect(second.body).toContain(`${ORIGIN}/jobs/${later.id}`);
    expect(second.body).not.toContain(`${ORIGIN}/jobs/${fresh.id}`);
  });
});
