import { afterEach, describe, expect, it } from "vitest";
import { localStore } from "../../app/utils/local-store";

// The offence choice and the saved postings are kept by localStore: one value per key for the
// page, the same object until its text changes, and a page-long value where storage is off.

function fakeWindow(storageWorks: boolean) {
  const items = new Map<string, string>();
  const refuse = () => {
    throw new Error("SecurityError");
  };
  (globalThis as { window?: unknown }).window = {
    localStorage: storageWorks
      ? {
          getItem: (k: string) => items.get(k) ?? null,
          setItem: (k: string, v: string) => void items.set(k, v),
          removeItem: (k: string) => void items.delete(k),
        }
      : { getItem: refuse, setItem: refuse, removeItem: refuse },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  return items;
}

const numbers = () =>
  localStore<number[]>(
    "test:numbers",
    (raw) => {
      try {
        const list: unknown = raw ? JSON.parse(raw) : [];
        return Array.isArray(list) ? list.filter((n): n is number => typeof n === "number") : [];
      } catch {
        return [];
      }
    },
    (list) => (list.length ? JSON.stringify(list) : null),
  );

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe("localStore", () => {
  it("writes the text under its key, tells its listeners, and keeps one object per text", () => {
    const items = fakeWindow(true);
    const store = numbers();
    let told = 0;
    const stop = store.subscribe(() => (told += 1));
    expect(store.snapshot()).toEqual([]);
    store.write([3, 1]);
    expect(items.get("test:numbers")).toBe("[3,1]");
    expect(told).toBe(1);
    const first = store.snapshot();
    expect(first).toEqual([3, 1]);
    expect(store.snapshot()).toBe(first);
    store.write([]);
    expect(items.has("test:numbers")).toBe(false);
    stop();
    store.write([2]);
    expect(told).toBe(2);
  });

  it("reads what another tab wrote, and survives text that is not its own", () => {
    const items = fakeWindow(true);
    const store = numbers();
    items.set("test:numbers", "[7]");
    expect(store.snapshot()).toEqual([7]);
    items.set("test:numbers", "{not json");
    expect(store.snapshot()).toEqual([]);
  });

  it("keeps the value for the page where storage is off", () => {
    fakeWindow(false);
    const store = numbers();
    store.write([5]);
    expect(store.snapshot()).toEqual([5]);
  });
});
