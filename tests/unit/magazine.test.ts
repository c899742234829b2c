import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  createIssue,
  findIssue,
  findReadableIssue,
  issueItems,
  publishIssue,
  updateIssue,
} from "../../app/models/magazine.server";
import { addItems, moveItem, removeItem, setOrderMode } from "../../app/models/magazine-items.server";
import { changeHelpEntry, listHelpEntries } from "../../app/models/help-entries.server";
import { issueHelp } from "../../app/models/magazine-help.server";
import { ensureIssuePdf, issuePdfState } from "../../app/models/pdf.server";
import { magazineIssueSchema } from "../../app/schemas/magazine";
import { makeEmployer, makeJob, makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

const input = { number: 3, title: "試験の号", issueDate: "2026-12-01", coverText: "表紙", editorNote: "はじめに" };

async function setUp() {
  const { db } = testDb();
  const staff = await makeStaff(db);
  const actor = { id: staff.id, email: staff.email };
  const higashi = await makeEmployer(db, { industry: "care", ward: "higashi", name: "東の介護会社" });
  const chuo = await makeEmployer(db, { industry: "construction", ward: "chuo", name: "中央の建設会社" });
  const care = await makeJob(db, { employerId: higashi.id, title: "介護スタッフ", offences: { sexual: "no" } });
  const build = await makeJob(db, { employerId: chuo.id, title: "建設作業員" });
  const created = await createIssue(db, actor, input);
  if (!created.ok) throw new Error("issue not created");
  return { db, actor, issueId: created.id, care, build, chuo };
}

async function auditActions(db: Awaited<ReturnType<typeof setUp>>["db"], issueId: number) {
  const rows = await db
    .selectFrom("audit_log")
    .select("action")
    .where("entity_type", "=", "magazine_issue")
    .where("entity_id", "=", String(issueId))
    .orderBy("id")
    .execute();
  return rows.map((r) => r.action);
}

describe("building an issue", () => {
  it("orders by industry, by ward or by hand, with one audit entry per change", async () => {
    const { db, actor, issueId, care, build } = await setUp();
    expect(await addItems(db, actor, issueId, [care.id, build.id, care.id])).toBe(2);
    const titles = async () => (await issueItems(db, { id: issueId, status: "draft" })).map((i) => i.job.title);
    expect(await titles()).toEqual(["建設作業員", "介護スタッフ"]);
    await setOrderMode(db, actor, issueId, "ward");
    expect(await titles()).toEqual(["建設作業員", "介護スタッフ"]);
    const [first] = await issueItems(db, { id: issueId, status: "draft" });
    await moveItem(db, actor, issueId, first.itemId, "down");
    expect(await titles()).toEqual(["介護スタッフ", "建設作業員"]);
    expect((await findIssue(db, issueId))?.order_mode).toBe("manual");
    await removeItem(db, actor, issueId, first.itemId);
    expect(await titles()).toEqual(["介護スタッフ"]);
    expect(await auditActions(db, issueId)).toEqual([
      "magazine.create",
      "magazine.items.add",
      "magazine.reorder",
      "magazine.reorder",
      "magazine.items.remove",
    ]);
  });

  it("refuses a number already used, and postings the public cannot see", async () => {
    const { db, actor, issueId, chuo } = await setUp();
    expect(await createIssue(db, actor, input)).toEqual({ ok: false, error: "number-taken" });
    const draftJob = await makeJob(db, { employerId: chuo.id, status: "draft" });
    expect(await addItems(db, actor, issueId, [draftJob.id])).toBe(0);
    expect(await auditActions(db, issueId)).toEqual(["magazine.create"]);
  });

  it("checks the issue form in Japanese", () => {
    const result = magazineIssueSchema.safeParse({ number: "０", title: "", issueDate: "12/1" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toEqual({
      number: "号数は1以上にしてください",
      title: "題名を入力してください",
      issueDate: "発行日は 2026-12-31 の形で入力してください",
    });
    expect(magazineIssueSchema.parse({ ...input, number: "１２" }).number).toBe(12);
    expect(magazineIssueSchema.safeParse({ ...input, number: "1", issueDate: "2026-02-30" }).success).toBe(false);
  });
});

describe("publishing", () => {
  it("refuses an empty issue and one with a posting that has ended", async () => {
    const { db, actor, issueId, care } = await setUp();
    expect(await publishIssue(db, actor, issueId)).toEqual({ ok: false, error: "empty" });
    await addItems(db, actor, issueId, [care.id]);
    await db.updateTable("jobs").set({ status: "filled" }).where("id", "=", care.id).execute();
    expect(await publishIssue(db, actor, issueId)).toEqual({ ok: false, error: "ended", titles: ["介護スタッフ"] });
    expect((await findIssue(db, issueId))?.status).toBe("draft");
  });

  it("freezes the help list: a later change of /help shows on a draft, not on the published issue", async () => {
    const { db, actor, issueId, care } = await setUp();
    await addItems(db, actor, issueId, [care.id]);
    const [first] = await listHelpEntries(db);
    const change = { section: first.section, body: first.body, url: "", position: first.position, example: false };
    await changeHelpEntry(db, actor, first.id, { ...change, name: "公開前の名前", contact: "電話 096-111-1111" });
    expect(await publishIssue(db, actor, issueId)).toEqual({ ok: true });
    const draft = await createIssue(db, actor, { ...input, number: 4 });
    if (!draft.ok) throw new Error("draft not created");

    await changeHelpEntry(db, actor, first.id, { ...change, name: "公開後の名前", contact: "電話 096-999-9999" });
    const published = (await findIssue(db, issueId))!;
    const frozen = await issueHelp(db, published);
    expect(frozen).toHaveLength((await listHelpEntries(db)).length);
    expect(frozen[0]).toMatchObject({ name: "公開前の名前", contact: "電話 096-111-1111", isExample: false });
    expect((await issueHelp(db, (await findIssue(db, draft.id))!))[0]).toMatchObject({ name: "公開後の名前", contact: "電話 096-999-9999" });
    // An issue published before issues kept a help list prints none, as it did then.
    expect(await issueHelp(db, { ...published, help_snapshot: null })).toEqual([]);
  });

  it("freezes postings and employers: later edits, closing or deleting change nothing", async () => {
    const { db, actor, issueId, care, build, chuo } = await setUp();
    await addItems(db, actor, issueId, [care.id, build.id]);
    expect(await publishIssue(db, actor, issueId)).toEqual({ ok: true });
    const before = await issueItems(db, { id: issueId, status: "published" });

    await db.updateTable("jobs").set({ title: "変えた職種", pay_min: 1 }).where("id", "=", build.id).execute();
    await db.updateTable("employers").set({ name: "変えた会社" }).where("id", "=", chuo.id).execute();
    await db.updateTable("job_offence_rules").set({ acceptance: "ok" }).where("job_id", "=", care.id).execute();
    await db.updateTable("jobs").set({ status: "closed" }).where("id", "=", care.id).execute();

    const after = await issueItems(db, { id: issueId, status: "published" });
    expect(after.map((i) => i.job)).toEqual(before.map((i) => i.job));
    expect(after.map((i) => [i.job.title, i.job.employer.name, i.open])).toEqual([
      ["建設作業員", "中央の建設会社", true],
      ["介護スタッフ", "東の介護会社", false],
    ]);
    expect(after[1].job.offences.sexual).toBe("no");

    // A published issue takes no more changes.
    expect(await addItems(db, actor, issueId, [care.id])).toBeNull();
    expect(await updateIssue(db, actor, issueId, input)).toEqual({ ok: false, error: "not-draft" });
    expect(await publishIssue(db, actor, issueId)).toEqual({ ok: false, error: "not-draft" });
    expect((await auditActions(db, issueId)).filter((a) => a === "magazine.publish")).toHaveLength(1);
  });

  it("shows a draft to staff only", async () => {
    const { db, issueId } = await setUp();
    expect(await findReadableIssue(db, "3", false)).toBeUndefined();
    expect((await findReadableIssue(db, "3", true))?.id).toBe(issueId);
    expect(await findReadableIssue(db, "3.pdf", true)).toBeUndefined();
  });
});

describe("the PDF", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it("without Chromium the issue stays published and the reason is given", async () => {
    const { db, actor, issueId, care } = await setUp();
    await addItems(db, actor, issueId, [care.id]);
    await publishIssue(db, actor, issueId);
    process.env.CHROMIUM_PATH = "/nonexistent";
    process.env.PDF_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "pdf-"));
    const issue = (await findIssue(db, issueId))!;
    const state = await ensureIssuePdf(db, issue);
    expect(state.state).toBe("unavailable");
    expect(state.state === "unavailable" && state.reason).toContain("Chromium");
    expect(await issuePdfState(issue)).toEqual(state);
    const after = (await findIssue(db, issueId))!;
    expect([after.status, after.pdf_path]).toEqual(["published", null]);
    expect(fs.readdirSync(process.env.PDF_DIR)).toEqual([]);
  });
});
