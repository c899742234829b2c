import { describe, expect, it, vi } from "vitest";

// The server entry and the Remix build each hold a copy of every module: turns taken under
// one name must be one queue for the process, whichever copy asks.
describe("oneAtATime", () => {
  it("runs work given under one name one after another, also across module copies", async () => {
    const first = await import("../../app/utils/one-at-a-time");
    vi.resetModules();
    const second = await import("../../app/utils/one-at-a-time");
    expect(second).not.toBe(first);

    const log: string[] = [];
    const slow = (label: string, ms: number) => async () => {
      log.push(`${label} start`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`${label} end`);
      return label;
    };
    const a = first.oneAtATime("test-turns")(slow("a", 30));
    const b = second.oneAtATime("test-turns")(slow("b", 1));
    const failing = first.oneAtATime("test-turns")(async () => {
      throw new Error("refused");
    });
    const c = second.oneAtATime("test-turns")(slow("c", 1));
    expect(await Promise.all([a, b, failing.catch((e: Error) => e.message), c])).toEqual(["a", "b", "refused", "c"]);
    expect(log).toEqual(["a start", "a end", "b start", "b end", "c start", "c end"]);
  });

  it("keeps other names apart", async () => {
    const { oneAtATime } = await import("../../app/utils/one-at-a-time");
    const log: string[] = [];
    const held = oneAtATime("test-held")(() => new Promise<void>((resolve) => setTimeout(() => (log.push("held"), resolve()), 30)));
    await oneAtATime("test-free")(async () => log.push("free"));
    await held;
    expect(log).toEqual(["free", "held"]);
  });
});
