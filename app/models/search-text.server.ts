import type { Kysely } from "kysely";
import { SEARCH_SYNONYMS } from "../../db/search-synonyms";
import type { Database, Employer, Job } from "../../db/types";
import { foldKana } from "~/utils/kana";
import { EMPLOYMENT_TYPES, INDUSTRIES, WARDS } from "~/utils/labels";
import { oneAtATime } from "~/utils/one-at-a-time";
import type { Segment } from "~/utils/segments";
import { inTransaction, readingsFor } from "./readings.server";

// What the app writes when a posting, an employer or an event is saved or approved: the
// readings of its texts (stored once per text), and for postings the searchable text the
// FTS5 index is built on. Triggers list every changed row in text_queue (migration
// 2026-12-02-05-search-text-by-the-app), so settling the queue after a save covers every way
// a row can change. See docs/decisions/0013-readings-and-search.md.

const FIELD_END = "\n\n";

/** The texts of a posting that pages show, and so get readings. */
export function jobTexts(job: Job): string[] {
  return [job.title, job.description, job.workplace_address, job.pay_note, job.hours, job.days_off,
    job.insurance, job.licenses, job.benefits, job.how_to_apply];
}

export function employerTexts(e: Employer): string[] {
  return [e.name, e.address, e.profile, e.message];
}

type EventTexts = Pick<Database["events"], "title" | "venue" | "address"> & {
  description: string; how_to_join: string; what_to_bring: string;
};
export function eventTexts(e: EventTexts): string[] {
  return [e.title, e.description, e.venue, e.address, e.how_to_join, e.what_to_bring];
}

/** The posting's facts as the words people type and the cards show. */
export function jobFactWords(job: Job): string {
  const words = [EMPLOYMENT_TYPES[job.employment_type], INDUSTRIES[job.industry], WARDS[job.ward]];
  if (job.no_experience) words.push("未経験");
  if (job.housing) words.push("寮", "社宅");
  if (job.guarantor_not_needed || job.employer_guarantor) words.push("保証人なし", "保証人不要");
  if (job.employer_guarantor) words.push("身元引受");
  // The badge words the cards show (jobBadges in components/job-detail.tsx), word for word;
  // 資格取得 too, the word the badge used before and people still type.
  const badges: Array<[number, string]> = [
    [job.no_experience, "未経験OK"],
    [job.housing, "寮・社宅あり"],
    [job.meals, "食事つき"],
    [job.guarantor_not_needed, "保証人なしでOK"],
    [job.employer_guarantor, "会社が身元引受"],
    [job.probation_ok, "保護観察中でもOK"],
    [job.facility_interview, "施設の中で面接できる"],
    [job.qualification_support, "資格を取る支援あり 資格取得"],
  ];
  for (const [flag, word] of badges) if (flag) words.push(word);
  return words.join(" ");
}

const FOLDED_SYNONYMS = SEARCH_SYNONYMS.map((group) => group.map(foldKana));

/** The other words of every synonym group one of whose words the text contains. */
export function synonymsIn(folded: string): string[] {
  const out = new Set<string>();
  for (const group of FOLDED_SYNONYMS) {
    if (group.some((w) => folded.includes(w))) for (const w of group) if (!folded.includes(w)) out.add(w);
  }
  return [...out];
}

/** A text as kana: each kanji run replaced by its reading, folded. */
function spoken(segments: Segment[] | undefined): string {
  return foldKana((segments ?? []).map((s) => s.reading ?? s.text).join(""));
}

function field(text: string) {
  return text + FIELD_END;
}

/** The two columns of job_search_text for a posting and its employer. */
export function searchColumns(job: Job, employer: Employer, readings: Map<string, Segment[]>) {
  const facts = jobFactWords(job);
  const headTexts = [job.title, facts];
  const bodyTexts = [job.description, employer.name, employer.address, job.workplace_address];
  const folded = [...headTexts, ...bodyTexts].map(foldKana);
  const synonyms = synonymsIn(folded.join(" "));
  const head = [folded[0], folded[1], synonyms.join(" "), ...headTexts.map((t) => spoken(readings.get(t)))];
  const body = [
    ...folded.slice(2),
    foldKana(employer.name_kana),
    ...bodyTexts.map((t) => spoken(readings.get(t))),
  ];
  return { head: head.map(field).join(""), body: body.map(field).join("") };
}

const BATCH = 200;

/**
 * Writes the readings and search text of every row in text_queue. Cheap when the queue is
 * empty (one query); the analyser is built only when a text has no stored readings yet.
 * Returns how many rows were settled.
 */
/** settleTexts, only when something waits: one indexed read when nothing does. */
export async function settleQueuedTexts(db: Kysely<Database>): Promise<void> {
  const waiting = await db.selectFrom("text_queue").select("entity").limit(1).executeTakeFirst();
  if (!waiting) return;
  try {
    await settleTexts(db);
  } catch (error) {
    // A search still answers, from the text written before; the queue is tried again later.
    console.error("settling texts failed", error);
  }
}

