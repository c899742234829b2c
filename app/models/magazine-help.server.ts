import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import type { PrintHelpEntry } from "~/components/print/help-layout";
import { listHelpEntries } from "~/models/help-entries.server";
import type { MagazineIssue } from "~/models/magazine.server";

// The help list on a magazine issue's back pages. Publishing freezes it into the issue, as it
// freezes the postings: staff may change /help afterwards, and the published issue keeps what
// it printed. A draft shows the list as it is now, which is what publishing would freeze.

/** The help list as it is now, in the form an issue prints and keeps. */
export async function currentHelpForPrint(db: Kysely<Database>): Promise<PrintHelpEntry[]> {
  return (await listHelpEntries(db)).map(({ section, name, body, contact, isExample }) => ({
    section,
    name,
    body,
    contact,
    isExample,
  }));
}

/**
 * The help list an issue prints: a draft's is the current one; a published issue's is the
 * one frozen when it was published, and none for an issue published before issues kept one
 * (it was printed without help pages and stays as it was).
 */
export async function issueHelp(
  db: Kysely<Database>,
  issue: Pick<MagazineIssue, "status" | "help_snapshot">,
): Promise<PrintHelpEntry[]> {
  if (issue.status === "draft") return currentHelpForPrint(db);
  return issue.help_snapshot ? (JSON.parse(issue.help_snapshot) as PrintHelpEntry[]) : [];
}
