import { Link } from "@remix-run/react";
import type { EmploymentType, Industry, PayUnit, Ward } from "../../db/types";
import { jobBadges } from "~/components/job-detail";
import { SaveButton } from "~/components/saved-jobs";
import { EMPLOYMENT_TYPES, OFFENCE_CATEGORIES, WARDS } from "~/utils/labels";
import { formatPay } from "~/utils/money";

type Flag = 0 | 1;

export type JobCardData = {
  id: number;
  title: string;
  ward: Ward;
  industry: Industry;
  employment_type: EmploymentType;
  pay_unit: PayUnit;
  pay_min: number;
  pay_max: number | null;
  housing: Flag;
  no_experience: Flag;
  meals?: Flag;
  guarantor_not_needed?: Flag;
  employer_guarantor?: Flag;
  probation_ok?: Flag;
  facility_interview?: Flag;
  qualification_support?: Flag;
  employer_name: string;
  /** Space-separated offence categories the posting cannot accept. */
  refused_offences?: string | null;
};

export function refusedCategories(job: Pick<JobCardData, "refused_offences">): string[] {
  const refused = new Set((job.refused_offences ?? "").split(" "));
  return Object.keys(OFFENCE_CATEGORIES).filter((c) => refused.has(c));
}

export function JobCard({ job, hidden = false }: { job: JobCardData; hidden?: boolean }) {
  const refused = refusedCategories(job);
  const badges = jobBadges({
    noExperience: job.no_experience === 1,
    housing: job.housing === 1,
    meals: job.meals === 1,
    guarantorNotNeeded: job.guarantor_not_needed === 1,
    employerGuarantor: job.employer_guarantor === 1,
    probationOk: job.probation_ok === 1,
    facilityInterview: job.facility_interview === 1,
    qualificationSupport: job.qualification_support === 1,
  });
  return (
    <article className="job-card" data-refused={refused.join(" ")} hidden={hidden || undefined}>
      <h3>
        {/* Not discovered as it renders: which cards a page shows can depend on the private
            offence choice, and Remix's route discovery would send their addresses. */}
        <Link to={`/jobs/${job.id}`} discover="none">
          {job.title}
        </Link>
      </h3>
      <p className="job-employer">{job.employer_name}</p>
      <SaveButton job={{ id: job.id, title: job.title, employer: job.employer_name }} />
      <p className="job-facts">
        <span>{WARDS[job.ward]}</span>
        <span>{EMPLOYMENT_TYPES[job.employment_type]}</span>
        <span>{formatPay(job.pay_unit, job.pay_min, job.pay_max)}</span>
      </p>
      {badges.length ? (
        <ul className="badges" aria-label="特徴">
          {badges.map((b) => (
            <li key={b} className="badge">
              {b}
            </li>
          ))}
        </ul>
      ) : null}
      {job.refused_offences !== undefined ? (
        <p className="offence-line">
          {refused.length
            ? `採用できない罪名: ${refused.map((c) => OFFENCE_CATEGORIES[c as keyof typeof OFFENCE_CATEGORIES]).join("・")}`
            : "採用できない罪名: なし"}
        </p>
      ) : null}
    </article>
  );
}
