import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Migrator, sql, type Kysely } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { migrations } from "../../db/migrations/index";
import { openDatabase, type Connection } from "../../db/sqlite";
import type { Database } from "../../db/types";
import { makeEmployerAccount, makeJob } from "../factories";
import { now as clockNow } from "../../app/utils/clock";

const THIS = "2026-12-02-01-remove-nul-characters";

/** Columns later migrations add to jobs: a row made before this migration has none of them. */
const LATER_JOB_COLUMNS = {
  probation_terms: undefined,
  contract_terms: undefined,
  overtime: undefined,
  smoking_measures: undefined,
  workplace_change_scope: undefined,
  duties_change_scope: undefined,
};
const NUL = "\u0000";

const open: Array<{ conn: Connection; dir: string }> = [];
afterEach(async () => {
  while (open.length) {
    const { conn, dir } = open.pop()!;
    await conn.db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A database with every migration that comes before this one, and nothing after. */
async function databaseBeforeThisMigration(): Promise<Connection> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jobs-nul-"));
  const conn = openDatabase(path.join(dir, "test.sqlite"));
  open.push({ conn, dir });
  const earlier = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < THIS));
  const { error } = await new Migrator({
    db: conn.db,
    provider: { getMigrations: async () => earlier },
    allowUnorderedMigrations: true,
  }).migrateToLatest();
  if (error) throw error;
  return conn;
}

async function runThisMigration(db: Kysely<Database>) {
  const { error, results } = await new Migrator({
    db,
    provider: {
      getMigrations: async () => Object.fromEntries(Object.entries(migrations).filter(([name]) => name <= THIS)),
    },
    allowUnorderedMigrations: true,
  }).migrateToLatest();
  if (error) throw error;
  expect(results?.map((r) => `${r.migrationName} ${r.status}`)).toEqual([`${THIS} Success`]);
}

/** Every text value that still holds a NUL, table by table, read with the schema's own lists. */
function textsWithNul(conn: Connection, except: string[]): string[] {
  const tables = conn.sqlite
    .prepare("select name from pragma_table_list where schema = 'main' and type = 'table' and name not like 'sqlite_%'")
    .pluck()
    .all() as string[];
  const found: string[] = [];
  for (const table of tables.filter((t) => !except.includes(t))) {
    for (const row of conn.sqlite.prepare(`select * from "${table}"`).all() as Array<Record<string, unknown>>) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value === "string" && value.includes(NUL)) found.push(`${table}.${column}`);
      }
    }
  }
  return found;
}

