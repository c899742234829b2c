import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// A unit test that stops Date at a chosen moment must say the moment on the application's
// clock (machineTimeFor), or the whole suite run with APP_FAKE_NOW set (1 April, Tokyo
// midnight) would see another day than the test means. Stopping Date at the machine's own
// "now" is fine: it moves both clocks alike.
const dir = join(__dirname);

describe("unit tests that stop the clock", () => {
  it("give the moment through machineTimeFor, never as a bare date", () => {
    const offenders: string[] = [];
    for (const name of readdirSync(dir).filter((file) => file.endsWith(".test.ts"))) {
      readFileSync(join(dir, name), "utf8")
        .split("\n")
        .forEach((line, index) => {
          if (/setSystemTime\(\s*(new Date\(\s*["'`\d]|["'`\d])/.test(line)) offenders.push(`${name}:${index + 1}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
