import type { Page } from "@playwright/test";
import { addMonths, tokyoDay } from "../../app/utils/dates";

/** Fills every required field of the posting form (and a few optional ones) the way a person would. */
export async function fillJobForm(page: Page, values: { title: string; payMin?: string; description?: string }) {
  await page.getByLabel("職種", { exact: true }).fill(values.title);
  await page.getByLabel("仕事の内容", { exact: true }).fill(values.description ?? "倉庫で荷物を仕分けします。\n先輩が教えます。");
  await page.getByLabel("雇用の形").selectOption("part_time");
  await page.getByLabel("業種").selectOption("transport");
  await page.getByLabel("募集する人数").fill("2");
  await page.getByLabel("経験がなくても応募できる").check();
  await page.getByLabel("働く場所の住所").fill("熊本市南区城南町1-1");
  await page.getByLabel("働く場所の区").selectOption("minami");
  await page.getByLabel("給与の形").selectOption("hour");
  await page.getByLabel("給与（いちばん低い額）").fill(values.payMin ?? "1100");
  await page.getByLabel("給与（いちばん高い額）").fill("1300");
  await page.getByLabel("働く時間", { exact: true }).fill("9:00〜18:00（休憩60分）");
  await page.getByLabel("休日", { exact: true }).fill("土曜・日曜");
  await page.getByLabel("寮・社宅がある").check();
  await page.getByLabel("加入する保険").fill("雇用保険・労災保険");
  await fillStatedTerms(page);
  await page.getByLabel("応募のしかた").fill("保護観察官を通して申し込んでください。");
  await page.getByLabel("強盗").selectOption("no");
  await page.getByLabel("窃盗").selectOption("ok");
  await page.getByLabel("掲載の終わる日").fill(addMonths(tokyoDay(), 2));
}

/** What fillStatedTerms types, item by item (the items a job offer must state). */
export const STATED_TERM_VALUES = {
  probation_terms: "あり（2か月）。その間の時給は1,050円",
  contract_terms: "6か月ごと。更新あり（勤務の成績で決めます）。更新は3回まで",
  overtime: "あり（月に平均8時間ぐらい）",
  smoking_measures: "敷地の中はすべて禁煙",
  workplace_change_scope: "熊本市南区の倉庫のどれか",
  duties_change_scope: "倉庫の仕事全般",
} as const;

export async function fillStatedTerms(page: Page, values: Partial<Record<keyof typeof STATED_TERM_VALUES, string>> = {}) {
  const all = { ...STATED_TERM_VALUES, ...values };
  await page.locator("#field-probation_terms").fill(all.probation_terms);
  await page.locator("#field-contract_terms").fill(all.contract_terms);
  await page.locator("#field-overtime").fill(all.overtime);
  await page.locator("#field-smoking_measures").fill(all.smoking_measures);
  await page.locator("#field-workplace_change_scope").fill(all.workplace_change_scope);
  await page.locator("#field-duties_change_scope").fill(all.duties_change_scope);
}

export function uniqueTitle(prefix: string) {
  return `${prefix}${Math.random().toString(36).slice(2, 8)}`;
}

/** A complete, valid posting as the form would post it (for requests sent without the page). */
export function validJobPost(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    title: "別の会社の職種",
    description: "説明",
    employment_type: "full_time",
    industry: "construction",
    openings: "1",
    workplace_address: "熊本市中央区1-1",
    ward: "chuo",
    pay_unit: "day",
    pay_min: "10000",
    hours: "8:00〜17:00",
    days_off: "日曜",
    how_to_apply: "電話",
    insurance: "雇用保険・労災保険",
    probation_terms: "なし",
    contract_terms: "期間の定めなし",
    overtime: "なし",
    smoking_measures: "屋内は禁煙",
    workplace_change_scope: "変更なし",
    duties_change_scope: "変更なし",
    end_date: addMonths(tokyoDay(), 2),
    offence_theft: "ok",
    offence_fraud: "ok",
    offence_violence: "ok",
    offence_robbery: "ok",
    offence_sexual: "ok",
    offence_drugs: "ok",
    offence_traffic: "ok",
    offence_arson: "ok",
    offence_homicide: "ok",
    intent: "submit",
    ...overrides,
  };
}
