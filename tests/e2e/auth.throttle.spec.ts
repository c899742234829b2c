import type { APIResponse } from "@playwright/test";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { recordHit } from "../../app/models/rate-limit.server";
import { makeStaff } from "../factories";
import { expect, test, uniqueEmail } from "./fixtures";

// Account pages that send mail: a flood from one client is cut off, and nothing in the
// answer tells whether an address has an account.

// Each test has its own client address (fixtures.ts) and its own accounts, so the limits per
// client and per account start empty. The limit on sign-ups from anywhere is one count for the
// whole server: the tests here that rely on it clear that one count before and after.
const clearAllSignups = (db: Kysely<Database>) => db.deleteFrom("rate_limit_hits").where("bucket", "=", "signup-all").execute();

/** The page as sent, without the per-response script nonce. */
async function page(response: APIResponse) {
  return (await response.text()).replace(/nonce="[^"]*"/g, 'nonce=""');
}

test.describe("password reset requests", () => {
  test("the answer is the same, byte for byte, for a known and an unknown address", async ({ request, db, baseURL }) => {
    const staff = await makeStaff(db, { email: uniqueEmail("forgot") });
    const headers = { Origin: new URL(baseURL!).origin };
    const known = await request.post("/password/forgot", { form: { email: staff.email }, headers });
    const unknown = await request.post("/password/forgot", { form: { email: uniqueEmail("nobody") }, headers });
    expect(known.status()).toBe(200);
    expect(unknown.status()).toBe(200);
    expect(known.headers()["content-type"]).toBe(unknown.headers()["content-type"]);
    expect(await page(known)).toBe(await page(unknown));
    expect(await page(known)).toContain("リンクを送りました");
    await expect.poll(() => db.selectFrom("outbox").select("id").where("to_address", "=", staff.email).execute()).toHaveLength(1);
  });

  test("thirty requests for one account queue at most three mails; the client is then refused", async ({ request, db, baseURL }) => {
    const staff = await makeStaff(db, { email: uniqueEmail("forgot-flood") });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const r = await request.post("/password/forgot", { form: { email: staff.email }, headers: { Origin: new URL(baseURL!).origin } });
      statuses.push(r.status());
      if (r.status() === 429) expect(await r.text()).toContain("しばらく受け付けられません");
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    const mails = () => db.selectFrom("outbox").select("id").where("to_address", "=", staff.email).execute();
    await expect.poll(mails).toHaveLength(3);
    expect(await db.selectFrom("password_resets").select("user_id").where("user_id", "=", staff.id).execute()).toHaveLength(1);
  });
});

const signupForm = (email: string, name: string) => ({
  name,
  nameKana: "てすと",
  industry: "construction",
  address: "熊本市中央区手取本町1-1",
  ward: "chuo",
  contactName: "熊本 花子",
  phone: "096-000-1234",
  registration: "registered",
  email,
  password: "a-good-password",
  confirm: "a-good-password",
  agree: "on",
});

test.describe("employer sign-up", () => {
  test.beforeEach(async ({ db }) => clearAllSignups(db));
  test.afterEach(async ({ db }) => clearAllSignups(db));
  test("a new and a known address get the same answer; one client is refused after five", async ({ request, db, baseURL }) => {
    const headers = { Origin: new URL(baseURL!).origin };
    const known = await makeStaff(db, { email: uniqueEmail("signup-known") });
    const run = uniqueEmail("run").split("@")[0];
    const answers: APIResponse[] = [];
    for (let i = 0; i < 5; i++) {
      const email = i === 0 ? known.email : uniqueEmail(`signup-${run}-${i}`);
      answers.push(await request.post("/signup", { form: signupForm(email, `連続 ${run} ${i}（架空）`), headers, maxRedirects: 0 }));
    }
    for (const answer of answers) {
      expect(answer.status()).toBe(answers[0].status());
      expect([302, 303]).toContain(answer.status());
      expect(answer.headers()["location"]).toBe("/signup?received=1");
      expect(answer.headers()["set-cookie"]).toBeUndefined();
      expect(await answer.text()).toBe(await answers[0].text());
    }
    const sixth = await request.post("/signup", { form: signupForm(uniqueEmail("signup-sixth"), `連続 ${run} 6（架空）`), headers });
    expect(sixth.status()).toBe(429);
    expect(await sixth.text()).toContain("いま、申し込みが多いため受け付けられません");

    // Four companies made (the known address made none), and the sixth made nothing.
    const made = await db.selectFrom("employers").select("name").where("name", "like", `連続 ${run}%`).orderBy("name").execute();
    expect(made.map((e) => e.name)).toEqual([1, 2, 3, 4].map((i) => `連続 ${run} ${i}（架空）`));
    // The known address got one mail about its existing account, and stays a staff account.
    // (Being staff, it is also told of the four new companies waiting for review.)
    const mails = await db
      .selectFrom("outbox")
      .select("body")
      .where("to_address", "=", known.email)
      .where("subject", "not like", "【審査待ち】%")
      .execute();
    expect(mails).toHaveLength(1);
    expect(mails[0].body).toContain("すでにアカウントがあります");
    expect(await db.selectFrom("users").select(["role", "employer_id"]).where("id", "=", known.id).executeTakeFirstOrThrow()).toEqual({
      role: "staff",
      employer_id: null,
    });
  });

  test("past thirty sign-ups an hour from anywhere, the page says so with 429", async ({ page, db }) => {
    for (let i = 0; i < 30; i++) await recordHit(db, "signup-all", "all");
    const email = uniqueEmail("signup-busy");
    await page.goto("/signup");
    const form = signupForm(email, "混雑 株式会社（架空）");
    await page.getByLabel("会社名・事業所名").fill(form.name);
    await page.getByLabel("会社名のふりがな").fill(form.nameKana);
    await page.getByLabel("業種").selectOption(form.industry);
    await page.getByLabel("所在地").fill(form.address);
    await page.getByLabel("区", { exact: true }).selectOption(form.ward);
    await page.getByLabel("担当者のお名前").fill(form.contactName);
    await page.getByLabel("電話番号").fill(form.phone);
    await page.getByLabel("保護観察所への協力雇用主の登録").selectOption(form.registration);
    await page.getByLabel("メールアドレス").fill(email);
    await page.getByLabel("パスワード", { exact: true }).fill(form.password);
    await page.getByLabel("パスワード（確認）").fill(form.confirm);
    await page.getByLabel(/同意します/).check();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "申し込む" }).click(),
    ]);
    expect(response.status()).toBe(429);
    await expect(page.getByRole("alert")).toContainText("いま、申し込みが多いため受け付けられません");
    await expect(page.getByLabel("会社名・事業所名")).toHaveValue(form.name);
    expect(await db.selectFrom("users").select("id").where("email", "=", email).execute()).toHaveLength(0);
    expect(await db.selectFrom("outbox").select("id").where("body", "like", "%混雑 株式会社%").execute()).toHaveLength(0);
  });
});
