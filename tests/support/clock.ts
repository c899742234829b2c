import { now, nowMs } from "../../app/utils/clock";
import { tokyoDay } from "../../app/utils/dates";

// The tests read the server's clock (app/utils/clock.ts, set for a run by APP_FAKE_NOW).
// When the server decides "today" while a test acts, the test cannot know the exact day in
// advance: at 23:59:59 in Tokyo it may be either. These helpers give the days that were
// "today" at some point while the action ran, and the server's day must be one of them.

/** The Tokyo days from before `action` until after it (one day, or two across midnight). */
export async function tokyoDaysDuring(action: () => Promise<unknown>): Promise<string[]> {
  const first = tokyoDay(now());
  await action();
  const last = tokyoDay(now());
  return first === last ? [first] : [first, last];
}

/** The same as months ("YYYY-MM"). */
export async function tokyoMonthsDuring(action: () => Promise<unknown>): Promise<string[]> {
  return [...new Set((await tokyoDaysDuring(action)).map((day) => day.slice(0, 7)))];
}

/**
 * The machine time at which the application's clock shows `instant`: for a unit test that
 * stops Date at a chosen moment, so the code under test sees that moment whether or not the
 * run has APP_FAKE_NOW set.
 */
export function machineTimeFor(instant: string): Date {
  const shift = nowMs() - Date.now();
  return new Date(Date.parse(instant) - shift);
}
