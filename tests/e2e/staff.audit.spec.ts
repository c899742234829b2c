import type { Kysely } from "kysely";
import type { Page } from "@playwright/test";
import { tokyoDay, addDays } from "../../app/utils/dates";
import type { Database } from "../../db/types";
import { DEMO_PASSWORD, makeEmployerAccount, makeJob, makeStaff } from "../factories";
import { expect, expectAccessible, openPage, test, uniqueEmail } from "./fixtures";

// The audit log as city staff read it, and contact requests handled once.

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    } else cell += c;
  }
  return rows;
}

async function makeContactRequest(db: Kysely<Database>, name: string) {
  const { employer } = await makeEmployerAccount(db, { email: uniqueEmail("contact-employer") });
  const job = await makeJob(db, { employerId: employer.id });
  return db
    .insertInto("contact_requests")
    .values({ job_id: job.id, name, contact_method: "phone", contact_value: "090-1234-5678", created_at: new Date().toISOString() })
    .returning("id")
    .executeTakeFirstOrThrow();
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "ログインする" }).click();
}

async function filter(page: Page, values: { person?: string; kind?: string; target?: string; from?: string }) {
  if (values.person !== undefined) await page.getByLabel("だれが（名前・メール・会社名）").fill(values.person);
  if (values.target !== undefined) await page.getByLabel("対象の名前").fill(values.target);
  if (values.kind !== undefined) await page.getByLabel("種類").selectOption({ label: values.kind });
  if (values.from !== undefined) await page.getByLabel("いつから").fill(values.from);
  await page.getByRole("button", { name: "表示する" }).click();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a failed sign-in, a sign-in, a contact view and a CSV download read as sentences in the log and in its CSV", async ({ page, db }) => {
      test.setTimeout(180_000);
      await db.deleteFrom("rate_limit_hits").execute();
      const tag = uniqueEmail("t").split("@")[0]!.replace(/\W/g, "");
      const staff = await makeStaff(db, { email: uniqueEmail("auditor"), displayName: `監査 太郎${tag}` });
      const contact = await makeContactRequest(db, `はなこ${tag}`);

      await signIn(page, staff.email, "wrong-password-123");
      await expect(page.getByText("メールアドレスかパスワードが違います")).toBeVisible();
      await signIn(page, staff.email, DEMO_PASSWORD);
      await expect(page).toHaveURL(/\/staff$/);
      await openPage(page, `/staff/contacts/${contact.id}`, javaScriptEnabled);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(`はなこ${tag}`);
      const download = await page.request.get("/staff/stats/csv/events");
      expect(download.status()).toBe(200);

      await openPage(page, "/staff/audit", javaScriptEnabled);
      await expect(page).toHaveTitle(/操作とログインの記録/);
      await filter(page, { person: staff.email });
      const who = `監査 太郎${tag}（${staff.email}）`;
      const rows = page.locator("table.audit tbody tr");
      const expected = [
        `集計表「開催した説明会・セミナーと参加者`,
        `連絡依頼「はなこ${tag} さん」の連絡先を見ました`,
        `アカウント「${who}」でログインしました`,
        `アカウント「${who}」でログインしようとして、失敗しました`,
      ];
      await expect(rows).toHaveCount(4);
      for (const [i, text] of expected.entries()) await expect(rows.nth(i)).toContainText(text);
      await expect(rows.nth(0)).toContainText("を CSV でダウンロードしました");
      await expect(rows.nth(1)).toContainText(`${who}（市の職員）`);
      await expect(rows.nth(3)).toContainText(`ログイン前の人（${staff.email}）`);
      await expect(rows.nth(1).getByRole("link", { name: `連絡依頼「はなこ${tag} さん」` })).toHaveAttribute("href", `/staff/contacts/${contact.id}`);
      await expect(page.locator("table.audit")).not.toContainText("auth.");
      if (javaScriptEnabled) await expectAccessible(page);

      // Filters: kind, record name, date; the form is a plain GET form.
      await filter(page, { kind: "ログイン" });
      await expect(rows).toHaveCount(2);
      expect(new URL(page.url()).searchParams.get("kind")).toBe("login");
      await filter(page, { kind: "すべて", target: `ハナコ${tag}` });
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText("の連絡先を見ました");
      await filter(page, { target: "", from: addDays(tokyoDay(), 1) });
      await expect(page.getByText("該当する記録はありません。")).toBeVisible();
      await filter(page, { from: "" });
      await expect(rows).toHaveCount(4);

      // The CSV holds the same entries, with a BOM, and the export is itself recorded.
      const href = await page.getByRole("link", { name: "この条件の記録を CSV でダウンロード" }).getAttribute("href");
      const csv = await page.request.get(href!);
      expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      const text = (await csv.body()).toString("utf8");
      expect(text.startsWith("\uFEFF")).toBe(true);
      const [header, ...lines] = parseCsv(text.slice(1));
      expect(header).toEqual(["番号", "日時（日本時間）", "だれが", "役割", "種類", "操作", "対象", "内容"]);
      expect(lines).toHaveLength(4);
      for (const [i, sentence] of expected.entries()) expect(lines[i]![5]).toContain(sentence);
      expect(lines[1]).toMatchObject({ 2: who, 3: "市の職員", 4: "ダウンロード・閲覧", 6: `連絡依頼「はなこ${tag} さん」` });
      const exported = await db.selectFrom("audit_log").select(["action", "detail"]).where("actor_user_id", "=", staff.id).orderBy("id", "desc").executeTakeFirstOrThrow();
      expect(exported.action).toBe("audit.export");
      expect(JSON.parse(exported.detail)).toMatchObject({ rows: 4, filter: { person: staff.email } });
      // Nothing in the log holds the password typed.
      const details = await db.selectFrom("audit_log").select("detail").where("actor_email", "=", staff.email).execute();
      expect(details.some((d) => d.detail.includes("wrong-password"))).toBe(false);
    });

    test("a forwarded contact cannot be forwarded twice by accident and leaves the badge; 対応済み and 対応できなかった", async ({ page, db, signInAsStaff }) => {
      test.setTimeout(180_000);
      await signInAsStaff();
      const tag = uniqueEmail("c").split("@")[0]!.replace(/\W/g, "");
      const first = await makeContactRequest(db, `いちろう${tag}`);
      const second = await makeContactRequest(db, `じろう${tag}`);
      const third = await makeContactRequest(db, `さぶろう${tag}`);
      const open = async () => Number((await db.selectFrom("contact_requests").select((eb) => eb.fn.countAll<number>().as("n")).where("status", "=", "new").executeTakeFirstOrThrow()).n);
      const badge = page.getByRole("navigation", { name: "職員メニュー" }).getByRole("link", { name: /^連絡依頼/ });
      // No badge at all when nothing is open.
      const badgeText = (n: number) => (n > 0 ? `連絡依頼${n}件` : "連絡依頼");

      await openPage(page, `/staff/contacts/${first.id}`, javaScriptEnabled);
      const before = await open();
      await expect(badge).toHaveText(badgeText(before));
      for (const label of ["名前・ニックネーム", "連絡先", "連絡してよい時間", "ひとこと（本人の書いた文）"]) {
        await expect(page.getByLabel(label)).not.toBeChecked();
      }
      await page.getByLabel("連絡先").check();
      await page.getByRole("button", { name: "事業主に伝える" }).click();
      await expect(page.getByRole("status")).toContainText("この依頼は対応済みになりました");
      await expect(badge).toHaveText(badgeText(before - 1));
      await expect(page.getByText("状態事業主に伝えた")).toBeVisible();
      // The form is empty again: nothing stays ticked to go a second time.
      await expect(page.getByLabel("連絡先")).not.toBeChecked();

      // The same form again, without 「もう一度送る」: refused, nothing sent.
      await page.getByLabel("連絡先").check();
      await page.getByRole("button", { name: "事業主にもう一度伝える" }).click();
      await expect(page.locator("#field-resend-error")).toContainText("すでに事業主に伝えています");
      const forwards = () => db.selectFrom("contact_forwards").select("recipients").where("contact_request_id", "=", first.id).execute();
      expect(await forwards()).toHaveLength(1);
      expect((await forwards())[0]!.recipients).toContain("@");
      await page.getByLabel("もう一度送る").check();
      await page.getByRole("button", { name: "事業主にもう一度伝える" }).click();
      await expect(page.getByRole("status")).toHaveText("もう一度、事業主にメールで伝えました。");
      expect(await forwards()).toHaveLength(2);

      await openPage(page, `/staff/contacts/${second.id}`, javaScriptEnabled);
      await page.getByLabel("どうなったか").selectOption({ label: "対応できなかった" });
      await page.getByRole("button", { name: "対応を終える" }).click();
      await expect(page.locator("#field-outcomeNote-error")).toHaveText("対応できなかったわけを書いてください");
      await page.getByLabel(/^メモ/).fill("電話が三日つながらなかった");
      await page.getByRole("button", { name: "対応を終える" }).click();
      await expect(page.getByRole("status")).toHaveText("「対応できなかった」にしました。");
      await expect(page.getByText("電話が三日つながらなかった")).toBeVisible();
      if (javaScriptEnabled) await expectAccessible(page);

      await openPage(page, `/staff/contacts/${third.id}`, javaScriptEnabled);
      await page.getByLabel("どうなったか").selectOption({ label: "対応済み" });
      await page.getByRole("button", { name: "対応を終える" }).click();
      await expect(page.getByRole("status")).toHaveText("対応済みにしました。");
      await expect(badge).toHaveText(badgeText(before - 3));
      expect(await db.selectFrom("contact_requests").select(["id", "outcome"]).where("id", "in", [first.id, second.id, third.id]).orderBy("id").execute()).toEqual([
        { id: first.id, outcome: "forwarded" },
        { id: second.id, outcome: "unable" },
        { id: third.id, outcome: "done" },
      ]);
    });
  });
}
