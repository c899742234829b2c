import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaff } from "~/auth/guards.server";
import { recordAudit } from "~/models/audit.server";
import { loadStatsTable } from "~/models/stats-tables.server";
import { fiscalYearsWithData } from "~/models/stats-years.server";
import { pickFiscalYear } from "~/schemas/stats";
import { csvResponse } from "~/utils/csv";
import { db } from "~/utils/db.server";
import { currentFiscalYear } from "~/utils/fiscal";
import { assertFound } from "~/utils/http";
import { now as clockNow } from "~/utils/clock";

// /staff/stats/csv/:table?fy=2026: the same table the page shows, for Excel.
export async function loader(args: LoaderFunctionArgs) {
  const staff = await requireStaff(args);
  const now = clockNow();
  const url = new URL(args.request.url);
  const fiscalYear = pickFiscalYear(url.searchParams.get("fy"), await fiscalYearsWithData(db, now), currentFiscalYear(now));
  const name = args.params.table ?? "";
  const table = assertFound(await loadStatsTable(db, name, fiscalYear, now));
  const rows = [...table.rows, ...(table.footer ?? [])];
  await recordAudit(db, staff, "download.csv", { type: "stats_table", id: name }, { title: table.title });
  const safeTitle = table.title.replace(/[\\/:*?"<>|]/g, "・");
  return csvResponse(`${safeTitle}.csv`, `stats-${name}-${fiscalYear}.csv`, table.headers, rows);
}
