import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detailLines } from "../../app/models/audit-detail";
import { AUDIT_SENTENCES, sentenceText } from "../../app/models/audit-sentences";
import { viewEntry } from "../../app/models/audit-view";
import { listAudit, recordAudit } from "../../app/models/audit.server";
import { testDb } from "../setup/test-db";
import { makeEmployer, makeJob, makeStaff } from "../factories";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(d.name) ? [full] : [];
  });
}

/** The text of each recordAudit(...) call's third argument, the action code. */
function actionArguments(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/\brecordAudit\(/g)) {
    if (/function\s+$/.test(source.slice(0, match.index))) continue;
    let depth = 1;
    let arg = 0;
    let current = "";
    const args: string[] = [];
    for (let i = match.index! + match[0].length; i < source.length && depth > 0; i++) {
      const c = source[i]!;
      if ("([{".includes(c)) depth++;
      if (")]}".includes(c)) depth--;
      if (depth === 1 && c === ",") {
        args[arg++] = current;
        current = "";
      } else if (depth > 0) current += c;
    }
    args[arg] = current;
    found.push(args[2]!.trim());
  }
  return found;
}

// A code built from a variable is checked through every value the variable can take.
const TEMPLATE_VALUES: Record<string, string[]> = {
  "`employer.${status}`": ["employer.approved", "employer.rejected", "employer.suspended", "employer.pending"],
  "`job.revision_${revisionStatus}`": ["job.revision_draft", "job.revision_pending"],
  "`job.${to}`": ["job.filled", "job.closed"],
};

function recordedCodes(): string[] {
  const codes = new Set<string>();
  for (const file of sourceFiles(path.resolve("app"))) {
    for (const arg of actionArguments(fs.readFileSync(file, "utf8"))) {
      const templates = arg.match(/`[^`]*`/g) ?? [];
      for (const t of templates) {
        if (!TEMPLATE_VALUES[t]) throw new Error(`${file}: list the codes ${t} can make in TEMPLATE_VALUES`);
        TEMPLATE_VALUES[t]!.forEach((c) => codes.add(c));
      }
      // Codes read "area.action"; other strings in the argument are a condition's operands.
      const literals = [...arg.matchAll(/"([a-z_]+\.[a-z_.]+)"/g)].map((m) => m[1]!);
      if (!templates.length && !literals.length) throw new Error(`${file}: the action of recordAudit(…, ${arg}, …) must be written out`);
      literals.forEach((c) => codes.add(c));
    }
  }
  return [...codes].sort();
}

describe("audit log sentences", () => {
  it("has a Japanese sentence naming the record for every action code recorded in app/", () => {
    const codes = recordedCodes();
    expect(codes.length).toBeGreaterThan(50);
    expect(codes).toContain("auth.login_failed");
    expect(codes).toContain("contact.view");
    const missing = codes.filter((c) => !AUDIT_SENTENCES[c]);
    expect(missing).toEqual([]);
    for (const c of codes) {
      expect(AUDIT_SENTENCES[c]!.text, c).toContain("{t}");
      expect(AUDIT_SENTENCES[c]!.text, c).toMatch(/[ぁ-ん]/);
    }
  });

  it("finds codes in single-line, multi-line and conditional calls", () => {
    const source = `await recordAudit(trx, actor, approve ? "job.approve" : "job.reject", { type: "job", id }, { reason });
      await recordAudit(
        trx,
        actor,
        "magazine.publish",
        { type: "magazine_issue", id },
      );`;
    expect(actionArguments(source)).toEqual([`approve ? "job.approve" : "job.reject"`, `"magazine.publish"`]);
  });

  it("reads a change as before and after with Japanese labels and formatted values", () => {
    expect(detailLines(JSON.stringify({ note: "誤字", changes: { pay_min: { before: 900, after: 1000 } } }))).toEqual([
      { label: "メモ", value: "誤字" },
      { label: "給与（いちばん低い額）", before: "900円", after: "1,000円" },
    ]);
    expect(detailLines(JSON.stringify({ ward: { from: "chuo", to: "kita" } }))).toEqual([
      { label: "区", before: "中央区", after: "北区" },
    ]);
    expect(detailLines(JSON.stringify({ fields: ["sendName", "sendContact"] }))).toEqual([
      { label: "伝えた項目", value: "名前・ニックネーム、連絡先" },
    ]);
    expect(detailLines("{}")).toEqual([]);
  });

  it("names the actor with role and the record by its current name, and filters by both", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db, { email: "yamada@city.example.jp", displayName: "山田 花子" });
    const employer = await makeEmployer(db, { name: "しらかわ建設" });
    const job = await makeJob(db, { employerId: employer.id, title: "型枠大工" });
    await recordAudit(db, staff, "job.approve", { type: "job", id: job.id });
    await recordAudit(db, null, "employer.approved", { type: "employer", id: employer.id }, { reason: "" });

    const { rows } = await listAudit(db, { target: "型枠" });
    expect(rows).toHaveLength(1);
    const view = viewEntry(rows[0]!);
    expect(view.sentence).toBe("求人「型枠大工」を承認して公開しました");
    expect(view.who).toBe("山田 花子（yamada@city.example.jp）");
    expect(view.role).toBe("市の職員");
    expect(view.href).toBe(`/staff/jobs/${job.id}`);
    // Kana-insensitive: シラカワ finds しらかわ.
    expect((await listAudit(db, { target: "シラカワ" })).rows.map((r) => r.action)).toEqual(["employer.approved"]);
    expect((await listAudit(db, { person: "山田" })).total).toBe(1);
    expect(sentenceText("auth.login_failed", "メールアドレス「a@example.jp」")).toContain("失敗しました");
  });
});
