import type { JobCardData } from "~/components/job-card";
import { categoriesOf, offenceMask } from "~/components/offence-filter";
import type { Segment } from "~/utils/segments";

// Compact forms of a search's whole result, for the browser to apply the private offence
// choice to counts, pages and sorts (docs/decisions/0017). Both are the same for every
// visitor of the same search.

/** "id.mask" per posting in the page's order, base 36, the mask left out when it is 0. */
export function encodeFacts(facts: readonly (readonly [number, readonly string[]])[]): string {
  return facts
    .map(([id, refused]) => {
      const mask = offenceMask(refused);
      return mask ? `${id.toString(36)}.${mask.toString(36)}` : id.toString(36);
    })
    .join(",");
}

export function decodeFacts(text: string): { id: number; mask: number }[] {
  if (!text) return [];
  return text.split(",").map((entry) => {
    const [id, mask] = entry.split(".");
    return { id: Number.parseInt(id, 36), mask: mask ? Number.parseInt(mask, 36) : 0 };
  });
}

const FLAGS = [
  "housing",
  "meals",
  "no_experience",
  "guarantor_not_needed",
  "employer_guarantor",
  "probation_ok",
  "facility_interview",
  "qualification_support",
] as const;

type CompactCard = [number, string, number, string, string, string, string, number, number | null, number, number];
export type CompactCards = {
  employers: string[];
  cards: CompactCard[];
  /** The cards' readings, when asked for with furigana=1 (the reader has furigana on). */
  readings?: Record<string, Segment[]>;
};

/** Cards as arrays, employer names once each: about a third of the size of the objects. */
export function compactCards(jobs: JobCardData[]): CompactCards {
  const employers: string[] = [];
  const index = new Map<string, number>();
  const cards = jobs.map((job): CompactCard => {
    if (!index.has(job.employer_name)) {
      index.set(job.employer_name, employers.length);
      employers.push(job.employer_name);
    }
    const flags = FLAGS.reduce((bits, flag, bit) => (job[flag] === 1 ? bits | (1 << bit) : bits), 0);
    const refused = offenceMask((job.refused_offences ?? "").split(" "));
    return [job.id, job.title, index.get(job.employer_name)!, job.ward, job.industry, job.employment_type, job.pay_unit, job.pay_min, job.pay_max, flags, refused];
  });
  return { employers, cards };
}

export function expandCards(data: CompactCards): Map<number, JobCardData> {
  const out = new Map<number, JobCardData>();
  for (const [id, title, employer, ward, industry, type, unit, min, max, flags, refused] of data.cards) {
    const bit = (name: (typeof FLAGS)[number]) => ((flags & (1 << FLAGS.indexOf(name))) !== 0 ? 1 : 0) as 0 | 1;
    out.set(id, {
      id,
      title,
      employer_name: data.employers[employer] ?? "",
      ward: ward as JobCardData["ward"],
      industry: industry as JobCardData["industry"],
      employment_type: type as JobCardData["employment_type"],
      pay_unit: unit as JobCardData["pay_unit"],
      pay_min: min,
      pay_max: max,
      housing: bit("housing"),
      meals: bit("meals"),
      no_experience: bit("no_experience"),
      guarantor_not_needed: bit("guarantor_not_needed"),
      employer_guarantor: bit("employer_guarantor"),
      probation_ok: bit("probation_ok"),
      facility_interview: bit("facility_interview"),
      qualification_support: bit("qualification_support"),
      refused_offences: categoriesOf(refused).join(" "),
    });
  }
  return out;
}
