import { z } from "zod";
import type { OffenceCategory } from "../../db/types";
import { addMonths, tokyoDay } from "~/utils/dates";
import { EMPLOYMENT_TYPES, INDUSTRIES, OFFENCE_CATEGORIES, PAY_UNITS, WARDS, keysOf } from "~/utils/labels";
import { atMost, checkbox, choice, date, optionalText, text, toHalfWidthDigits } from "./fields";
import { statedTermFields } from "./stated-terms";

// The job posting as an employer enters it, grouped like Hello Work's job sheet (求人票).
// There is deliberately no age field: age limits in job offers are prohibited outside the
// legal exceptions (労働施策総合推進法).

export const OFFENCE_FIELDS = keysOf(OFFENCE_CATEGORIES).map((category) => ({
  category,
  name: `offence_${category}` as const,
}));

/** The longest a posting may stay up before the employer confirms it is still current. */
export const MAX_END_MONTHS = 6;
export const DEFAULT_END_MONTHS = 3;

/** A whole number typed by a person: full-width digits, commas and spaces are forgiven. */
function yen(label: string, { required }: { required: boolean }) {
  return z
    .string({ error: `${label}を入力し直してください` })
    .optional()
    .transform((s) => toHalfWidthDigits(s ?? "").replace(/[,， \u3000]/g, ""))
    .pipe(z.string().refine((s) => !required || s !== "", { error: `${label}を入力してください` }))
    .pipe(atMost(8, `${label}は1円から1000万円までで入力してください`))
    .pipe(
      z
        .string()
        .refine((s) => /^\d*$/.test(s), { error: `${label}は数字で入力してください（例: 1100）` })
        .transform((s) => (s === "" ? null : Number(s)))
        .refine((n) => n === null || (n >= 1 && n <= 10_000_000), {
          error: `${label}は1円から1000万円までで入力してください`,
        }),
    );
}

const openings = z
  .string({ error: "募集する人数を入力してください" })
  .transform((s) => toHalfWidthDigits(s).trim())
  .pipe(atMost(3, "募集する人数は1人から999人までです").min(1, { error: "募集する人数を入力してください" }))
  .pipe(
    z
      .string()
      .regex(/^\d+$/, { error: "募集する人数は数字で入力してください" })
      .transform(Number)
      .refine((n) => n >= 1 && n <= 999, { error: "募集する人数は1人から999人までです" }),
  );

const endDate = date("掲載の終わる日")
  .refine((day) => day >= tokyoDay(), { error: "掲載の終わる日は、今日かそれより後にしてください" })
  .refine((day) => day <= addMonths(tokyoDay(), MAX_END_MONTHS), {
    error: `掲載の終わる日は、今日から${MAX_END_MONTHS}か月以内にしてください`,
  });

const acceptance = choice(["ok", "consult", "no"], "可・要相談・不可のどれかを選んでください");

const offenceShape = Object.fromEntries(OFFENCE_FIELDS.map(({ name }) => [name, acceptance])) as Record<
  `offence_${OffenceCategory}`,
  typeof acceptance
>;

const PAY_FIELDS = new Set(["pay_unit", "pay_min", "pay_max"]);

function fields() {
  return {
    // 仕事の内容
    title: text("職種", { max: 60 }),
    description: text("仕事の内容", { max: 2000, multiline: true }),
    employment_type: choice(keysOf(EMPLOYMENT_TYPES), "雇用の形を選んでください"),
    industry: choice(keysOf(INDUSTRIES), "業種を選んでください"),
    openings,
    licenses: optionalText("必要な免許・資格", { max: 300 }),
    no_experience: checkbox,
    qualification_support: checkbox,
    // 就業場所
    workplace_address: text("働く場所の住所", { max: 200 }),
    ward: choice(keysOf(WARDS), "働く場所の区を選んでください"),
    // 賃金
    pay_unit: choice(keysOf(PAY_UNITS), "給与の形（時給・日給・月給）を選んでください"),
    pay_min: yen("給与（いちばん低い額）", { required: true }),
    pay_max: yen("給与（いちばん高い額）", { required: false }),
    pay_note: optionalText("給与の補足", { max: 500, multiline: true }),
    // 労働時間・休日
    hours: text("働く時間", { max: 300, multiline: true }),
    days_off: text("休日", { max: 300, multiline: true }),
    // 保険・待遇
    // Social insurance is one of the items a job offer must state (decision 0014).
    insurance: text("加入する保険", { max: 300 }),
    benefits: optionalText("その他の待遇", { max: 1000, multiline: true }),
    housing: checkbox,
    meals: checkbox,
    // 応募・選考
    guarantor_not_needed: checkbox,
    employer_guarantor: checkbox,
    facility_interview: checkbox,
    probation_ok: checkbox,
    how_to_apply: text("応募のしかた", { max: 1000, multiline: true }),
    // 採用できない罪名
    ...offenceShape,
    // 求人に書くことが法律で決まっている労働条件（2024年4月から）
    ...statedTermFields(),
    // 掲載期間
    end_date: endDate,
  };
}

/** The posting's fields in the order the form shows them (the revision diff follows it). */
export const JOB_FIELD_ORDER = Object.keys(fields());

/**
 * The posting schema for a given minimum hourly wage (a setting, passed from the loader to
 * the page so the browser checks the same figure as the server).
 */
export function makeJobSchema(minimumHourlyWage: number) {
  const base = z.object(fields());
  // Pay is checked as a whole as soon as its own fields are valid, even while others are not.
  const payValid = (payload: { issues: Array<{ path?: PropertyKey[] }> }) =>
    !payload.issues.some((i) => PAY_FIELDS.has(String(i.path?.[0])));
  return base
    .refine((v) => v.pay_unit !== "hour" || (v.pay_min ?? 0) >= minimumHourlyWage, {
      path: ["pay_min"],
      error: `時給は熊本県の最低賃金（${minimumHourlyWage.toLocaleString("ja-JP")}円）以上にしてください`,
      when: payValid,
    })
    .refine((v) => v.pay_max === null || v.pay_min === null || v.pay_max >= v.pay_min, {
      path: ["pay_max"],
      error: "いちばん高い額は、いちばん低い額と同じか、それより多くしてください",
      when: payValid,
    })
    .transform(({ pay_min, ...rest }) => ({ ...rest, pay_min: pay_min as number }));
}

/** The schema at the statutory default; pages use makeJobSchema with the stored setting. */
export const jobSchema = makeJobSchema(1034);

export type JobInput = z.output<typeof jobSchema>;

/** A JobInput as the strings and ticks a form shows (edit forms, a revision being reworked). */
export function jobInputToFormDefaults(input: JobInput): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(input)) {
    out[key] = typeof value === "boolean" ? value : value === null ? "" : String(value);
  }
  return out;
}

/** What a new posting form starts with. */
export function newJobDefaults(employer: { industry: string; address: string; ward: string }) {
  const defaults: Record<string, string | boolean> = {
    industry: employer.industry,
    workplace_address: employer.address,
    ward: employer.ward,
    openings: "1",
    end_date: addMonths(tokyoDay(), DEFAULT_END_MONTHS),
  };
  for (const { name } of OFFENCE_FIELDS) defaults[name] = "consult";
  return defaults;
}
