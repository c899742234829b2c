import type { LoaderFunctionArgs } from "@remix-run/node";
import { getUser } from "~/auth/guards.server";
import { recordAudit } from "~/models/audit.server";
import { findReadableIssue } from "~/models/magazine.server";
import { ensureIssuePdf, readPdf } from "~/models/pdf.server";
import { db } from "~/utils/db.server";
import { assertFound } from "~/utils/http";

// /magazine/:number.pdf — the file name's dot is escaped in the route name ("[.]pdf"), so
// this route outranks /magazine/:number for any path ending in ".pdf". Published issues
// only: a draft has no PDF.
export async function loader(args: LoaderFunctionArgs) {
  const { params } = args;
  const issue = assertFound(await findReadableIssue(db, params.number, false));
  const pdf = await ensureIssuePdf(db, issue);
  if (pdf.state !== "ready") {
    return new Response(pdf.state === "unavailable" ? pdf.reason : "PDF を作っています。", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const body = await readPdf(pdf.path);
  // Anyone may read the PDF; a download by city staff is recorded like their CSVs.
  const user = await getUser(args);
  if (user?.role === "staff") await recordAudit(db, user, "download.pdf", { type: "magazine_issue", id: issue.id });
  const name = `magazine-${issue.number}.pdf`;
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(body.length),
      "Content-Disposition": `inline; filename="${name}"`,
      // A published issue never changes, so neither does its PDF.
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
