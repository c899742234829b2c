import { describe, expect, it } from "vitest";
import { profileToInput, updateEmployerProfile } from "../../app/models/employer-profile.server";
import { employerProfileSchema } from "../../app/schemas/employer";
import { makeEmployerAccount, makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

async function setup(status: "approved" | "pending") {
  const { db } = testDb();
  const staff = await makeStaff(db);
  const { employer, user } = await makeEmployerAccount(db, { employer: { status, name_kana: "ひごけんせつ" } });
  const actor = { id: user.id, email: user.email, employerId: employer.id };
  const form = (changes: Record<string, string>) =>
    employerProfileSchema.parse({
      ...Object.fromEntries(Object.entries(profileToInput(employer)).map(([k, v]) => [k, v === null ? "" : String(v)])),
      ...changes,
    });
  return { db, staff, employer, actor, form };
}

describe("company profile changes", () => {
  it("apply at once for an approved employer, with the old values audited and staff told", async () => {
    const { db, staff, employer, actor, form } = await setup("approved");
    const changed = await updateEmployerProfile(db, actor, form({ phone: "096-111-2222", registration: "in_progress" }), "http://x/staff");
    expect(changed).toEqual(["電話番号", "協力雇用主の登録"]);
    const after = await db.selectFrom("employers").selectAll().where("id", "=", employer.id).executeTakeFirstOrThrow();
    expect(after).toMatchObject({ phone: "096-111-2222", registration: "in_progress", registration_confirmed_at: null, status: "approved" });
    const audit = await db.selectFrom("audit_log").selectAll().where("action", "=", "employer.profile_update").executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail).phone).toEqual({ from: employer.phone, to: "096-111-2222" });
    const mail = await db.selectFrom("outbox").select("body").where("to_address", "=", staff.email).executeTakeFirstOrThrow();
    expect(mail.body).toContain("変わった項目: 電話番号、協力雇用主の登録");
  });

  it("saving without a change writes nothing", async () => {
    const { db, actor, form } = await setup("approved");
    expect(await updateEmployerProfile(db, actor, form({}), "http://x/staff")).toEqual([]);
    expect(await db.selectFrom("audit_log").select("id").execute()).toHaveLength(0);
    expect(await db.selectFrom("outbox").select("id").execute()).toHaveLength(0);
  });

  it("a pending employer's change is saved without a notice (staff read it when they review)", async () => {
    const { db, employer, actor, form } = await setup("pending");
    await updateEmployerProfile(db, actor, form({ name: "新しい会社名（架空）" }), "http://x/staff");
    const after = await db.selectFrom("employers").select("name").where("id", "=", employer.id).executeTakeFirstOrThrow();
    expect(after.name).toBe("新しい会社名（架空）");
    expect(await db.selectFrom("outbox").select("id").execute()).toHaveLength(0);
  });
});
