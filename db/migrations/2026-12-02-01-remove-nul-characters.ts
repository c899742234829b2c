import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// Until docs/decisions/0009, pages could carry NUL bytes (U+0000) where React's Node writer
// split a Japanese character at a 2 KiB boundary, and a form sent before JavaScript loaded
// saved them. This removes U+0000 from every text value of every ordinary table, found
// through the schema itself so that no table is left out:
//
// - FTS5 tables, their shadow tables and views are not rows of their own. The index of
//   job search follows job_search_text through triggers, which fire on these UPDATEs; the
//   content tables of such indexes come last (by then the triggers on jobs and employers
//   have usually rewritten them) and every external-content index is rebuilt at the end.
// - audit_log is append-only (its triggers refuse UPDATE) and is left as it is: it is the
//   record of what was stored at the time, and its detail is JSON, where a NUL reads as the
//   six characters \u0000, not as a NUL byte. Instead, each repaired row gets one new entry
//   (action data.nul_removed, actor "system") naming the columns that were repaired.
// - Times such as updated_at stay as they are: nobody changed the content.

const MIGRATION = "2026-12-02-01-remove-nul-characters";
const UNTOUCHED = new Set(["audit_log", "kysely_migration", "kysely_migration_lock"]);
// The audit log's names for the records it already tracks; other tables go by their own name.
const ENTITY_TYPES: Record<string, string> = {
  employers: "employer",
  users: "user",
  jobs: "job",
  job_revisions: "job_revision",
  events: "event",
  magazine_issues: "magazine_issue",
  magazine_distributions: "magazine_distribution",
  contact_requests: "contact_request",
  hire_reports: "hire_report",
  surveys: "survey",
  settings: "setting",
};

type Table = { name: string; withoutRowid: boolean };

export async function up(db: Kysely<any>): Promise<void> {
  const encoding = await sql<{ encoding: string }>`pragma encoding`.execute(db);
  // The search below looks for a zero byte, which is a NUL only in UTF-8.
  if (encoding.rows[0]?.encoding !== "UTF-8") throw new Error(`${MIGRATION}: expected a UTF-8 database`);

  const listed = await sql<{ name: string; type: string; wr: number }>`
    select name, type, wr from pragma_table_list where schema = 'main'`.execute(db);
  const virtual = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_schema where type = 'table' and sql like 'create virtual table%'`.execute(db);
  const ftsContent = new Map<string, string>(); // index → its content table
  for (const v of virtual.rows) {
    const content = /using\s+fts5\s*\(.*\bcontent\s*=\s*['"]?(\w+)/is.exec(v.sql)?.[1];
    if (content) ftsContent.set(v.name, content);
  }
  const contentTables = new Set(ftsContent.values());
  const tables: Table[] = listed.rows
    .filter((t) => t.type === "table" && !t.name.startsWith("sqlite_") && !UNTOUCHED.has(t.name))
    .map((t) => ({ name: t.name, withoutRowid: t.wr === 1 }))
    .sort((a, b) => Number(contentTables.has(a.name)) - Number(contentTables.has(b.name)) || a.name.localeCompare(b.name));

  await db.transaction().execute(async (trx) => {
    let repaired = 0;
    for (const table of tables) repaired += await repairTable(trx, table, contentTables.has(table.name));
    if (repaired === 0) return;
    for (const index of ftsContent.keys()) {
      await sql`insert into ${sql.table(index)}(${sql.ref(index)}) values ('rebuild')`.execute(trx);
    }
  });
}

async function repairTable(db: Kysely<any>, table: Table, derived: boolean): Promise<number> {
  const info = await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${table.name})`.execute(db);
  const columns = info.rows.map((c) => c.name);
  const keys = table.withoutRowid
    ? info.rows.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name)
    : ["rowid"];
  const hasNul = (column: string) => sql`(typeof(${sql.ref(column)}) = 'text' and instr(cast(${sql.ref(column)} as blob), x'00') > 0)`;
  const found = await sql<Record<string, unknown>>`
    select ${sql.join(keys.map((k, i) => sql`${sql.ref(k)} as ${sql.ref(`key_${i}`)}`))}, ${sql.join(columns.map((c) => sql.ref(c)))}
    from ${sql.table(table.name)}
    where ${sql.join(columns.map(hasNul), sql` or `)}`.execute(db);

  for (const row of found.rows) {
    const dirty = columns.filter((c) => typeof row[c] === "string" && (row[c] as string).includes("\u0000"));
    if (dirty.length === 0) continue;
    const keyValues = keys.map((_, i) => row[`key_${i}`]);
    try {
      await sql`update ${sql.table(table.name)}
        set ${sql.join(dirty.map((c) => sql`${sql.ref(c)} = ${(row[c] as string).replaceAll("\u0000", "")}`))}
        where ${sql.join(keys.map((k, i) => sql`${sql.ref(k)} = ${keyValues[i]}`), sql` and `)}`.execute(db);
    } catch (error) {
      throw new Error(`${MIGRATION}: ${table.name} ${keyValues.join("/")} (${dirty.join(", ")}): ${String(error)}`);
    }
    if (derived) continue;
    await db
      .insertInto("audit_log")
      .values({
        actor_user_id: null,
        actor_email: "system",
        action: "data.nul_removed",
        entity_type: ENTITY_TYPES[table.name] ?? table.name,
        entity_id: keyValues.map(String).join("/"),
        detail: JSON.stringify({ columns: dirty, migration: MIGRATION }),
        created_at: new Date().toISOString(),
      })
      .execute();
  }
  return found.rows.length;
}

// Nothing to undo: the removed characters were damage, not data.
export async function down(): Promise<void> {}
