/**
 * A value kept in this browser's localStorage under one key, read through React's
 * useSyncExternalStore: every component of the page reads the same value, a change in one
 * tab reaches the others, and the parsed value stays the same object until the text under
 * the key changes. Where storage is off (private browsing), the value lasts until the page
 * closes. Nothing here is sent anywhere.
 */
export function localStore<T>(key: string, parse: (raw: string | null) => T, serialize: (value: T) => string | null) {
  const listeners = new Set<() => void>();
  let cached: { raw: string | null; value: T } = { raw: null, value: parse(null) };

  function snapshot(): T {
    let raw: string | null;
    try {
      raw = window.localStorage.getItem(key);
    } catch {
      return cached.value;
    }
    if (raw !== cached.raw) cached = { raw, value: parse(raw) };
    return cached.value;
  }

  function write(value: T) {
    const raw = serialize(value);
    try {
      if (raw) window.localStorage.setItem(key, raw);
      else window.localStorage.removeItem(key);
    } catch {
      cached = { raw, value: parse(raw) };
    }
    for (const listener of listeners) listener();
  }

  function subscribe(listener: () => void) {
    listeners.add(listener);
    window.addEventListener("storage", listener);
    return () => {
      listeners.delete(listener);
      window.removeEventListener("storage", listener);
    };
  }

  return { snapshot, write, subscribe };
}
