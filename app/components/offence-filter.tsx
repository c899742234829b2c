import { Link } from "@remix-run/react";
import { useSyncExternalStore } from "react";
import { localStore } from "~/utils/local-store";
import type { OffenceCategory } from "../../db/types";
import { OFFENCE_CATEGORIES, keysOf } from "~/utils/labels";
import { Ruby } from "~/components/ruby-text";

// Which offence categories a seeker wants to hide postings for is about the seeker, so it
// stays in this browser's localStorage: no form, no URL, no cookie, no request carries it.
// Every page renders every posting with the categories it refuses; this only decides, in
// the browser, which of them to show. The panel stays closed and names no category until
// the person opens it: a shared phone or an office tablet shows only how many are set.

const STORAGE_KEY = "kumamoto-jobs:hide-offences";
export const CATEGORIES = keysOf(OFFENCE_CATEGORIES);

/** One bit per category, in the order of OFFENCE_CATEGORIES (the compact lists use it). */
export function offenceMask(categories: Iterable<string>): number {
  let mask = 0;
  for (const c of categories) {
    const bit = CATEGORIES.indexOf(c as OffenceCategory);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

export function categoriesOf(mask: number): OffenceCategory[] {
  return CATEGORIES.filter((_, bit) => mask & (1 << bit));
}

// One store for the page, so that the panel and every list on it read the same choice.
const choice = localStore<number>(
  STORAGE_KEY,
  (raw) => {
    let list: unknown = [];
    try {
      list = raw ? JSON.parse(raw) : [];
    } catch {
      list = [];
    }
    return Array.isArray(list) ? offenceMask(list.map(String)) : 0;
  },
  (mask) => (mask ? JSON.stringify(categoriesOf(mask)) : null),
);

/** The chosen categories as a mask, and whether the browser has read them (false on the server). */
export function useOffenceChoice() {
  const mask = useSyncExternalStore(choice.subscribe, choice.snapshot, () => -1);
  const ready = mask >= 0;
  return { mask: ready ? mask : 0, ready, update: choice.write };
}

/** Whether a posting refusing these categories (a mask) is hidden by the choice. */
export function isHiddenBy(refusedMask: number, chosenMask: number) {
  return (refusedMask & chosenMask) !== 0;
}

/** What the lists say about the postings they leave out. */
export function hiddenSentence(count: number) {
  return count > 0 ? `えらんだ罪名が「不可」の求人 ${count}件 を、かくしています。` : "";
}

const TEXTS = {
  title: "罪名で求人をかくす",
  legend: "えらんだ罪名を「不可」にしている求人を、かくします",
  none: "（設定していません）",
  set: "設定しています",
} as const;

/** The panel's heading, summary, legend and labels, for the readings of the page that shows it. */
export const OFFENCE_FILTER_TEXTS: readonly string[] = [...Object.values(TEXTS), ...Object.values(OFFENCE_CATEGORIES)];

export function OffenceFilter() {
  const { mask, ready, update } = useOffenceChoice();
  const count = categoriesOf(mask).length;
  return (
    <section className="offence-filter" aria-labelledby="offence-filter-title">
      <h2 id="offence-filter-title" className="visually-hidden">
        <Ruby text={TEXTS.title} />
      </h2>
      {ready ? (
        // Closed on every visit: the names show only when the person opens the panel.
        <details>
          <summary>
            <Ruby text={TEXTS.title} />
            <span className="offence-filter-state">
              {count ? (
                <>
                  （{count}つ <Ruby text={TEXTS.set} />）
                </>
              ) : (
                <Ruby text={TEXTS.none} />
              )}
            </span>
          </summary>
          <fieldset className="filter-checks">
            <legend>
              <Ruby text={TEXTS.legend} />
            </legend>
            <ul>
              {CATEGORIES.map((category, bit) => (
                <li key={category}>
                  <label>
                    <input
                      type="checkbox"
                      checked={(mask & (1 << bit)) !== 0}
                      onChange={(event) => update(event.currentTarget.checked ? mask | (1 << bit) : mask & ~(1 << bit))}
                    />
                    <span>
                      <Ruby text={OFFENCE_CATEGORIES[category]} />
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <p>
            <button type="button" className="button" onClick={() => update(0)} disabled={count === 0}>
              この端末から消す
            </button>
          </p>
        </details>
      ) : (
        <p>
          いまのブラウザでは、「不可」の罪名がある求人をかくすことができません。それぞれの求人に「採用できない罪名」が書いてあるので、それを見てください。
        </p>
      )}
      <p className="hint">
        えらんだ罪名は、このスマートフォンやパソコンの中だけに保存します。市にもサーバーにも送りません。
      </p>
    </section>
  );
}

/** The hidden count a list states, read by screen readers when it changes. */
export function HiddenNote({ count, panelHere = false }: { count: number; panelHere?: boolean }) {
  return (
    <p className="hidden-count" role="status">
      {hiddenSentence(count)}
      {count > 0 && !panelHere ? (
        <>
          {" "}
          <Link to="/jobs">かくす罪名は「求人をさがす」で変えられます。</Link>
        </>
      ) : null}
    </p>
  );
}