describe(`migration ${THIS}`, () => {
  it("removes U+0000 from every text column, keeps the search index right and audits each repaired record", async () => {
    const conn = await databaseBeforeThisMigration();
    const { db, sqlite } = conn;
    const { employer, user } = await makeEmployerAccount(db, {
      employer: { contact_name: `白石 健${NUL}一`, profile: `型枠${NUL}${NUL}大工の会社です。\n見習い${NUL}を募集します。` },
    });
    const job = await makeJob(db, { ...LATER_JOB_COLUMNS, employerId: employer.id, title: `型枠${NUL}大工 見習い`, description: `寮${NUL}あり` });
    const clean = await makeJob(db, { ...LATER_JOB_COLUMNS, employerId: employer.id, title: "鉄筋工 見習い" });
    const now = clockNow().toISOString();
    await db.insertInto("outbox").values({ to_address: "staff@example.jp", subject: `変更${NUL}のお知らせ`, body: `担当者: 白石 健${NUL}一`, created_at: now }).execute();
    await db.insertInto("contact_requests").values({ job_id: job.id, name: `くま${NUL}もと`, contact_method: "phone", contact_value: "090-0000-0000", created_at: now }).execute();
    // What the app wrote when the damaged value was saved (JSON escapes the NUL), and one
    // raw NUL, to show that the append-only log is not touched.
    await db
      .insertInto("audit_log")
      .values({ actor_user_id: user.id, actor_email: `raw${NUL}@example.jp`, action: "employer.profile_update", entity_type: "employer", entity_id: String(employer.id), detail: JSON.stringify({ contactName: { from: "白石 健一", to: `白石 健${NUL}一` } }), created_at: now })
      .execute();
    const auditBefore = await db.selectFrom("audit_log").selectAll().execute();
    expect(textsWithNul(conn, [])).toEqual(
      expect.arrayContaining(["employers.contact_name", "employers.profile", "jobs.title", "jobs.description", "job_search_text.body", "outbox.subject", "outbox.body", "contact_requests.name", "users.display_name", "audit_log.actor_email"]),
    );
    const search = () => sqlite.prepare(`select rowid from job_search where job_search match '"枠大工 見習"'`).pluck().all();

    await runThisMigration(db);

    expect(textsWithNul(conn, ["audit_log"])).toEqual([]);
    const after = await db.selectFrom("employers").selectAll().where("id", "=", employer.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ ...employer, contact_name: "白石 健一", profile: "型枠大工の会社です。\n見習いを募集します。" });
    const jobAfter = await db.selectFrom("jobs").selectAll().where("id", "=", job.id).executeTakeFirstOrThrow();
    expect(jobAfter).toEqual({ ...job, title: "型枠大工 見習い", description: "寮あり" });
    expect(await db.selectFrom("jobs").selectAll().where("id", "=", clean.id).executeTakeFirstOrThrow()).toEqual(clean);
    expect((await db.selectFrom("outbox").select(["subject", "body"]).executeTakeFirstOrThrow())).toEqual({ subject: "変更のお知らせ", body: "担当者: 白石 健一" });

    // The search index agrees with its text, and finds the repaired title.
    const body = await db.selectFrom("job_search_text").select("body").where("job_id", "=", job.id).executeTakeFirstOrThrow();
    expect(body.body).toContain("型枠大工 見習い\n寮あり\n");
    expect(() => sqlite.exec(`insert into job_search(job_search, rank) values ('integrity-check', 1)`)).not.toThrow();
    expect(search()).toEqual([job.id]);

    // The log keeps every old entry as it was and explains each repair in a new one.
    const audit = await db.selectFrom("audit_log").selectAll().orderBy("id").execute();
    expect(audit.slice(0, auditBefore.length)).toEqual(auditBefore);
    const added = audit.slice(auditBefore.length).map((a) => ({ ...a, detail: JSON.parse(a.detail), created_at: typeof a.created_at }));
    const entry = (entity_type: string, entity_id: number, columns: string[]) => ({
      id: expect.any(Number),
      actor_user_id: null,
      actor_email: "system",
      action: "data.nul_removed",
      entity_type,
      entity_id: String(entity_id),
      detail: { columns, migration: THIS },
      created_at: "string",
    });
    const contact = await db.selectFrom("contact_requests").select("id").executeTakeFirstOrThrow();
    const mail = await db.selectFrom("outbox").select("id").executeTakeFirstOrThrow();
    expect(added).toEqual(
      expect.arrayContaining([
        entry("employer", employer.id, ["contact_name", "profile"]),
        entry("job", job.id, ["title", "description"]),
        entry("outbox", mail.id, ["subject", "body"]),
        entry("contact_request", contact.id, ["name"]),
        // The account's display name was copied from the contact name.
        entry("user", user.id, ["display_name"]),
      ]),
    );
    // job_search_text is the index's own copy, rewritten by the triggers: not a record of its own.
    expect(added.map((a) => `${a.entity_type} ${a.entity_id}`).sort()).toEqual([`contact_request ${contact.id}`, `employer ${employer.id}`, `job ${job.id}`, `outbox ${mail.id}`, `user ${user.id}`]);
  });

  it("changes nothing and writes nothing when no text holds a NUL", async () => {
    const conn = await databaseBeforeThisMigration();
    const { employer } = await makeEmployerAccount(conn.db);
    const job = await makeJob(conn.db, { ...LATER_JOB_COLUMNS, employerId: employer.id, title: "型枠大工 見習い" });
    const dump = () => conn.sqlite.prepare("select * from jobs").all();
    const before = dump();
    await runThisMigration(conn.db);
    expect(dump()).toEqual(before);
    expect(await conn.db.selectFrom("audit_log").select("id").execute()).toEqual([]);
    expect(conn.sqlite.prepare(`select rowid from job_search where job_search match '"枠大工"'`).pluck().all()).toEqual([job.id]);
  });
});
