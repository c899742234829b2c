import { useEffect, useState } from "react";
import type { JobCardData } from "~/components/job-card";
import type { Readings } from "~/components/ruby-text";
import { isHiddenBy, useOffenceChoice } from "~/components/offence-filter";
import { decodeFacts, expandCards, type CompactCards } from "~/utils/result-facts";

// The private offence choice applied to a whole search result in the browser: counts, pages
// and both sorts come from the facts the page carries (every match's id and refused
// categories, in the page's order); cards that are not on the server's page come from
// /jobs/cards.json, which every visitor's browser fetches alike for a result longer than a
// page. Nothing sent depends on the choice (docs/decisions/0017).

type Loaded = { cards: Map<number, JobCardData>; readings: Readings };

const fetched = new Map<string, Promise<Loaded>>();

function loadCards(url: string) {
  let pending = fetched.get(url);
  if (!pending) {
    pending = fetch(url, { credentials: "omit" })
      .then((res) => (res.ok ? (res.json() as Promise<CompactCards>) : { employers: [], cards: [] }))
      .then((data) => ({ cards: expandCards(data), readings: data.readings ?? {} }))
      .catch(() => {
        fetched.delete(url);
        return { cards: new Map<number, JobCardData>(), readings: {} };
      });
    fetched.set(url, pending);
  }
  return pending;
}

type Result = { total: number; page: number; pages: number; jobs: JobCardData[]; facts: string };

export type FilteredResult = {
  /** Whether a choice is set and applied (false on the server and without one). */
  active: boolean;
  total: number;
  hidden: number;
  page: number;
  pages: number;
  /** The cards of the page; null where a card has not arrived yet. */
  jobs: (JobCardData | null)[];
  /** Readings of the cards that came from the cards' address (asked for with furigana=1). */
  readings: Readings;
};

export function useFilteredResult(result: Result, cardsUrl: string, pageSize: number): FilteredResult {
  const { mask } = useOffenceChoice();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // Fetched whether or not a choice is set: the request must not tell.
  const needsMore = result.total > pageSize;
  useEffect(() => {
    if (!needsMore) return;
    let live = true;
    setLoaded(null);
    loadCards(cardsUrl).then((data) => live && setLoaded(data));
    return () => {
      live = false;
    };
  }, [cardsUrl, needsMore]);

  const readings = loaded?.readings ?? {};
  if (mask === 0) return { active: false, total: result.total, hidden: 0, page: result.page, pages: result.pages, jobs: result.jobs, readings };
  const facts = decodeFacts(result.facts);
  const kept = facts.filter((f) => !isHiddenBy(f.mask, mask));
  const pages = Math.max(1, Math.ceil(kept.length / pageSize));
  const page = result.page;
  const onPage = new Map(result.jobs.map((job) => [job.id, job]));
  const jobs = kept
    .slice((page - 1) * pageSize, page * pageSize)
    .map((f) => onPage.get(f.id) ?? loaded?.cards.get(f.id) ?? null);
  return { active: true, total: kept.length, hidden: facts.length - kept.length, page, pages, jobs, readings };
}
