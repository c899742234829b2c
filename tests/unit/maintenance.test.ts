import type { Kysely } from "kysely";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createSession } from "../../app/auth/session.server";
import { createContactRequest } from "../../app/models/contacts.server";
import { runMaintenance } from "../../app/models/maintenance.server";
import { recordHit } from "../../app/models/rate-limit.server";
import { startMaintenance } from "../../app/server/maintenance";
import { now as clockNow, nowMs as clockNowMs } from "../../app/utils/clock";
import { addDays, tokyoDay } from "../../app/utils/dates";
import { env } from "../../app/utils/env.server";
import type { Database } from "../../db/types";
import { makeEmployer, makeJob, makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

// The periodic clean-up, as the server runs it: every part is called, and the contact
// requests people sent go when they reach the retention period, by the application's clock.

const DAY = 86_400_000;
const input = { name: "たろう", phone: "090-1234-5678", email: "", preferredTime: "any" as const, message: "" };

afterEach(() => {
  vi.useRealTimers();
});

async function contactsAged(db: Kysely<Database>, now: Date, ages: Record<string, number>) {
  const employer = await makeEmployer(db);
  const job = await makeJob(db, { employerId: employer.id });
  for (const [name, ageMs] of Object.entries(ages)) {
    await createContactRequest(db, job.id, { ...input, name }, new Date(now.getTime() - ageMs));
  }
}

async function contactNames(db: Kysely<Database>) {
  return (await db.selectFrom("contact_requests").select("name").orderBy("name").execute()).map((r) => r.name);
}

/** Lets pending promise callbacks run until `check` holds; no waiting on the wall clock. */
async function settle(check: () => Promise<boolean>) {
  for (let i = 0; i < 2000; i++) {
    if (await check()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error("the maintenance run did not finish");
}

describe("runMaintenance", () => {
  it("keeps a contact request 89 days old and deletes one 90 days old or more", async () => {
    expect(env.contactRetentionDays).toBe(90);
    const { db } = testDb();
    const now = clockNow();
    await contactsAged(db, now, {
      a89: 89 * DAY,
      b89end: 90 * DAY - 1000,
      c90: 90 * DAY,
      d91: 91 * DAY,
      e400: 400 * DAY,
      f0: 0,
    });
    await runMaintenance(db, now);
    expect(await contactNames(db)).toEqual(["a89", "b89end", "f0"]);
  });

  it("ends expired sessions, prunes day-old rate-limit hits, expires past postings and drops old reset links", async () => {
    const { db } = testDb();
    const now = clockNow();
    const staff = await makeStaff(db);
    const live = await createSession(db, staff.id);
    const dead = await createSession(db, staff.id);
    const idOf = (token: string) => token.split(".")[0];
    await db.updateTable("sessions").set({ expires_at: new Date(now.getTime() - 1000).toISOString() }).where("id", "=", idOf(dead.token)).execute();

    await recordHit(db, "maintenance-test", "old", new Date(now.getTime() - DAY - 1000));
    await recordHit(db, "maintenance-test", "new", new Date(now.getTime() - DAY + 60_000));

    const employer = await makeEmployer(db);
    const today = tokyoDay(now);
    const ended = await makeJob(db, { employerId: employer.id, end_date: addDays(today, -1) });
    const lastDay = await makeJob(db, { employerId: employer.id, end_date: today });

    const reset = (hash: string, expiresMs: number) => ({
      token_hash: hash,
      user_id: staff.id,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + expiresMs).toISOString(),
      used_at: null,
    });
    await db.insertInto("password_resets").values([reset("stale", -DAY - 1000), reset("recent", -60_000)]).execute();

    await runMaintenance(db, now);

    expect((await db.selectFrom("sessions").select("id").execute()).map((s) => s.id)).toEqual([idOf(live.token)]);
    expect(await db.selectFrom("rate_limit_hits").select("bucket").where("bucket", "=", "maintenance-test").execute()).toHaveLength(1);
    const statuses = await db.selectFrom("jobs").select(["id", "status"]).where("id", "in", [ended.id, lastDay.id]).orderBy("id").execute();
    expect(statuses).toEqual([
      { id: ended.id, status: "expired" },
      { id: lastDay.id, status: "published" },
    ]);
    expect((await db.selectFrom("password_resets").select("token_hash").execute()).map((r) => r.token_hash)).toEqual(["recent"]);
  });
});

describe("startMaintenance (what the server starts)", () => {
  it("runs at once, then every ten minutes on the application's clock, until stopped", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const { db } = testDb();
    await contactsAged(db, clockNow(), { first: 95 * DAY, young: DAY });
    const stop = startMaintenance(db);
    await settle(async () => (await contactNames(db)).length === 1);
    expect(await contactNames(db)).toEqual(["young"]);

    // Ten minutes later the next run deletes what has aged past the period since.
    await contactsAged(db, new Date(clockNowMs()), { second: 120 * DAY });
    vi.advanceTimersByTime(10 * 60 * 1000);
    await settle(async () => (await contactNames(db)).length === 1);
    expect(await contactNames(db)).toEqual(["young"]);

    // Stopped: no further run.
    stop();
    await contactsAged(db, new Date(clockNowMs()), { third: 120 * DAY });
    vi.advanceTimersByTime(30 * 60 * 1000);
    expect(vi.getTimerCount()).toBe(0);
    expect(await contactNames(db)).toEqual(["third", "young"]);
  });
});
