import type { JobCardData } from "~/components/job-card";
import { jobBadges } from "~/components/job-detail";
import { EMPLOYMENT_TYPES, OFFENCE_CATEGORIES, PAY_UNITS, WARDS } from "~/utils/labels";

// Every text of JobCard that goes through <Ruby>, so that a loader can fetch the readings
// of exactly these strings when the reader has furigana on. The posting's own texts (title,
// employer name) were stored with readings when they were saved; the labels are a small
// fixed set, stored the first time any page shows them.

export const REFUSED_LABEL = "採用できない罪名";
export const NONE = "なし";
export const YEN = "円";

export function cardBadges(job: JobCardData): string[] {
  return jobBadges({
    noExperience: job.no_experience === 1,
    housing: job.housing === 1,
    meals: job.meals === 1,
    guarantorNotNeeded: job.guarantor_not_needed === 1,
    employerGuarantor: job.employer_guarantor === 1,
    probationOk: job.probation_ok === 1,
    facilityInterview: job.facility_interview === 1,
    qualificationSupport: job.qualification_support === 1,
  });
}

/** The texts of the cards, each once. */
export function jobCardTexts(jobs: JobCardData[]): string[] {
  const texts = new Set<string>();
  for (const job of jobs) {
    texts.add(job.title);
    texts.add(job.employer_name);
    texts.add(WARDS[job.ward]);
    texts.add(EMPLOYMENT_TYPES[job.employment_type]);
    texts.add(PAY_UNITS[job.pay_unit]);
    texts.add(YEN);
    for (const badge of cardBadges(job)) texts.add(badge);
    if (job.refused_offences !== undefined) {
      texts.add(REFUSED_LABEL);
      const refused = new Set((job.refused_offences ?? "").split(" "));
      const labels = Object.entries(OFFENCE_CATEGORIES).filter(([c]) => refused.has(c));
      if (labels.length === 0) texts.add(NONE);
      for (const [, label] of labels) texts.add(label);
    }
  }
  return [...texts];
}
