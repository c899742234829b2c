import { Link } from "@remix-run/react";
import { Fragment } from "react";
import type { EmploymentType, Industry, PayUnit, Ward } from "../../db/types";
import { cardBadges, NONE, REFUSED_LABEL, YEN } from "~/components/job-card-texts";
import { Ruby } from "~/components/ruby-text";
import { SaveButton } from "~/components/saved-jobs";
import { EMPLOYMENT_TYPES, OFFENCE_CATEGORIES, PAY_UNITS, WARDS } from "~/utils/labels";
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

/** 「月給 200,000円〜」 as formatPay writes it, with the unit and 円 able to carry readings. */
function Pay({ job }: { job: JobCardData }) {
  const text = formatPay(job.pay_unit, job.pay_min, job.pay_max);
  const unit = PAY_UNITS[job.pay_unit];
  const parts = text.slice(unit.length).split(YEN);
  return (
    <>
      <Ruby text={unit} />
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i ? <Ruby text={YEN} /> : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}

export function JobCard({ job, hidden = false }: { job: JobCardData; hidden?: boolean }) {
  const refused = refusedCategories(job);
  const badges = cardBadges(job);
  return (
    <article className="job-card" data-refused={refused.join(" ")} hidden={hidden || undefined}>
      <h3>
        {/* Not discovered as it renders: which cards a page shows can depend on the private
            offence choice, and Remix's route discovery would send their addresses. */}
        <Link to={`/jobs/${job.id}`} discover="none">
          <Ruby text={job.title} />
        </Link>
      </h3>
      <p className="job-employer">
        <Ruby text={job.employer_name} />
      </p>
      <SaveButton job={{ id: job.id, title: job.title, employer: job.employer_name }} />
      <p className="job-facts">
        <span>
          <Ruby text={WARDS[job.ward]} />
        </span>
        <span>
          <Ruby text={EMPLOYMENT_TYPES[job.employment_type]} />
        </span>
        <span>
          <Pay job={job} />
        </span>
      </p>
      {badges.length ? (
        <ul className="badges" aria-label="特徴">
          {badges.map((b) => (
            <li key={b} className="badge">
              <Ruby text={b} />
            </li>
          ))}
        </ul>
      ) : null}
      {job.refused_offences !== undefined ? (
        <p className="offence-line">
          <Ruby text={REFUSED_LABEL} />
          {": "}
          {refused.length ? (
            refused.map((c, i) => (
              <Fragment key={c}>
                {i ? "・" : null}
                <Ruby text={OFFENCE_CATEGORIES[c as keyof typeof OFFENCE_CATEGORIES]} />
              </Fragment>
            ))
          ) : (
            <Ruby text={NONE} />
          )}
        </p>
      ) : null}
    </article>
  );
}
