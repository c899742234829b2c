import { Link } from "@remix-run/react";
import type { EmploymentType, Industry, PayUnit, Ward } from "../../db/types";
import { EMPLOYMENT_TYPES, WARDS } from "~/utils/labels";
import { formatPay } from "~/utils/money";

export type JobCardData = {
  id: number;
  title: string;
  ward: Ward;
  industry: Industry;
  employment_type: EmploymentType;
  pay_unit: PayUnit;
  pay_min: number;
  pay_max: number | null;
  housing: 0 | 1;
  no_experience: 0 | 1;
  employer_name: string;
};

export function JobCard({ job }: { job: JobCardData }) {
  return (
    <article className="job-card">
      <h3>
        <Link to={`/jobs/${job.id}`}>{job.title}</Link>
      </h3>
      <p className="job-employer">{job.employer_name}</p>
      <p className="job-facts">
        <span>{WARDS[job.ward]}</span>
        <span>{EMPLOYMENT_TYPES[job.employment_type]}</span>
        <span>{formatPay(job.pay_unit, job.pay_min, job.pay_max)}</span>
      </p>
      <p className="badges">
        {job.housing ? <span className="badge">寮・社宅あり</span> : null}
        {job.no_experience ? <span className="badge">未経験OK</span> : null}
      </p>
    </article>
  );
}
