import { CONTACT_LIMITS } from "../../app/models/contacts.server";
import { TRAP_FIELD } from "../../app/schemas/contact";
import { expect, test } from "./fixtures";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a contact request: bad input is explained by the fields, then it is sent", async ({ page, db }) => {
      const word = uniqueWord();
      const { jobs } = await makeSeekerJobs(db, word, [{ title: `介護スタッフ ${word}` }]);
      const job = jobs[0];
      await page.goto(`/jobs/${job.id}`);
      await expect(page.getByText("前科・前歴や、事件のことは書かないでください。")).toBeVisible();

      const form = page.getByRole("form", { name: "市の担当者への連絡のお願い" });
      await form.getByLabel("お名前（ニックネームでもかまいません）").fill(`たろう ${word}`);
      await form.getByLabel("電話番号").fill("12345");
      await form.getByLabel("伝えたいこと（400文字まで）").fill("見学したいです");

      const posts: number[] = [];
      page.on("response", (r) => {
        if (r.request().method() === "POST") posts.push(r.status());
      });
      await form.getByRole("button", { name: "市の担当者に送る" }).click();
      const phoneError = page.locator("#field-phone-error");
      await expect(phoneError).toHaveText("電話番号の形が正しくありません（例: 090-0000-0000）");
      if (!javaScriptEnabled) expect(posts).toEqual([400]);
      else expect(posts).toEqual([]); // the browser checked with the same schema; nothing was sent
      await expect(page.getByLabel("お名前（ニックネームでもかまいません）")).toHaveValue(`たろう ${word}`);
      await expect(page.getByLabel("電話番号")).toHaveValue("12345");
      await expect(page.getByLabel("伝えたいこと（400文字まで）")).toHaveValue("見学したいです");

      // Neither phone nor email.
      await page.getByLabel("電話番号").fill("");
      await page.getByRole("button", { name: "市の担当者に送る" }).click();
      await expect(phoneError).toHaveText("電話番号かメールアドレスの、どちらかを書いてください");
      expect(await db.selectFrom("contact_requests").select("id").where("job_id", "=", job.id).execute()).toEqual([]);

      await page.getByLabel("電話番号").fill("090-1234-5678");
      await page.getByLabel("連絡してほしい時間").selectOption("afternoon");
      await page.getByRole("button", { name: "市の担当者に送る" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("送信しました");
      await expect(page.getByText("このあと、どうなるか")).toBeVisible();

      const saved = await db.selectFrom("contact_requests").selectAll().where("job_id", "=", job.id).execute();
      expect(saved).toHaveLength(1);
      expect(saved[0]).toMatchObject({
        name: `たろう ${word}`,
        contact_method: "phone",
        contact_value: "090-1234-5678",
        preferred_time: "平日の午後（13時〜17時）",
        message: "見学したいです",
        status: "new",
      });
    });
  });
}

test("the server refuses bad input with 400 and Japanese messages, and ignores the trap field", async ({ request, db }) => {
  const word = uniqueWord();
  const { jobs } = await makeSeekerJobs(db, word, [{ title: `倉庫作業 ${word}` }]);
  const job = jobs[0];
  const bad = await request.post(`/jobs/${job.id}/contact`, { form: { name: "", phone: "", email: "not-mail" } });
  expect(bad.status()).toBe(400);
  const html = await bad.text();
  expect(html).toContain("お名前（ニックネームでもかまいません）を入力してください");
  expect(html).toContain("メールアドレスの形が正しくありません");

  const robot = await request.post(`/jobs/${job.id}/contact`, {
    form: { name: "robot", email: "robot@example.jp", homepage: "http://spam.example" },
    maxRedirects: 0,
  });
  expect(robot.status()).toBe(302);
  expect(await db.selectFrom("contact_requests").select("id").where("job_id", "=", job.id).execute()).toEqual([]);
});

