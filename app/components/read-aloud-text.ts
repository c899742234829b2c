import type { JobView } from "~/components/job-view";
import { formatDate } from "~/utils/dates";
import { EMPLOYMENT_TYPES, WARDS } from "~/utils/labels";
import { formatPay } from "~/utils/money";

// What the 「読み上げる」 button says: the main facts in sentences, in the order a person
// would ask about them.

export function jobSpeech(job: JobView): string {
  return [
    `${job.title}。${job.employer.name}。`,
    `${EMPLOYMENT_TYPES[job.employmentType]}。働く場所は${WARDS[job.ward]}です。`,
    `給料は${formatPay(job.payUnit, job.payMin, job.payMax)}。${job.payNote}`,
    `仕事の内容。${job.description}`,
    `働く時間。${job.hours}`,
    `休み。${job.daysOff}`,
    `応募のしかた。${job.howToApply}`,
    `募集の期限は${formatDate(job.endDate)}までです。`,
    job.employer.message ? `会社から。${job.employer.message}` : "",
  ]
    .filter(Boolean)
    .join("\n");
}
