import { describe, expect, it } from "vitest";
import { SIGNUPS_PER_CLIENT, SIGNUPS_PER_HOUR, submitEmployerSignup } from "../../app/models/signup.server";
import { signupSchema } from "../../app/schemas/auth";
import { makeEmployerAccount, makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

const ORIGIN = "https://jobs.example.jp";

function form(email: string, name = "株式会社 テスト（架空）") {
  return signupSchema.parse({
    name,
    nameKana: "てすと",
    industry: "construction",
    address: "熊本市中央区手取本町1-1",
    ward: "chuo",
    contactName: "熊本 花子",
    phone: "096-000-1234",
    registration: "registered",
    email,
    password: "a-good-password",
    confirm: "a-good-password",
    agree: "on",
  });
}

describe("employer sign-up", () => {
  it("a new address: a pending company and account, a mail to it and to every staff account", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const outcome = await submitEmployerSignup(db, form("new@example.jp"), { client: "203.0.113.1", origin: ORIGIN });
    expect(outcome).toBe("received");
    const user = await db
      .selectFrom("users")
      .innerJoin("employers", "employers.id", "users.employer_id")
      .select(["users.role", "employers.status"])
      .where("users.email", "=", "new@example.jp")
      .executeTakeFirstOrThrow();
    expect(user).toEqual({ role: "employer", status: "pending" });
    const mails = await db.selectFrom("outbox").select(["to_address", "subject", "body"]).orderBy("id").execute();
    expect(mails.map((m) => m.to_address)).toEqual(["new@example.jp", staff.email]);
    expect(mails[0].subject).toContain("利用のお申し込みを受け付けました");
    expect(mails[0].body).toContain(`${ORIGIN}/login`);
  });

  it("an address with an account: the same outcome, nothing made, a mail to that address only", async () => {
    const { db } = testDb();
    await makeStaff(db);
    const { user } = await makeEmployerAccount(db, { email: "owner@example.jp" });
    const before = await db.selectFrom("users").select(["id", "password_hash", "employer_id"]).orderBy("id").execute();
    const employers = await db.selectFrom("employers").select("id").execute();

    const outcome = await submitEmployerSignup(db, form(" Owner@Example.jp ", "乗っ取り 株式会社"), { client: "203.0.113.1", origin: ORIGIN });
    expect(outcome).toBe("received");
    expect(await db.selectFrom("users").select(["id", "password_hash", "employer_id"]).orderBy("id").execute()).toEqual(before);
    expect(await db.selectFrom("employers").select("id").execute()).toEqual(employers);
    const mails = await db.selectFrom("outbox").select(["to_address", "subject", "body"]).execute();
    expect(mails).toHaveLength(1);
    expect(mails[0].to_address).toBe(user.email);
    expect(mails[0].body).toContain("すでにアカウントがあります");
    expect(mails[0].body).toContain(`${ORIGIN}/password/forgot`);
    expect(await db.selectFrom("audit_log").select("id").where("action", "=", "employer.signup").execute()).toEqual([]);
  });

  it("one client address: five an hour, then refused with nothing made", async () => {
    const { db } = testDb();
    const now = new Date("2026-12-02T10:00:00Z");
    const outcomes = [];
    for (let i = 0; i < 7; i++) {
      outcomes.push(await submitEmployerSignup(db, form(`flood${i}@example.jp`), { client: "198.51.100.7", origin: ORIGIN }, now));
    }
    expect(outcomes).toEqual([...Array(SIGNUPS_PER_CLIENT).fill("received"), "throttled", "throttled"]);
    expect(await db.selectFrom("users").select("id").where("email", "like", "flood%").execute()).toHaveLength(SIGNUPS_PER_CLIENT);
  });

  it("the whole site: thirty an hour from any number of addresses", async () => {
    const { db } = testDb();
    const now = new Date("2026-12-02T10:00:00Z");
    let received = 0;
    for (let i = 0; i < SIGNUPS_PER_HOUR + 2; i++) {
      const outcome = await submitEmployerSignup(db, form(`many${i}@example.jp`), { client: `198.51.100.${i}`, origin: ORIGIN }, now);
      if (outcome === "received") received++;
    }
    expect(received).toBe(SIGNUPS_PER_HOUR);
    const later = new Date(now.getTime() + 61 * 60 * 1000);
    expect(await submitEmployerSignup(db, form("later@example.jp"), { client: "203.0.113.9", origin: ORIGIN }, later)).toBe("received");
    // Argon2 hashing of 31 passwords on a small machine.
  }, 60_000);
});
