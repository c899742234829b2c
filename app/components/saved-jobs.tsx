import { useSyncExternalStore } from "react";
import { localStore } from "~/utils/local-store";

// Saved postings live in this browser's localStorage, like the offence choice: the server
// never holds a list of what a person saved. Each entry keeps the title and the employer's
// name as they were when saved, so /saved can list them before (or without) the network.

const STORAGE_KEY = "kumamoto-jobs:saved";
const MAX_SAVED = 100;

export type SavedJob = { id: number; title: string; employer: string };

const NONE: SavedJob[] = [];

function parse(raw: string | null): SavedJob[] {
  try {
    const list: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(list)) return [];
    return list
      .filter((e) => e && Number.isSafeInteger(e.id) && e.id > 0 && typeof e.title === "string" && typeof e.employer === "string")
      .map((e) => ({ id: e.id, title: e.title, employer: e.employer }));
  } catch {
    return [];
  }
}

const store = localStore<SavedJob[]>(STORAGE_KEY, parse, (list) =>
  list.length ? JSON.stringify(list.slice(0, MAX_SAVED)) : null,
);

/** The saved postings, newest first; `ready` is false on the server and before hydration. */
export function useSavedJobs() {
  const list = useSyncExternalStore(store.subscribe, store.snapshot, () => null);
  return {
    ready: list !== null,
    saved: list ?? NONE,
    save: (job: SavedJob) => store.write([job, ...store.snapshot().filter((e) => e.id !== job.id)]),
    remove: (id: number) => store.write(store.snapshot().filter((e) => e.id !== id)),
  };
}

/**
 * 「保存」: a toggle button. It needs JavaScript, so it appears only once the page runs it;
 * without JavaScript there is nothing to press that would do nothing.
 */
export function SaveButton({ job }: { job: SavedJob }) {
  const { ready, saved, save, remove } = useSavedJobs();
  if (!ready) return null;
  const pressed = saved.some((e) => e.id === job.id);
  return (
    <button
      type="button"
      className="save-button"
      aria-pressed={pressed}
      onClick={() => (pressed ? remove(job.id) : save(job))}
    >
      <span aria-hidden="true">{pressed ? "★" : "☆"}</span>
      保存<span className="visually-hidden">（{job.title}）</span>
      <span className="save-state" aria-hidden="true">
        {pressed ? "ずみ" : ""}
      </span>
    </button>
  );
}
