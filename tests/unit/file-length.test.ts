import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The rule in the style guide: no file under app/ is longer than 300 lines. A file that
// grows past it is split by concern (models by table, routes by area, stylesheets by part).
const MAX_LINES = 300;
const APP = path.resolve(__dirname, "../../app");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function lineCount(file: string): number {
  const text = fs.readFileSync(file, "utf8");
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

describe("file length", () => {
  it(`keeps every file under app/ at ${MAX_LINES} lines or fewer`, () => {
    const files = filesUnder(APP);
    expect(files.length).toBeGreaterThan(50);
    const tooLong = files
      .map((file) => ({ file: path.relative(APP, file), lines: lineCount(file) }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(tooLong).toEqual([]);
  });
});
