import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { createSession, validateSessionToken } from "../../app/auth/session.server";
import { resubmitEmployer } from "../../app/models/employer-profile.server";
import { saveJob } from "../../app/models/employer-jobs.server";
import { jobToInput, loadOffenceRules } from "../../app/models/job-postings.server";
import { countQueue, decideEmployer, decideEvent, decideJob, listQueue } from "../../app/models/review.server";
import type { Database } from "../../db/types";
import { makeEmployerAccount, makeEvent, makeJob, makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

// 差し戻し and 不承認 are two different answers: the first asks for corrections and takes
// the corrected item back into the queue; the second is final. Each has its own mail.

const outboxTo = (db: Kysely<Database>, to: string) =>
  db.selectFrom("outbox").selectAll().where("to_address", "=", to).orderBy("id").execute();
const actions = async (db: Kysely<Database>, type: string, id: number) =>
  (await db.selectFrom("audit_log").select("action").where("entity_type", "=", type).where("entity_id", "=", String(id)).orderBy("id").execute()).map(
    (a) => a.action,
  );

async function setup() {
  const { db } = testDb();
  const staff = await makeStaff(db);
  return { db, actor: { id: staff.id, email: staff.email } };
}

describe("an employer's application", () => {
  it("sent back: stays pending out of the queue, keeps its sessions, gets the reasons; resubmitting puts it back", async () => {
    const { db, actor } = await setup();
    const { employer, user } = await makeEmployerAccount(db, { employer: { status: "pending" } });
    const { token } = await createSession(db, user.id);
    const before = await countQueue(db);
    expect(await decideEmployer(db, actor, employer.id, "sendBack", "所在地の番地が抜けています")).toBeTruthy();
    const row = await db.selectFrom("employers").selectAll().where("id", "=", employer.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "pending", status_reason: "所在地の番地が抜けています" });
    expect(row.sent_back_at).not.toBeNull();
    expect(await validateSessionToken(db, token)).not.toBeNull();
    expect(await countQueue(db)).toBe(before - 1);
    expect((await listQueue(db)).some((e) => e.kind === "employer" && e.id === employer.id)).toBe(false);
    const [mail] = await outboxTo(db, user.email);
    expect(mail.subject).toBe("【熊本市 協力雇用主 求人サイト】利用のお申し込みを差し戻しました（直してください）");
    expect(mail.body).toContain("所在地の番地が抜けています");
    expect(mail.body).toContain("もう一度審査を頼む");
    // Sent back twice at the same moment: the second does nothing.
    expect(await decideEmployer(db, actor, employer.id, "sendBack", "二度目")).toBeNull();

    const employerActor = { id: user.id, email: user.email, employerId: employer.id };
    expect(await resubmitEmployer(db, employerActor, "https://example.jp/staff")).toBe(true);
    expect(await resubmitEmployer(db, employerActor, "https://example.jp/staff")).toBe(false);
    expect((await listQueue(db)).some((e) => e.kind === "employer" && e.id === employer.id)).toBe(true);
    expect(await actions(db, "employer", employer.id)).toEqual(["employer.send_back", "employer.resubmit"]);

    expect(await decideEmployer(db, actor, employer.id, "approve")).toBeTruthy();
    const approved = await db.selectFrom("employers").selectAll().where("id", "=", employer.id).executeTakeFirstOrThrow();
    expect(approved).toMatchObject({ status: "approved", sent_back_at: null });
  });

  it("refused: final, sessions ended, its own mail saying whom to call", async () => {
    const { db, actor } = await setup();
    const { employer, user } = await makeEmployerAccount(db, { employer: { status: "pending" } });
    const { token } = await createSession(db, user.id);
    expect(await decideEmployer(db, actor, employer.id, "refuse", "事業の実態を確認できませんでした")).toBeTruthy();
    expect(await db.selectFrom("employers").select(["status", "status_reason"]).where("id", "=", employer.id).executeTakeFirstOrThrow()).toEqual({
      status: "rejected",
      status_reason: "事業の実態を確認できませんでした",
    });
    expect(await validateSessionToken(db, token)).toBeNull();
    const [mail] = await outboxTo(db, user.email);
    expect(mail.subject).toBe("【熊本市 協力雇用主 求人サイト】利用のお申し込みは承認されませんでした（不承認）");
    expect(mail.body).toContain("この決定は最終のものです");
    expect(mail.body).toContain("生活安全課");
    expect(await resubmitEmployer(db, { id: user.id, email: user.email, employerId: employer.id }, "x")).toBe(false);
    expect(await actions(db, "employer", employer.id)).toEqual(["employer.rejected"]);
  });
});

