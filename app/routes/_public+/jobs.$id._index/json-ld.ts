import type { EmploymentType, PayUnit } from "../../../../db/types";
import type { JobView } from "~/components/job-view";

// schema.org JobPosting, so that search engines can show the posting as a job.
// Of the items a job offer must state (decision 0014) only the social insurance has a
// schema.org property (jobBenefits); probation, contract period and renewal, overtime,
// smoking measures and the range of change have none and stay on the page only.

const EMPLOYMENT_TYPE: Record<EmploymentType, string> = {
  full_time: "FULL_TIME",
  contract: "CONTRACTOR",
  part_time: "PART_TIME",
  temporary: "TEMPORARY",
  day_labor: "PER_DIEM",
};

const UNIT: Record<PayUnit, string> = { hour: "HOUR", day: "DAY", month: "MONTH" };

export function jobPostingLd(job: JobView & { id: number }, url: string, siteName: string) {
  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: job.title,
    description: job.description,
    datePosted: job.publishedAt ?? undefined,
    validThrough: `${job.endDate}T23:59:59+09:00`,
    employmentType: EMPLOYMENT_TYPE[job.employmentType],
    url,
    identifier: { "@type": "PropertyValue", name: siteName, value: String(job.id) },
    hiringOrganization: {
      "@type": "Organization",
      name: job.employer.name,
      ...(job.employer.website ? { sameAs: job.employer.website } : {}),
    },
    jobLocation: {
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        streetAddress: job.workplaceAddress,
        addressRegion: "熊本県",
        addressCountry: "JP",
      },
    },
    ...(job.insurance ? { jobBenefits: `加入する保険: ${job.insurance}` } : {}),
    baseSalary: {
      "@type": "MonetaryAmount",
      currency: "JPY",
      value: {
        "@type": "QuantitativeValue",
        minValue: job.payMin,
        ...(job.payMax ? { maxValue: job.payMax } : {}),
        unitText: UNIT[job.payUnit],
      },
    },
  };
}

/**
 * JSON that is safe inside a <script> element: no "<" (so no "</script>" or "<!--"), no
 * ">" or "&", and no U+2028/U+2029, which old JavaScript parsers take for line ends.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
