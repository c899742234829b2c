import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatJobValue, jobFieldLabel } from "../../app/components/staff/job-input";
import { contactForwardMail, eventDecisionMail, jobDecisionMail, staffSentResetMail } from "../../app/models/mails.server";
import { diffJobInputs } from "../../app/models/review.server";
import { sendEmployerPasswordReset } from "../../app/models/staff-employers.server";
import { listEmployersForStaff } from "../../app/models/staff-employers.server";
import { listJobsForStaff } from "../../app/models/staff-jobs.server";
import { listEmployerAccounts } from "../../app/models/users.server";
import { employerProfileFields } from "../../app/schemas/auth";
import type { JobInput } from "../../app/schemas/job";
import { makeEmployer, makeEmployerAccount, makeJob, makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

function appSources(dir = path.resolve("app")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? appSources(full) : /\.tsx?$/.test(d.name) ? [full] : [];
  });
}

describe("wording", () => {
  it("says 罪名 (never 罪状) and 代表者 (never 社長) anywhere people read", () => {
    expect(jobFieldLabel("offence_theft")).toBe("罪名: 窃盗");
    for (const file of appSources()) {
      const text = fs.readFileSync(file, "utf8");
      expect(text.includes("罪状"), file).toBe(false);
      expect(text.includes("社長"), file).toBe(false);
    }
  });

  it("shows no bare path as a message: a link in words instead", () => {
    for (const file of appSources()) {
      const text = fs.readFileSync(file, "utf8");
      expect(/"[^"]*\/events に表示/.test(text), file).toBe(false);
    }
  });

  it("lists a revision's changes in the form's order, with pay as 時給/日給/月給", () => {
    const current = { end_date: "2027-01-01", title: "清掃", pay_min: 1000, pay_unit: "hour" } as unknown as JobInput;
    const proposed = { end_date: "2027-02-01", title: "清掃スタッフ", pay_min: 9000, pay_unit: "day" } as unknown as JobInput;
    const changes = diffJobInputs(current, proposed);
    expect(changes.map((c) => c.field)).toEqual(["title", "pay_unit", "pay_min", "end_date"]);
    const pay = changes.find((c) => c.field === "pay_min")!;
    expect(formatJobValue(pay.field, pay.before, pay.units?.before)).toBe("時給 1,000円");
    expect(formatJobValue(pay.field, pay.after, pay.units?.after)).toBe("日給 9,000円");
  });

  it("accepts a full-width postal code and stores it half-width", () => {
    expect(employerProfileFields.postalCode.parse("〒８６０−０００１")).toBe("860-0001");
    expect(employerProfileFields.postalCode.parse("８６０ー０００１")).toBe("860-0001");
    expect(employerProfileFields.postalCode.safeParse("８６０").success).toBe(false);
  });

  it("names the addressee in mails about postings, events and contacts", () => {
    const to = "a@example.jp";
    const who = "社会福祉法人 しらかわ会 山田 様";
    expect(jobDecisionMail(to, "介護", "posting", true, "", who).body.split("\n")[0]).toBe(who);
    expect(eventDecisionMail(to, "見学会", "approved", "", who).body.split("\n")[0]).toBe(who);
    expect(contactForwardMail(to, "介護", "電話: 090", who).body.split("\n")[0]).toBe(who);
  });

  it("sends a staff-sent reset link with its own words, to the named account", async () => {
    const mail = staffSentResetMail("a@example.jp", "株式会社 くまもと 様", "https://x/password/reset/t");
    expect(mail.body).toContain("職員が");
    expect(mail.body).not.toContain("お申し込み");
    expect(mail.body).not.toContain("無視");

    const { db } = testDb();
    const staff = await makeStaff(db);
    const { employer, user } = await makeEmployerAccount(db);
    await sendEmployerPasswordReset(db, staff, { employerId: employer.id, userId: user.id, origin: "https://jobs.example.jp" });
    const [sent] = await db.selectFrom("outbox").select("body").where("to_address", "=", user.email).execute();
    expect(sent!.body.split("\n")[0]).toContain(employer.name);
    expect(sent!.body).not.toContain("お申し込みを受け付けました");
  });

  it("finds しらかわ when シラカワ is typed in staff searches, and the other way round", async () => {
    const { db } = testDb();
    const hira = await makeEmployer(db, { name: "しらかわ建設" });
    const kata = await makeEmployer(db, { name: "ヤツシロ運輸" });
    await makeJob(db, { employerId: hira.id, title: "型枠大工" });
    await makeEmployerAccount(db, { employer: { name: "ミナミ清掃" } });
    expect((await listEmployersForStaff(db, { q: "シラカワ" })).rows.map((e) => e.id)).toEqual([hira.id]);
    expect((await listEmployersForStaff(db, { q: "やつしろ" })).rows.map((e) => e.id)).toEqual([kata.id]);
    expect((await listEmployersForStaff(db, { q: "ｼﾗｶﾜ" })).rows.map((e) => e.id)).toEqual([hira.id]);
    expect((await listJobsForStaff(db, { q: "シラカワ" })).rows.map((j) => j.title)).toEqual(["型枠大工"]);
    expect((await listEmployerAccounts(db, "みなみ")).map((u) => u.employer_name)).toEqual(["ミナミ清掃"]);
  });
});
