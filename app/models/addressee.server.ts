import type { Kysely } from "kysely";
import type { Database } from "../../db/types";

/** The first line of a mail to an employer: 「株式会社〇〇 山田 太郎 様」. */
export async function employerAddressee(db: Kysely<Database>, employerId: number): Promise<string> {
  const row = await db.selectFrom("employers").select(["name", "contact_name"]).where("id", "=", employerId).executeTakeFirst();
  if (!row) return "";
  return row.contact_name ? `${row.name} ${row.contact_name} 様` : `${row.name} 様`;
}
