import type { Kysely } from "kysely";
import type { Database } from "../../db/types";

/** What waits for a staff decision. */
export async function listPendingEmployers(db: Kysely<Database>) {
  return db
    .selectFrom("employers")
    .select(["id", "name", "industry", "ward", "created_at"])
    .where("status", "=", "pending")
    .orderBy("created_at")
    .execute();
}
