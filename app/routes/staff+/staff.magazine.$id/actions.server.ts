import type { ActionFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import type { Actor } from "~/models/audit.server";
import { searchJobs } from "~/models/job-search.server";
import { deleteDraftIssue, findIssue, issueIsScheduled, publishIssue, updateIssue } from "~/models/magazine.server";
import { addItems, moveItem, removeItem, setOrderMode } from "~/models/magazine-items.server";
import { ensureIssuePdf } from "~/models/pdf.server";
import { hasForbiddenCharacter } from "~/schemas/fields";
import { parseJobSearch } from "~/schemas/job-search";
import { magazineIssueSchema, ORDER_MODES, type OrderMode } from "~/schemas/magazine";
import { db } from "~/utils/db.server";
import { tokyoDay } from "~/utils/dates";
import { formError, parseForm } from "~/utils/forms.server";

/** "Add every match" stops here: an issue of more than this would be a phone book. */
const MAX_ADD_ALL = 200;

function backTo(request: Request, done: string) {
  const url = new URL(request.url);
  url.searchParams.set("done", done);
  url.searchParams.delete("confirm");
  return redirect(`${url.pathname}${url.search}`);
}

function ids(values: FormDataEntryValue[]): number[] {
  return values.map(Number).filter((n) => Number.isInteger(n) && n > 0);
}

async function everyMatch(query: string): Promise<number[]> {
  const search = parseJobSearch(new URLSearchParams(query));
  const found: number[] = [];
  for (let page = 1; found.length < MAX_ADD_ALL; page += 1) {
    const result = await searchJobs(db, { ...search, page });
    found.push(...result.jobs.map((j) => j.id));
    if (result.page >= result.pages) break;
  }
  return found.slice(0, MAX_ADD_ALL);
}

const PUBLISH_ERRORS = {
  "not-draft": "この号はもう発行されています。",
  empty: "のせる求人を1件以上選んでください。",
};

export async function issueAction(args: ActionFunctionArgs, staff: Actor, id: number) {
  const formData = await args.request.formData();
  const intent = String(formData.get("intent") ?? "");
  const notDraft = () => formError(formData, { _form: "発行した号は変えられません。" }, 409);

  switch (intent) {
    case "save": {
      const parsed = parseForm(formData, magazineIssueSchema);
      if (!parsed.ok) return parsed.response;
      const saved = await updateIssue(db, staff, id, parsed.data);
      if (!saved.ok && saved.error === "number-taken") {
        return formError(formData, { number: `第${parsed.data.number}号はもうあります。ほかの号数にしてください` });
      }
      if (!saved.ok) return notDraft();
      return backTo(args.request, "saved");
    }
    case "add":
    case "add-all": {
      // The search is the page's own query string in a hidden field: percent-encoded, so a
      // raw line break or control character was never sent by the page.
      const search = String(formData.get("search") ?? "");
      if (intent === "add-all" && hasForbiddenCharacter(search, false)) return formError(formData, { _form: "検索の条件を読み取れません。もう一度さがしてください。" });
      const jobIds = intent === "add" ? ids(formData.getAll("jobId")) : await everyMatch(search);
      if (jobIds.length === 0) return formError(formData, { _form: "加える求人を選んでください。" });
      const added = await addItems(db, staff, id, jobIds);
      if (added === null) return notDraft();
      return backTo(args.request, `added-${added}`);
    }
    case "remove": {
      if (!(await removeItem(db, staff, id, Number(formData.get("itemId"))))) return notDraft();
      return backTo(args.request, "removed");
    }
    case "move": {
      const direction = formData.get("direction") === "up" ? "up" : "down";
      if (!(await moveItem(db, staff, id, Number(formData.get("itemId")), direction))) return notDraft();
      return backTo(args.request, "moved");
    }
    case "order": {
      const mode = String(formData.get("mode"));
      if (!Object.hasOwn(ORDER_MODES, mode)) return formError(formData, { _form: "並べ方を選んでください" });
      if (!(await setOrderMode(db, staff, id, mode as OrderMode))) return notDraft();
      return backTo(args.request, "ordered");
    }
    case "publish": {
      // Publishing freezes the issue for good: only the confirmation form's second step does it.
      if (formData.get("confirm") !== "yes") return redirect(`${new URL(args.request.url).pathname}?confirm=publish`);
      const result = await publishIssue(db, staff, id);
      if (!result.ok) {
        const message =
          result.error === "ended"
            ? `募集が終わった求人があります。外してから発行してください: ${result.titles.join("、")}`
            : PUBLISH_ERRORS[result.error];
        return formError(formData, { _form: message }, result.error === "not-draft" ? 409 : 400);
      }
      const issue = await findIssue(db, id);
      // A scheduled issue is not public yet, so its print page cannot be printed anonymously;
      // its PDF is made by the first request on or after its date.
      if (issue && issueIsScheduled(issue, tokyoDay())) return backTo(args.request, "scheduled");
      // The PDF is made now, so that the first reader downloads a finished file; if it
      // cannot be made, the issue is published all the same and its pages say why.
      const pdf = issue ? await ensureIssuePdf(db, issue) : null;
      return backTo(args.request, pdf?.state === "ready" ? "published" : "published-nopdf");
    }
    case "delete": {
      const deleted = await deleteDraftIssue(db, staff, id);
      if (!deleted.ok) return formError(formData, { _form: "発行した号は消せません。" }, 409);
      return redirect("/staff/magazine?done=deleted");
    }
    default:
      throw data({ message: "この操作はできません" }, { status: 400 });
  }
}
