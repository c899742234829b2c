import { processWide } from "./process-wide";

type Runner = <T>(work: () => Promise<T>) => Promise<T>;

/**
 * A runner that starts each piece of work only when the one before it has finished, in the
 * order they were given: for work that reads something, waits, and then writes what it
 * read. One runner per name in the process, whichever bundle asks (a failure does not stop
 * the work after it).
 */
export function oneAtATime(name: string): Runner {
  return processWide(`turns.${name}`, () => {
    let last: Promise<unknown> = Promise.resolve();
    return function run<T>(work: () => Promise<T>): Promise<T> {
      const next = last.then(work, work);
      last = next.catch(() => undefined);
      return next;
    };
  });
}
