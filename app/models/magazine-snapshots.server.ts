import type { Kysely } from "kysely";
import type { Acceptance, Database, Employer, Job, OffenceCategory } from "../../db/types";
import type { JobView } from "~/components/job-view";
import { toJobView } from "~/models/public-jobs.server";
import { OFFENCE_CATEGORIES, keysOf } from "~/utils/labels";

// A published magazine issue keeps each posting as it was on the day of publishing.
export type OffenceRules = Record<OffenceCategory, Acceptance>;

/** What a published magazine item freezes: the posting, its offence rules and its employer. */
export type JobSnapshot = {
  job: Job;
  offences: OffenceRules;
  employer: Pick<
    Employer,
    "id" | "name" | "name_kana" | "address" | "ward" | "phone" | "message" | "industry"
  >;
};

const OFFENCE_KEYS = keysOf(OFFENCE_CATEGORIES);

// ---------------------------------------------------------------------------------------
// snapshots

/** The postings, their rules and employers as they are now, in one read per table. */
export async function buildJobSnapshots(db: Kysely<Database>, jobIds: number[]): Promise<Map<number, JobSnapshot>> {
  const out = new Map<number, JobSnapshot>();
  if (jobIds.length === 0) return out;
  const jobs = await db.selectFrom("jobs").selectAll().where("id", "in", jobIds).execute();
  const employerIds = [...new Set(jobs.map((j) => j.employer_id))];
  const employers = await db
    .selectFrom("employers")
    .select(["id", "name", "name_kana", "address", "ward", "phone", "message", "industry"])
    .where("id", "in", employerIds.length ? employerIds : [0])
    .execute();
  const rules = await db
    .selectFrom("job_offence_rules")
    .select(["job_id", "category", "acceptance"])
    .where("job_id", "in", jobIds)
    .execute();
  for (const job of jobs) {
    const employer = employers.find((e) => e.id === job.employer_id);
    if (!employer) continue;
    const offences = Object.fromEntries(OFFENCE_KEYS.map((c) => [c, "ok"])) as OffenceRules;
    for (const rule of rules) if (rule.job_id === job.id) offences[rule.category] = rule.acceptance;
    out.set(job.id, { job, offences, employer });
  }
  return out;
}

/** The frozen form of one posting as a published issue keeps it. */
export async function buildJobSnapshot(db: Kysely<Database>, jobId: number): Promise<JobSnapshot> {
  const snapshot = (await buildJobSnapshots(db, [jobId])).get(jobId);
  if (!snapshot) throw new Error(`buildJobSnapshot: no posting ${jobId}`);
  return snapshot;
}

/** A snapshot in the shape every page renders. The snapshot keeps no website: print has no use for it. */
export function snapshotToJobView(snapshot: JobSnapshot): JobView {
  const rules = Object.entries(snapshot.offences).map(([category, acceptance]) => ({
    category: category as OffenceCategory,
    acceptance,
  }));
  return toJobView(snapshot.job, { ...snapshot.employer, website: "" }, rules);
}
