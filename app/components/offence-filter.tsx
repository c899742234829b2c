import { useEffect, useState } from "react";
import type { OffenceCategory } from "../../db/types";
import { OFFENCE_CATEGORIES, keysOf } from "~/utils/labels";

// Which offence categories a seeker wants to hide postings for is about the seeker, so it
// stays in this browser's localStorage: no form, no URL, no cookie, no request carries it.
// The server renders every posting with the categories it refuses (data-refused on each
// card); this only decides, in the browser, which of them to show.

const STORAGE_KEY = "kumamoto-jobs:hide-offences";
const CATEGORIES = keysOf(OFFENCE_CATEGORIES);

function load(): Set<OffenceCategory> {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return new Set(Array.isArray(list) ? CATEGORIES.filter((c) => list.includes(c)) : []);
  } catch {
    return new Set();
  }
}

function save(chosen: Set<OffenceCategory>) {
  try {
    if (chosen.size) window.localStorage.setItem(STORAGE_KEY, JSON.stringify([...chosen]));
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage may be off (private browsing): the choice then lasts until the page closes.
  }
}

/** The chosen categories, and whether the browser has read them yet (false while server-rendered). */
export function useOffenceChoice() {
  const [chosen, setChosen] = useState<Set<OffenceCategory>>(() => new Set());
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setChosen(load());
    setReady(true);
  }, []);
  const update = (next: Set<OffenceCategory>) => {
    setChosen(next);
    save(next);
  };
  return { chosen, ready, update };
}

export function isHidden(refused: string[], chosen: Set<OffenceCategory>) {
  return refused.some((c) => chosen.has(c as OffenceCategory));
}

export function OffenceFilter({
  chosen,
  ready,
  update,
  hiddenCount,
}: ReturnType<typeof useOffenceChoice> & { hiddenCount: number }) {
  return (
    <section className="offence-filter" aria-labelledby="offence-filter-title">
      <h2 id="offence-filter-title" className="visually-hidden">
        罪名でかくす
      </h2>
      {ready ? (
        <details open={chosen.size > 0}>
          <summary>「不可」の罪名がある求人をかくす</summary>
          <fieldset className="filter-checks">
            <legend>選んだ罪名を「不可」にしている求人をかくします</legend>
            <ul>
              {CATEGORIES.map((category) => (
                <li key={category}>
                  <label>
                    <input
                      type="checkbox"
                      checked={chosen.has(category)}
                      onChange={(event) => {
                        const next = new Set(chosen);
                        if (event.currentTarget.checked) next.add(category);
                        else next.delete(category);
                        update(next);
                      }}
                    />
                    <span>{OFFENCE_CATEGORIES[category]}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          {chosen.size ? (
            <p>
              <button type="button" className="link-button" onClick={() => update(new Set())}>
                選択をすべて消す
              </button>
            </p>
          ) : null}
        </details>
      ) : (
        <p>
          いまのブラウザでは、「不可」の罪名がある求人をかくすことができません。それぞれの求人に「採用できない罪名」が書いてあるので、それを見てください。
        </p>
      )}
      <p className="hint">
        罪名の選択は、このスマートフォンやパソコンの中だけに保存され、市にもサーバーにも送られません。
      </p>
      <p className="hidden-count" role="status">
        {ready && hiddenCount > 0 ? `このページの ${hiddenCount}件 をかくしています。` : ""}
      </p>
    </section>
  );
}
