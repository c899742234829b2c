import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaff } from "~/auth/guards.server";
import { auditFilterFromParams, exportAudit, recordAudit } from "~/models/audit.server";
import { AUDIT_CSV_HEADERS, csvRow, viewEntry } from "~/models/audit-view";
import { csvResponse } from "~/utils/csv";
import { db } from "~/utils/db.server";
import { tokyoDay } from "~/utils/dates";

// /staff/audit.csv?…: the entries the log page shows for the same filter, all pages, for
// Excel. The export itself is recorded (after the rows are read, so it is not in its own file).
export async function loader(args: LoaderFunctionArgs) {
  const staff = await requireStaff(args);
  const filter = auditFilterFromParams(new URL(args.request.url).searchParams);
  const rows = (await exportAudit(db, filter)).map((row) => csvRow(viewEntry(row)));
  const used = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== ""));
  await recordAudit(db, staff, "audit.export", { type: "audit_log", id: 0 }, { filter: used, rows: rows.length });
  const day = tokyoDay();
  return csvResponse(`監査ログ_${day}.csv`, `audit-log-${day}.csv`, AUDIT_CSV_HEADERS, rows);
}
