import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseJobSearch } from "../../app/schemas/job-search";
import type { PublicQuestion } from "../../app/schemas/survey";
import { csvCell } from "../../app/utils/csv";

// Every schema exported from app/schemas, found by looking at the modules (a new schema is
// covered without being listed here), and every field in it: a value of 100,000 characters
// is refused at that field, with a Japanese message, in well under the time a person notices.

const modules = import.meta.glob<Record<string, unknown>>("../../app/schemas/*.ts", { eager: true });

const QUESTIONS: PublicQuestion[] = [
  { id: 1, kind: "single", label: "一", options: ["はい", "いいえ"], required: true, scaleLabels: [] },
  { id: 2, kind: "multiple", label: "二", options: ["x", "y"], required: false, scaleLabels: [] },
  { id: 3, kind: "scale", label: "三", options: [], required: false, scaleLabels: ["いいえ", "", "", "", "はい"] },
  { id: 4, kind: "text", label: "四", options: [], required: false, scaleLabels: [] },
];

/** Exported functions that build a schema, with arguments to build one. */
const FACTORIES: Record<string, unknown[]> = {
  makeJobSchema: [1034],
  answerSchema: [QUESTIONS],
  text: ["項目"],
  optionalText: ["項目"],
  date: ["日付"],
  time: ["時刻"],
  optionalInt: ["数"],
  count: ["数"],
  choice: [["a", "b"], "選んでください"],
  atMost: [10, "長すぎます"],
  registrationSchema: [3, [1, 2, 3]],
};

/** Exported functions that are not schemas (helpers, or parsers tested below). */
const NOT_SCHEMAS = new Set([
  "normaliseLineEnds",
  "hasForbiddenCharacter",
  "forbiddenCharacterMessage",
  "toHalfWidthDigits",
  "parseJobSearch",
  "payProblem",
  "alertSearchQuery",
  "keywordTerms",
  "searchQuery",
  "activeFilters",
  "jobInputToFormDefaults",
  "newJobDefaults",
  "splitOptions",
  "answerField",
  "answerProblem",
  "answersFit",
  "resolveScaleLabels",
  "scalePointLabel",
  "pickFiscalYear",
  "parseSupportQuestions",
  "latestOutcomeYear",
  // stated-terms.ts: field shapes spread into jobSchema (checked there) and plain helpers
  "statedTermFields",
  "statedTermsOf",
  "lacksStatedTerms",
  // registration.ts: the name of the 第N希望 select
  "choiceField",
]);

function allSchemas(): Array<[string, z.ZodType]> {
  const out: Array<[string, z.ZodType]> = [];
  for (const [file, exports] of Object.entries(modules)) {
    const module = file.replace(/^.*\//, "");
    for (const [name, value] of Object.entries(exports)) {
      if (value instanceof z.ZodType) out.push([`${module} ${name}`, value]);
      else if (typeof value === "function" && !NOT_SCHEMAS.has(name)) {
        // A new exported function must say what it is: a schema factory or a helper.
        expect(FACTORIES, `${module} exports ${name}: add it to FACTORIES or NOT_SCHEMAS`).toHaveProperty(name);
        const built = (value as (...args: unknown[]) => unknown)(...FACTORIES[name]);
        expect(built, `${name}(...) should build a schema`).toBeInstanceOf(z.ZodType);
        out.push([`${module} ${name}()`, built as z.ZodType]);
      }
    }
  }
  return out;
}

/** The object whose fields a form fills in, under any pipes and transforms. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  let s: z.ZodType = schema;
  for (let i = 0; i < 10; i++) {
    if (s instanceof z.ZodObject) return s.shape as Record<string, z.ZodType>;
    if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else return null;
  }
  return null;
}

const LONG = ["a", "1", "あ", "a@", "09-", "\u0000"].map((unit) => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000));
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** The best of three runs: the machine's other work can only make a run slower, not faster. */
function refusedQuickly(schema: z.ZodType, input: unknown, field: string | null) {
  let elapsed = Infinity;
  let result = schema.safeParse(input);
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    result = schema.safeParse(input);
    elapsed = Math.min(elapsed, performance.now() - started);
  }
  const issue = result.error?.issues.find((i) => (field === null ? true : i.path[0] === field));
  return { elapsed, message: issue?.message };
}

const schemas = allSchemas();

describe("a 100,000-character value", () => {
  it("finds the schemas", () => {
    expect(schemas.map(([name]) => name)).toEqual(expect.arrayContaining(["employer.ts hireReportSchema", "job.ts jobSchema", "survey.ts answerSchema()"]));
    expect(schemas.length).toBeGreaterThan(20);
  });

  for (const [name, schema] of schemas) {
    const shape = shapeOf(schema);
    const fields = shape ? Object.keys(shape) : [null];
    for (const field of fields) {
      it(`is refused in under 50 ms with a Japanese message: ${name}${field ? ` › ${field}` : ""}`, () => {
        for (const value of LONG) {
          const input = field === null ? value : { [field]: value };
          const { elapsed, message } = refusedQuickly(schema, input, field);
          expect(message, `${JSON.stringify(value.slice(0, 4))}…`).toMatch(JAPANESE);
          expect(elapsed).toBeLessThan(50);
        }
      });
    }
  }

  it("is refused by the hire report's note as too long, before the personal-data pattern", () => {
    const hire = schemas.find(([name]) => name === "employer.ts hireReportSchema")![1];
    for (const value of LONG.slice(0, 4)) {
      const { elapsed, message } = refusedQuickly(hire, { hires: "1", note: value }, "note");
      expect(message).toBe("メモは500文字以内で入力してください");
      expect(elapsed).toBeLessThan(50);
    }
  });

  it("in the job search's query string or a CSV cell takes no noticeable time", () => {
    for (const value of LONG) {
      let elapsed = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        const search = parseJobSearch(new URLSearchParams({ q: value, pay_min: value, page: value }));
        csvCell(value);
        elapsed = Math.min(elapsed, performance.now() - started);
        expect(search.q.length).toBeLessThanOrEqual(100);
      }
      expect(elapsed).toBeLessThan(50);
    }
  });
});
