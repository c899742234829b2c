import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// Where to turn besides a job (/help, and the magazine's back pages): housing, health and
// welfare, addiction, work. Staff keep the entries. The starting entries name the kinds of
// place the city's plan points to, with no phone number or address: each is marked as an
// example (is_example = 1) until staff write the real contact and clear the mark. Public
// pages read the table, so changes bump the page cache's content version.

const SECTIONS = ["housing", "welfare", "addiction", "work"];

const STARTERS: Array<[string, string, string]> = [
  ["housing", "セーフティネット住宅", "高齢の人や、収入が少ない人などが入りやすい、登録された賃貸住宅です。部屋さがしの相談ができます。"],
  ["housing", "居住支援法人", "部屋さがし、入居のときの手続き、入居したあとの見守りを手伝う団体です。保証人がいないときも相談できます。"],
  ["housing", "市営住宅", "熊本市が貸している住宅です。収入などの条件に合えば申し込めます。募集の時期が決まっています。"],
  ["welfare", "区役所の福祉の窓口", "お金やくらしにこまったとき、体や心の病気で働けないときの相談ができます。生活保護の相談もここです。"],
  ["welfare", "くらしの相談窓口（生活困窮者の自立相談支援）", "仕事、家賃、借金など、くらしのこまりごとをまとめて相談できます。"],
  ["addiction", "依存症の相談（精神保健福祉センター）", "お酒、薬物、ギャンブルなどをやめたい人と、その家族の相談ができます。秘密は守られます。"],
  ["addiction", "自助グループ", "同じなやみを持つ人どうしが集まって話す会です。名前を言わずに参加できる会もあります。"],
  ["work", "保護観察所", "保護観察中の人の担当の窓口です。仕事や住まいのことも相談できます。"],
  ["work", "ハローワーク", "国の仕事さがしの窓口です。刑務所を出た人などの仕事さがしを手伝う担当の人がいます。"],
  ["work", "コレワーク（矯正就労支援情報センター）", "刑務所や少年院を出る人を雇いたい会社と、本人をつなぐ国の窓口です。"],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("help_entries")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("section", "text", (c) => c.notNull().check(sql.raw(`section in (${SECTIONS.map((s) => `'${s}'`).join(", ")})`)))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("contact", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("url", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("is_example", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("help_entries_section").on("help_entries").columns(["section", "position"]).execute();
  const now = new Date().toISOString();
  let position = 0;
  for (const [section, name, body] of STARTERS) {
    position += 10;
    await db
      .insertInto("help_entries")
      .values({ section, name, body, contact: "", url: "", position, is_example: 1, created_at: now, updated_at: now })
      .execute();
  }
  for (const event of ["insert", "update", "delete"]) {
    await sql`${sql.raw(`create trigger help_entries_content_${event} after ${event} on help_entries`)}
      begin update content_version set version = version + 1 where id = 1; end`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const event of ["insert", "update", "delete"]) {
    await sql.raw(`drop trigger if exists help_entries_content_${event}`).execute(db);
  }
  await db.schema.dropTable("help_entries").execute();
}
