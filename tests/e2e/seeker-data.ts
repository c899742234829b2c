import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { makeEmployer, makeJob, type JobOverrides } from "../factories";

/**
 * A word no other test uses (ASCII letters, which the trigram index folds to lower case),
 * so that a search for it finds exactly the postings this test made, whatever else the
 * shared e2e database holds.
 */
export function uniqueWord() {
  return `zq${randomUUID().replaceAll("-", "").slice(0, 8)}`;
}

export async function makeSeekerJobs(
  db: Kysely<Database>,
  word: string,
  jobs: Array<Omit<JobOverrides, "employerId">>,
  employer: Parameters<typeof makeEmployer>[1] = {},
) {
  const owner = await makeEmployer(db, { name: `株式会社 ${word} 工業`, ward: "nishi", address: "熊本市西区春日9丁目9-9", ...employer });
  const made = [];
  for (const job of jobs) {
    made.push(await makeJob(db, { employerId: owner.id, ward: owner.ward, workplace_address: owner.address, ...job }));
  }
  return { employer: owner, jobs: made };
}
