import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import { contentVersionReader } from "../../app/models/content-version.server";
import { latestMagazineIssue } from "../../app/models/home.server";
import {
  createIssue,
  deleteDraftIssue,
  findIssue,
  findReadableIssue,
  issueIsPublic,
  issueIsScheduled,
  listPublishedIssues,
  publishIssue,
} from "../../app/models/magazine.server";
import { addItems } from "../../app/models/magazine-items.server";
import { pageCache } from "../../app/server/page-cache-http";
import { tokyoDay } from "../../app/utils/dates";
import {
  makeEmployer,
  makeJob,
  makeMagazineIssue,
  makeStaff,
} from "../factories";
import { testDb } from "../setup/test-db";

// An issue dated later than today is 「予定」: hidden from the public until its Tokyo day
// comes, then public with no write to the database. The clock is fixed in each test.

const day = (instant: string) => tokyoDay(new Date(instant));

describe("a scheduled issue", () => {
  it("turns public at midnight in Tokyo, not at midnight UTC", () => {
    const issue = { status: "published" as const, issue_date: "2026-12-15" };
    expect(day("2026-12-14T23:59:59+09:00")).toBe("2026-12-14");
    expect(issueIsPublic(issue, day("2026-12-14T23:59:59+09:00"))).toBe(false);
    expect(issueIsScheduled(issue, day("2026-12-14T23:59:59+09:00"))).toBe(
      true
    );
    // 15:00 UTC on the 14th is already the 15th in Tokyo.
    expect(issueIsPublic(issue, day("2026-12-14T15:00:00Z"))).toBe(true);
    expect(issueIsScheduled(issue, day("2026-12-14T15:00:00Z"))).toBe(false);
    expect(issueIsPublic({ ...issue, status: "draft" }, "2027-01-01")).toBe(
      false
    );
    expect(issueIsScheduled({ ...issue, status: "draft" }, "2026-12-01")).toBe(
      false
    );
  });

  it("is left out of the list, the home page and a reader's request until its day, and shown to staff", async () => {
    const { db } = testDb();
    const employer = await makeEmployer(db);
    const job = await makeJob(db, { employerId: employer.id });
    const dated = await makeMagazineIssue(db, {
      number: 41,
      jobIds: [job.id],
      published: true,
      issue_date: "2026-12-02",
    });
    const later = await makeMagazineIssue(db, {
      number: 42,
      jobIds: [job.id],
      published: true,
      issue_date: "2026-12-15",
    });
    const numbers = async (today: string) =>
      (await listPublishedIssues(db, today)).map((i) => i.number);

    const before = day("2026-12-14T23:59:00+09:00");
    expect(await numbers(before)).toEqual([dated.number]);
    expect((await latestMagazineIssue(db, before))?.number).toBe(dated.number);
    expect(await findReadableIssue(db, "42", false, before)).toBeUndefined();
    expect((await findReadableIssue(db, "42", true, before))?.id).toBe(
      later.id
    );

    const on = day("2026-12-15T00:00:00+09:00");
    expect(await numbers(on)).toEqual([later.number, dated.number]);
    expect((await latestMagazineIssue(db, on))?.number).toBe(later.number);
    expect((await findReadableIssue(db, "42", false, on))?.id).toBe(later.id);
  });

  it("appears in a cached list once the day turns, with no write to bump the content version", async () => {
    const { db, sqlite } = testDb();
    let clock = new Date("2026-12-14T23:59:00+09:00").getTime();
    const employer = await makeEmployer(db);
    const job = await makeJob(db, { employerId: employer.id });
    await makeMagazineIssue(db, {
      number: 51,
      jobIds: [job.id],
      published: true,
      issue_date: "2026-12-01",
      title: "十二月一日の号",
    });
    await makeMagazineIssue(db, {
      number: 52,
      jobIds: [job.id],
      published: true,
      issue_date: "2026-12-15",
      title: "十二月十五日の号",
    });
    const app = express();
    app.use(
      pageCache({
        megabytes: 1,
        origin: "http://127.0.0.1",
        now: () => clock,
        contentVersion: contentVersionReader(sqlite),
        render: async () => {
          const issues = await listPublishedIssues(
            db,
            tokyoDay(new Date(clock))
          );
          const body = `<!DOCTYPE html><ul>${issues
            .map((i) => `<li>${i.title}</li>`)
            .join("")}</ul>`;
          return new Response(body, {
            headers: { "Content-Type": "text/html; charset=utf-8" },
          });
        },
      })
    );
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = async () => {
      const response = await fetch(`${base}/magazine`);
      return {
        cache: response.headers.get("x-cache"),
        text: await response.text(),
      };
    };
    try {
      const first = await get();
      expect(first.cache).toBe("miss");
      expect(first.text).toContain("十二月一日の号");
      expect(first.text).not.toContain("十二月十五日の号");
      expect((await get()).cache).toBe("hit");

      // Two minutes later, well inside the five-minute age limit, the day has turned.
      clock += 2 * 60_000;
      const after = await get();
      expect(after.cache).toBe("miss");
      expect(after.text).toContain("十二月十五日の号");
    } finally {
      server.close();
    }
  });
});

describe("deleting a draft issue", () => {
  it("removes the draft and its chosen postings, audited; a published issue stays", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const actor = { id: staff.id, email: staff.email };
    const employer = await makeEmployer(db);
    const job = await makeJob(db, { employerId: employer.id });
    const input = {
      number: 61,
      title: "消す下書き",
      issueDate: "2026-12-01",
      coverText: "",
      editorNote: "",
    };
    const draft = await createIssue(db, actor, input);
    const kept = await createIssue(db, actor, {
      ...input,
      number: 62,
      title: "発行する号",
    });
    if (!draft.ok || !kept.ok) throw new Error("issues not created");
    await addItems(db, actor, draft.id, [job.id]);
    await addItems(db, actor, kept.id, [job.id]);
    await publishIssue(db, actor, kept.id);

    expect(await deleteDraftIssue(db, actor, draft.id)).toEqual({
      ok: true,
      id: draft.id,
    });
    expect(await findIssue(db, draft.id)).toBeUndefined();
    const items = await db
      .selectFrom("magazine_items")
      .select("id")
      .where("issue_id", "=", draft.id)
      .execute();
    expect(items).toEqual([]);
    const audit = await db
      .selectFrom("audit_log")
      .select(["action", "actor_user_id", "detail"])
      .where("entity_type", "=", "magazine_issue")
      .where("entity_id", "=", String(draft.id))
      .where("action", "=", "magazine.delete")
      .execute();
    expect(audit).toEqual([
      {
        action: "magazine.delete",
        actor_user_id: staff.id,
        detail: JSON.stringify({ number: 61, title: "消す下書き" }),
      },
    ]);

    expect(await deleteDraftIssue(db, actor, kept.id)).toEqual({
      ok: false,
      error: "not-draft",
    });
    expect((await findIssue(db, kept.id))?.status).toBe("published");
    expect(await deleteDraftIssue(db, actor, draft.id)).toEqual({
      ok: false,
      error: "not-draft",
    });
  });
});
