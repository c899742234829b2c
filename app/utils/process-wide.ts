/**
 * One value for the whole process, made on first use. The server entry and the Remix build
 * are separate bundles, each with its own copy of every module: state that must be one per
 * process (a connection, a lock, a cache that a lock guards) lives on globalThis, under a
 * name both copies know.
 */
export function processWide<T>(name: string, make: () => T): T {
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(`kumamoto-jobs.${name}`);
  holder[key] ??= make();
  return holder[key];
}
