import type { LoaderFunctionArgs } from "@remix-run/node";
import { jobCardTexts } from "~/components/job-card-texts";
import { allResultCards } from "~/models/job-search.server";
import { pageReadings } from "~/models/page-readings.server";
import { parseJobSearch } from "~/schemas/job-search";
import { db } from "~/utils/db.server";
import { compactCards } from "~/utils/result-facts";

// Every card of a search's result (up to the count cap), compact. The /jobs page fetches it
// after it loads, for every visitor alike, with or without an offence choice: the browser
// builds a filtered page from it without the request saying anything about the choice
// (docs/decisions/0017). The page and the sort are not part of it: the page carries the order.
// The browser fetches it without cookies; a reader with furigana on asks with furigana=1 for
// the cards' stored readings too (one query per 500 texts).
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const search = parseJobSearch(params);
  const cards = await allResultCards(db, { ...search, page: 1, sort: "newest" });
  const body = compactCards(cards);
  if (params.get("furigana") === "1") body.readings = await pageReadings(db, jobCardTexts(cards));
  return new Response(JSON.stringify(body), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=60",
    },
  });
}