/**
 * Settling takes turns in this process. Two at once would both read the same queued rows:
 * the one holding readings from before a dictionary change could write last, and its
 * delete would also take away the row the change had queued again.
 */
const settling = oneAtATime("settling");

export function settleTexts(db: Kysely<Database>): Promise<number> {
  return settling(() => settleNow(db));
}

/**
 * Queues texts and settles them in one turn, so that no settling already under way can
 * write over what `queue` changed (a dictionary change queues the texts it touched).
 */
export function queueAndSettle<T>(db: Kysely<Database>, queue: () => Promise<T>): Promise<T> {
  return settling(async () => {
    const result = await queue();
    await settleNow(db);
    return result;
  });
}

async function settleNow(db: Kysely<Database>): Promise<number> {
  let settled = 0;
  for (;;) {
    const queued = await db.selectFrom("text_queue").selectAll().limit(BATCH).execute();
    if (queued.length === 0) return settled;
    const ids = (entity: string) => queued.filter((q) => q.entity === entity).map((q) => q.entity_id);
    const eventIds = ids("event");
    const employerIds = ids("employer");
    const events = eventIds.length ? await db.selectFrom("events").selectAll().where("id", "in", eventIds).execute() : [];
    const changedEmployers = employerIds.length
      ? await db.selectFrom("employers").selectAll().where("id", "in", employerIds).execute()
      : [];
    // A changed employer changes the search text of all its postings.
    const jobs = await db
      .selectFrom("jobs")
      .selectAll()
      .where((eb) =>
        eb.or([
          eb("id", "in", [0, ...ids("job")]),
          eb("employer_id", "in", [0, ...employerIds]),
        ]),
      )
      .execute();
    const employers = new Map<number, Employer>();
    const neededEmployers = [...new Set(jobs.map((j) => j.employer_id))];
    for (let i = 0; i < neededEmployers.length; i += 500) {
      const rows = await db.selectFrom("employers").selectAll().where("id", "in", neededEmployers.slice(i, i + 500)).execute();
      for (const e of rows) employers.set(e.id, e);
    }
    for (const e of changedEmployers) employers.set(e.id, e);

    const texts = [
      ...events.flatMap(eventTexts),
      ...changedEmployers.flatMap(employerTexts),
      ...jobs.flatMap((job) => [...jobTexts(job), jobFactWords(job), employers.get(job.employer_id)?.address ?? ""]),
      ...[...employers.values()].map((e) => e.name),
    ];
    const readings = await readingsFor(db, texts);
    await inTransaction(db, async (trx) => {
      for (const job of jobs) {
        const employer = employers.get(job.employer_id);
        if (!employer) continue;
        const columns = searchColumns(job, employer, readings);
        await trx
          .insertInto("job_search_text")
          .values({ job_id: job.id, ...columns })
          .onConflict((oc) => oc.column("job_id").doUpdateSet(columns))
          .execute();
      }
      for (const q of queued) {
        await trx
          .deleteFrom("text_queue")
          .where("entity", "=", q.entity)
          .where("entity_id", "=", q.entity_id)
          .execute();
      }
    });
    settled += queued.length;
  }
}

/** Raised when what goes into the search text changes (the fact words, the field order). */
const SEARCH_TEXT_VERSION = 2;
export const SEARCH_TEXT_KEY = "search_text_version";

/** What the stored search text was written with: the version and the synonym table. */
export function searchTextSignature(): string {
  return `${SEARCH_TEXT_VERSION}:${JSON.stringify(SEARCH_SYNONYMS)}`;
}

/**
 * At start (and in the seed and the benchmark): when the synonym table or the makeup of the
 * search text changed since the text was written, every posting is queued again; then the
 * queue is settled.
 */
export async function prepareSearchText(db: Kysely<Database>, now: string): Promise<number> {
  const signature = searchTextSignature();
  const stored = await db.selectFrom("settings").select("value").where("key", "=", SEARCH_TEXT_KEY).executeTakeFirst();
  if (stored?.value !== signature) {
    await inTransaction(db, async (trx) => {
      await trx
        .insertInto("text_queue")
        .orIgnore()
        .columns(["entity", "entity_id"])
        .expression(trx.selectFrom("jobs").select((eb) => [eb.val("job").as("entity"), "id"]))
        .execute();
      await trx
        .insertInto("settings")
        .values({ key: SEARCH_TEXT_KEY, value: signature, updated_at: now })
        .onConflict((oc) => oc.column("key").doUpdateSet({ value: signature, updated_at: now }))
        .execute();
    });
  }
  return settleTexts(db);
}
