import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { profileToInput, updateEmployerProfile } from "../../app/models/employer-profile.server";
import { employerProfileSchema, employerEventSchema } from "../../app/schemas/employer";
import { eventSchema, cancelEventSchema } from "../../app/schemas/event";
import { optionalText, text } from "../../app/schemas/fields";
import { jobSchema } from "../../app/schemas/job";
import { magazineIssueSchema } from "../../app/schemas/magazine";
import { closeJobSchema, jobCorrectionSchema, staffUserSchema, suspendSchema } from "../../app/schemas/staff";
import { contactSchema } from "../../app/schemas/contact";
import { distributionSchema } from "../../app/schemas/stats";
import { questionSchema, surveySchema } from "../../app/schemas/survey";
import { makeEmployerAccount, makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

function errorAt(schema: z.ZodType, input: Record<string, unknown>, field: string) {
  const result = schema.safeParse(input);
  return result.error?.issues.find((i) => i.path[0] === field)?.message;
}

describe("line ends", () => {
  it("are made \\n in every multi-line field, whichever a browser sent", () => {
    expect(text("内容", { multiline: true }).parse("一行目\r\n二行目\r三行目\n四行目")).toBe("一行目\n二行目\n三行目\n四行目");
    expect(optionalText("内容", { multiline: true }).parse("  一行目\r\n二行目\r\n")).toBe("一行目\n二行目");
  });

  it("sent as \\r\\n by a form without JavaScript, are not a change to an unchanged profile (no mail to staff)", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const { employer, user } = await makeEmployerAccount(db, {
      employer: { status: "approved", name_kana: "ひごけんせつ", profile: "建設の会社です。\n寮があります。", message: "一緒に\n働きましょう" },
    });
    const asForm = Object.fromEntries(
      Object.entries(profileToInput(employer)).map(([k, v]) => [k, v === null ? "" : String(v).replace(/\n/g, "\r\n")]),
    );
    const input = employerProfileSchema.parse(asForm);
    expect(input.profile).toBe("建設の会社です。\n寮があります。");
    const changed = await updateEmployerProfile(db, { id: user.id, email: user.email, employerId: employer.id }, input, "http://x/staff");
    expect(changed).toEqual([]);
    expect(await db.selectFrom("outbox").select("id").where("to_address", "=", staff.email).execute()).toHaveLength(0);
    expect(await db.selectFrom("audit_log").select("id").execute()).toHaveLength(0);
  });
});

describe("single-line fields", () => {
  const injected = "説明会\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:にせもの";

  // Each field here is an <input> in its form: a line break can only come from a crafted post.
  const cases: Array<[string, z.ZodType, string, string]> = [
    ["event title", eventSchema, "title", "名前"],
    ["event venue", eventSchema, "venue", "会場"],
    ["event address", eventSchema, "address", "会場の住所"],
    ["what to bring", eventSchema, "whatToBring", "持ち物"],
    ["cancel reason", cancelEventSchema, "reason", "中止の理由"],
    ["employer's event title", employerEventSchema, "title", "名前"],
    ["employer's event venue", employerEventSchema, "venue", "場所の名前"],
    ["job title", jobSchema, "title", "職種"],
    ["job licences", jobSchema, "licenses", "必要な免許・資格"],
    ["job insurance", jobSchema, "insurance", "加入する保険"],
    ["workplace address", jobSchema, "workplace_address", "働く場所の住所"],
    ["corrected licences", jobCorrectionSchema, "licenses", "必要な免許・資格"],
    ["correction note", jobCorrectionSchema, "note", "直した理由（記録に残ります）"],
    ["company name", employerProfileSchema, "name", "会社名・事業所名"],
    ["contact name", employerProfileSchema, "contactName", "担当者のお名前"],
    ["seeker's name", contactSchema, "name", "お名前（ニックネームでもかまいません）"],
    ["issue title", magazineIssueSchema, "title", "題名"],
    ["cover text", magazineIssueSchema, "coverText", "表紙のことば"],
    ["suspend reason", suspendSchema, "reason", "停止する理由"],
    ["close reason", closeJobSchema, "reason", "終了する理由"],
    ["staff name", staffUserSchema, "displayName", "名前"],
    ["destination", distributionSchema, "destination", "送り先"],
    ["survey title", surveySchema, "title", "アンケートの名前"],
    ["question", questionSchema, "label", "質問"],
  ];

  for (const [what, schema, field, label] of cases) {
    it(`refuse a line break: ${what}`, () => {
      for (const value of [injected, "一行目\n二行目", "一行目\r二行目", "a\u2028b", "a\tb"]) {
        expect(errorAt(schema, { [field]: value }, field)).toBe(`${label}に使えない文字（改行など）が含まれています`);
      }
    });
  }

  it("multi-line fields (textareas) keep line breaks and tabs", () => {
    const description = "1. 準備\n2. 作業\t（午前）";
    expect(errorAt(eventSchema, { description }, "description")).toBeUndefined();
    expect(errorAt(jobSchema, { description, hours: description }, "hours")).toBeUndefined();
  });
});

describe("control characters", () => {
  const bad = ["\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009b", "\u2028", "\u2029", "\ud800", "\udc00", "a\udc00\ud800b"];

  it("are refused in single-line and multi-line fields alike, by the field", () => {
    for (const c of bad) {
      expect(text("会社名").safeParse(`熊本${c}建設`).error?.issues[0].message).toBe("会社名に使えない文字（改行など）が含まれています");
      expect(optionalText("会社の紹介", { multiline: true }).safeParse(`熊本${c}建設`).error?.issues[0].message).toBe(
        "会社の紹介に使えない文字（改行など）が含まれています",
      );
    }
  });

  it("leave ordinary Japanese, emoji (a whole surrogate pair) and full-width spaces alone", () => {
    expect(text("会社名").parse("ひご建設　🏗️ 株式会社")).toBe("ひご建設　🏗️ 株式会社");
  });
});