describe("a posting and an event", () => {
  it("a sent-back posting can be corrected and sent again; a refused one cannot", async () => {
    const { db, actor } = await setup();
    const { employer, user } = await makeEmployerAccount(db);
    const back = await makeJob(db, { employerId: employer.id, status: "pending", title: "左官 見習い" });
    const refused = await makeJob(db, { employerId: employer.id, status: "pending", title: "解体作業" });
    await decideJob(db, actor, back.id, "sendBack", "仕事の内容をくわしく書いてください");
    await decideJob(db, actor, refused.id, "refuse", "募集の内容が法令に合いません");
    const mails = await outboxTo(db, user.email);
    expect(mails.map((m) => m.subject)).toEqual([
      "【熊本市 協力雇用主 求人サイト】求人を差し戻しました",
      "【熊本市 協力雇用主 求人サイト】求人「解体作業」は掲載できません（不承認）",
    ]);
    expect(mails[1].body).toContain("募集の内容が法令に合いません");
    expect(await actions(db, "job", back.id)).toEqual(["job.send_back"]);
    expect(await actions(db, "job", refused.id)).toEqual(["job.refuse"]);

    const employerActor = { id: user.id, email: user.email, employerId: employer.id, companyName: employer.name, staffLink: "x" };
    const input = async (id: number) => jobToInput((await db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow()), await loadOffenceRules(db, id));
    expect(await saveJob(db, employerActor, back.id, await input(back.id), "submit")).toBe("submitted");
    expect(await saveJob(db, employerActor, refused.id, await input(refused.id), "submit")).toBe("ended");
    const rows = await db.selectFrom("jobs").select(["id", "status"]).where("id", "in", [back.id, refused.id]).orderBy("id").execute();
    expect(rows).toEqual([
      { id: back.id, status: "pending" },
      { id: refused.id, status: "rejected" },
    ]);
  });

  it("an employer's event: sent back or refused, each with its own mail, neither public", async () => {
    const { db, actor } = await setup();
    const { employer, user } = await makeEmployerAccount(db);
    const a = await makeEvent(db, { status: "pending", organizer_employer_id: employer.id, title: "見学会A" });
    const b = await makeEvent(db, { status: "pending", organizer_employer_id: employer.id, title: "見学会B" });
    await decideEvent(db, actor, a.id, "sendBack", "集合場所を書いてください");
    await decideEvent(db, actor, b.id, "refuse", "市の事業として開けない内容です");
    const rows = await db.selectFrom("events").select(["status", "refused_at"]).where("id", "in", [a.id, b.id]).orderBy("id").execute();
    expect(rows[0]).toEqual({ status: "rejected", refused_at: null });
    expect(rows[1].status).toBe("rejected");
    expect(rows[1].refused_at).not.toBeNull();
    const subjects = (await outboxTo(db, user.email)).map((m) => m.subject);
    expect(subjects).toEqual([
      "【熊本市 協力雇用主 求人サイト】セミナー・見学会を差し戻しました",
      "【熊本市 協力雇用主 求人サイト】セミナー・見学会「見学会B」は掲載できません（不承認）",
    ]);
    expect(await actions(db, "event", a.id)).toEqual(["event.send_back"]);
    expect(await actions(db, "event", b.id)).toEqual(["event.refuse"]);
  });
});
