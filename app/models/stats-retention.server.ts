import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import type { TableData } from "~/components/charts/stats-table";
import { tokyoDay } from "~/utils/dates";
import { fiscalYearLabel, fiscalYearOfMonth } from "~/utils/fiscal";

// Retention after a hire, from the answers to the checks (「まだ働いていますか」), by the
// fiscal year of the hire month. Counts are people: a report of 3 hires answered "2 still
// working" counts 3 answered and 2 working. A period that has not passed for anyone of a year
// is 「まだ分からない」; people whose period has not passed yet are counted apart.

export const RETENTION_MONTHS = [1, 3, 6, 12] as const;
export const UNKNOWN = "まだ分からない";

export type RetentionCell = {
  monthsAfter: number;
  hired: number;
  /** People whose check has fallen due. */
  due: number;
  answered: number;
  working: number;
};

export type RetentionYear = { fiscalYear: number; cells: RetentionCell[] };

export async function retentionFigures(db: Kysely<Database>, today = tokyoDay()): Promise<RetentionYear[]> {
  const rows = await db
    .selectFrom("hire_follow_ups as f")
    .innerJoin("hire_reports as h", "h.id", "f.hire_report_id")
    .select(["h.month", "h.hires", "f.months_after", "f.due_on", "f.answered_at", "f.still_working"])
    .where("f.months_after", "in", [...RETENTION_MONTHS])
    .execute();
  const years = new Map<number, Map<number, RetentionCell>>();
  for (const r of rows) {
    const fy = fiscalYearOfMonth(r.month);
    if (!years.has(fy)) years.set(fy, new Map(RETENTION_MONTHS.map((m) => [m, { monthsAfter: m, hired: 0, due: 0, answered: 0, working: 0 }])));
    const cell = years.get(fy)!.get(r.months_after)!;
    cell.hired += r.hires;
    if (r.due_on <= today) cell.due += r.hires;
    if (r.answered_at !== null) {
      cell.answered += r.hires;
      cell.working += r.still_working ?? 0;
    }
  }
  return [...years.entries()].sort(([a], [b]) => b - a).map(([fiscalYear, cells]) => ({ fiscalYear, cells: [...cells.values()] }));
}

export function retentionRate(cell: RetentionCell): string {
  if (cell.due === 0) return UNKNOWN;
  if (cell.answered === 0) return "答えなし";
  return `${((cell.working / cell.answered) * 100).toFixed(1)}%`;
}

export function retentionTable(years: RetentionYear[]): TableData {
  return {
    name: "retention",
    title: "採用したあとの定着（採用した月の年度別）",
    headers: ["採用した年度", "採用から", "採用した人", "答えのあった人", "まだ働いている人", "定着率", "まだ分からない人"],
    rows: years.flatMap((y) =>
      y.cells.map((c) => [
        fiscalYearLabel(y.fiscalYear),
        `${c.monthsAfter}か月`,
        c.hired,
        c.due === 0 ? UNKNOWN : c.answered,
        c.due === 0 ? UNKNOWN : c.working,
        retentionRate(c),
        c.hired - c.due,
      ]),
    ),
  };
}
