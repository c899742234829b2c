import type { Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// Staff have two different answers besides approval: 差し戻し (send back: the employer
// corrects and sends again) and 不承認 (final). The status values stay as they were, so
// every existing row keeps its meaning:
// - employers: "rejected" stays 不承認. A sent-back employer stays "pending" with
//   sent_back_at set, out of the review queue until it sends its profile again.
// - jobs and events: "rejected" stays 差し戻し (the employer may correct it). A final
//   不承認 is "rejected" with refused_at set: never public, and no longer editable.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("employers").addColumn("sent_back_at", "text").execute();
  await db.schema.alterTable("jobs").addColumn("refused_at", "text").execute();
  await db.schema.alterTable("events").addColumn("refused_at", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("events").dropColumn("refused_at").execute();
  await db.schema.alterTable("jobs").dropColumn("refused_at").execute();
  await db.schema.alterTable("employers").dropColumn("sent_back_at").execute();
}
