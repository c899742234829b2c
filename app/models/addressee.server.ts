import type { Kysely } from "kysely";
import type { Database } from "../../db/types";

/** The first line of a mail to an employer: 「株式会社〇〇 山田 太郎 様」. */
export async function employerAddressee(db: Kysely<Database>, employerId: number): Promise<string> {
  const row = await db.selectFrom("employers").select(["name", "contact_name"]).where("id", "=", employerId).executeTakeFirst();
  if (!row) return "";
  return row.contact_name ? `${row.name} ${row.contact_name} 様` : `${row.name} 様`;
}

/** Where mail to an employer goes: every account of it that can still sign in. */
export async function employerEmails(db: Kysely<Database>, employerId: number): Promise<string[]> {
  const rows = await db
    .selectFrom("users")
    .select("email")
    .where("employer_id", "=", employerId)
    .where("disabled_at", "is", null)
    .execute();
  return rows.map((r) => r.email);
}
