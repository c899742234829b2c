import type {
  Acceptance,
  EmploymentType,
  Industry,
  OffenceCategory,
  PayUnit,
  Ward,
} from "../../db/types";
import type { StatedTerms } from "~/schemas/stated-terms";

/**
 * Everything a posting shows, in one plain shape. The public page (/jobs/:id), the
 * employer's preview (built from the form, before saving), the printed job sheet and the
 * magazine (built from a frozen snapshot) all render this same shape, so they look alike.
 */
export type JobView = {
  id: number | null;
  title: string;
  description: string;
  employmentType: EmploymentType;
  industry: Industry;
  workplaceAddress: string;
  ward: Ward;
  payUnit: PayUnit;
  payMin: number;
  payMax: number | null;
  payNote: string;
  hours: string;
  daysOff: string;
  insurance: string;
  licenses: string;
  benefits: string;
  noExperience: boolean;
  qualificationSupport: boolean;
  housing: boolean;
  meals: boolean;
  guarantorNotNeeded: boolean;
  employerGuarantor: boolean;
  facilityInterview: boolean;
  probationOk: boolean;
  howToApply: string;
  openings: number;
  /** The items a job offer must state (April 2024 rules); null where an older posting lacks one. */
  statedTerms: StatedTerms;
  endDate: string;
  publishedAt: string | null;
  updatedAt: string | null;
  offences: Record<OffenceCategory, Acceptance>;
  employer: {
    id: number;
    name: string;
    nameKana: string;
    address: string;
    ward: Ward;
    phone: string;
    website: string;
    message: string;
    industry: Industry;
  };
};
