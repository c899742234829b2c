import type { LoaderFunctionArgs } from "@remix-run/node";
import { allResultCards } from "~/models/job-search.server";
import { parseJobSearch } from "~/schemas/job-search";
import { db } from "~/utils/db.server";
import { compactCards } from "~/utils/result-facts";

// Every card of a search's result (up to the count cap), compact. The /jobs page fetches it
// after it loads, for every visitor alike, with or without an offence choice: the browser
// builds a filtered page from it without the request saying anything about the choice
// (docs/decisions/0017). The page and the sort are not part of it: the page carries the order.
export async function loader({ request }: LoaderFunctionArgs) {
  const search = parseJobSearch(new URL(request.url).searchParams);
  const cards = await allResultCards(db, { ...search, page: 1, sort: "newest" });
  return new Response(JSON.stringify(compactCards(cards)), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=60",
    },
  });
}