test("six people on one office network contact six postings in an hour: all go through", async ({ page, db }) => {
  const word = uniqueWord();
  const { jobs } = await makeSeekerJobs(
    db,
    word,
    Array.from({ length: 6 }, (_, i) => ({ title: `仕事${i + 1} ${word}` })),
  );
  // The page and its form all come from the one address the fixture gives this test.
  for (const [i, job] of jobs.entries()) {
    await page.goto(`/jobs/${job.id}/contact`);
    const form = page.getByRole("form", { name: "市の担当者への連絡のお願い" });
    await form.getByLabel("お名前（ニックネームでもかまいません）").fill(`利用者${i + 1} ${word}`);
    await form.getByLabel("電話番号").fill("090-1234-5678");
    await form.getByLabel("伝えたいこと（400文字まで）").fill("見学したいです");
    await form.getByRole("button", { name: "市の担当者に送る" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("送信しました");
  }
  const kept = await db
    .selectFrom("contact_requests")
    .select("name")
    .where("job_id", "in", jobs.map((j) => j.id))
    .orderBy("id")
    .execute();
  expect(kept.map((r) => r.name)).toEqual(jobs.map((_, i) => `利用者${i + 1} ${word}`));
});

test("`?sent=1` opened directly claims nothing; only the page after sending says 送信しました", async ({ page, db }) => {
  const word = uniqueWord();
  const { jobs } = await makeSeekerJobs(db, word, [{ title: `配送 ${word}` }]);
  const response = await page.goto(`/jobs/${jobs[0].id}/contact?sent=1`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("市の担当者に連絡をお願いする");
  await expect(page.getByText("送信しました")).toHaveCount(0);
  await expect(page.getByRole("form", { name: "市の担当者への連絡のお願い" })).toBeVisible();
});

test("a fourth request to one posting from one address is refused with 429, the typed text kept, and a phone link", async ({ page, request, db, baseURL }) => {
  const word = uniqueWord();
  const { jobs } = await makeSeekerJobs(db, word, [{ title: `清掃スタッフ ${word}` }]);
  const url = `/jobs/${jobs[0].id}/contact`;
  const headers = { Origin: new URL(baseURL!).origin };
  const fields = (name: string) => ({ name, phone: "090-1234-5678", preferredTime: "afternoon", message: `見学したいです ${name}` });
  const kept = () => db.selectFrom("contact_requests").select("name").where("job_id", "=", jobs[0].id).orderBy("id").execute();

  // A robot that filled in the field people never see: answered as sent, nothing kept, counted.
  const robot = await request.post(url, { form: { ...fields("ロボット"), [TRAP_FIELD]: "https://spam.example" }, headers, maxRedirects: 0 });
  expect(robot.status()).toBe(302);
  expect(robot.headers()["location"]).toMatch(new RegExp(`^${url}\\?sent=\\d+\\.[\\w-]{43}$`));
  expect(await kept()).toEqual([]);
  for (let i = 1; i < CONTACT_LIMITS.addressJob.max; i++) {
    const person = await request.post(url, { form: fields(`たろう${i} ${word}`), headers, maxRedirects: 0 });
    expect(person.status()).toBe(302);
  }
  expect(await kept()).toHaveLength(CONTACT_LIMITS.addressJob.max - 1);

  // The next one to the same posting from the same address, through the page.
  await page.goto(url);
  const form = page.getByRole("form", { name: "市の担当者への連絡のお願い" });
  await form.getByLabel("お名前（ニックネームでもかまいません）").fill(`じろう ${word}`);
  await form.getByLabel("電話番号").fill("090-1234-5678");
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    form.getByRole("button", { name: "市の担当者に送る" }).click(),
  ]);
  expect(answer.status()).toBe(429);
  await expect(page.getByRole("alert")).toContainText("この求人へのお願いは、もう届いています。");
  // The refusal's own phone link (the footer has one on every page too).
  const call = page.locator("main .office-phone").getByRole("link", { name: "096-000-0000（例）" });
  await expect(call).toHaveAttribute("href", "tel:0960000000");
  await expect(form.getByLabel("お名前（ニックネームでもかまいません）")).toHaveValue(`じろう ${word}`);
  expect(await kept()).toHaveLength(CONTACT_LIMITS.addressJob.max - 1);
});
