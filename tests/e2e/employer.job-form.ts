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
  await page.getByLabel("応募のしかた").fill("保護観察官を通して申し込んでください。");
  await page.getByLabel("強盗").selectOption("no");
  await page.getByLabel("窃盗").selectOption("ok");
  await page.getByLabel("掲載の終わる日").fill(addMonths(tokyoDay(), 2));
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
