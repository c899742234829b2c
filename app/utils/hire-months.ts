import { tokyoDay } from "./dates";
import { addMonthsToMonth, monthLabel, type Month } from "./fiscal";

/** How far back a hire may be reported: the month it happened, up to a year ago. */
export const HIRE_MONTHS_BACK = 12;

/** The checks after a hire, in months after the hire month: monthly for six months, then 9 and 12. */
export const FOLLOW_UP_MONTHS = [1, 2, 3, 4, 5, 6, 9, 12] as const;

export function currentMonth(today = tokyoDay()): Month {
  return today.slice(0, 7);
}

/** The months a hire may be reported for, newest first, as select options. */
export function hireMonthOptions(today = tokyoDay()): Record<string, string> {
  const now = currentMonth(today);
  return Object.fromEntries(
    Array.from({ length: HIRE_MONTHS_BACK + 1 }, (_, i) => {
      const month = addMonthsToMonth(now, -i);
      return [month, monthLabel(month)];
    }),
  );
}

/** The day a check falls due: the first day of the month `monthsAfter` after the hire month. */
export function followUpDueOn(hireMonth: Month, monthsAfter: number): string {
  return `${addMonthsToMonth(hireMonth, monthsAfter)}-01`;
}
