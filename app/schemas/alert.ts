import { z } from "zod";
import { EMPLOYMENT_TYPES, keysOf, WARDS } from "~/utils/labels";
import { checkbox, email, optionalText } from "./fields";
import { FLAG_KEYS, parseJobSearch, searchQuery, type FlagFilter } from "./job-search";

// A new-job alert holds a search as /jobs takes it: words, ward, kind of work and the yes/no
// conditions. Never the offence choice: that stays in the person's browser (DESIGN.md).

const optionalChoice = <T extends string>(values: Record<T, string>, message: string) =>
  z
    .union([z.enum(keysOf(values)), z.literal("")], { error: message })
    .optional()
    .transform((v) => v || "");

const flagFields = Object.fromEntries(FLAG_KEYS.map((key) => [key, checkbox])) as Record<FlagFilter, typeof checkbox>;

/** An alert nobody confirmed is deleted after this many days. */
export const UNCONFIRMED_DAYS = 7;

export const alertSearchSchema = z.object({
  q: optionalText("さがすことば", { max: 100 }),
  ward: optionalChoice(WARDS, "働く場所（区）を選び直してください"),
  type: optionalChoice(EMPLOYMENT_TYPES, "働き方を選び直してください"),
  ...flagFields,
});

export const alertSubscribeSchema = alertSearchSchema.extend({ email });

export type AlertSearchInput = z.output<typeof alertSearchSchema>;

/** The /jobs query string (without "?") for what the form holds, as /jobs itself writes it. */
export function alertSearchQuery(input: AlertSearchInput): string {
  const params = new URLSearchParams();
  if (input.q) params.set("q", input.q);
  if (input.ward) params.set("ward", input.ward);
  if (input.type) params.set("type", input.type);
  for (const key of FLAG_KEYS) if (input[key]) params.set(key, "1");
  return searchQuery(parseJobSearch(params)).replace(/^\?/, "");
}
