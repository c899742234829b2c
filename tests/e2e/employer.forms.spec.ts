import { addDays, tokyoDay } from "../../app/utils/dates";
import { makeJob, makeStaff } from "../factories";
import { expect, test, uniqueEmail } from "./fixtures";
import { fillJobForm, uniqueTitle, validJobPost } from "./employer.job-form";
import { now as clockNow } from "../../app/utils/clock";
import { tokyoMonthsDuring } from "../support/clock";
import { submitExpecting400 } from "./submit";

/** Submits and, without JavaScript, checks the answer was a 400 (with it, nothing is sent). */
for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("the posting form explains each bad field, keeps what was typed, saves nothing; markup stays text", async ({ page, db, signInAsEmployer }) => {
      const { employerId } = await signInAsEmployer();
      page.on("dialog", () => {
        throw new Error("a script from the posting ran");
      });
      await page.goto("/employer/jobs/new");
      const title = `<b>太字</b><script>alert(1)</script>${uniqueTitle("")}`;
      await fillJobForm(page, { title, payMin: "900", description: "<img src=x onerror=alert(1)>倉庫の仕事" });
      await page.getByLabel("募集する人数").fill("0");
      await page.getByLabel("職種", { exact: true }).fill("");
      await page.getByLabel("給与（いちばん高い額）").fill("");
      await page.getByLabel("掲載の終わる日").fill(addDays(tokyoDay(), -1));
      await page.getByLabel("働く場所の区").selectOption("");
      await submitExpecting400(page, /市に確認してもらう/, javaScriptEnabled);

      await expect(page.locator("#field-title-error")).toHaveText("職種を入力してください");
      await expect(page.locator("#field-pay_min-error")).toHaveText("時給は熊本県の最低賃金（1,034円）以上にしてください");
      await expect(page.locator("#field-openings-error")).toHaveText("募集する人数は1人から999人までです");
      await expect(page.locator("#field-end_date-error")).toHaveText("掲載の終わる日は、今日かそれより後にしてください");
      await expect(page.locator("#field-ward-error")).toHaveText("働く場所の区を選んでください");
      await expect(page.getByLabel("仕事の内容", { exact: true })).toHaveValue("<img src=x onerror=alert(1)>倉庫の仕事");
      await expect(page.getByLabel("雇用の形")).toHaveValue("part_time");
      await expect(page.getByLabel("給与（いちばん低い額）")).toHaveValue("900");
      await expect(page.getByLabel("強盗")).toHaveValue("no");
      await expect(page.getByLabel("寮・社宅がある")).toBeChecked();
      expect(await db.selectFrom("jobs").select("id").where("employer_id", "=", employerId).execute()).toHaveLength(0);

      await page.getByLabel("職種", { exact: true }).fill(title);
      await page.getByLabel("給与（いちばん低い額）").fill("1,034");
      await page.getByLabel("募集する人数").fill("1");
      await page.getByLabel("掲載の終わる日").fill(addDays(tokyoDay(), 30));
      await page.getByLabel("働く場所の区").selectOption("kita");
      await page.getByRole("button", { name: "下書きとして保存" }).click();
      await expect(page).toHaveURL(/done=saved$/);
      const row = await db.selectFrom("jobs").select(["title", "description", "pay_min"]).where("employer_id", "=", employerId).executeTakeFirstOrThrow();
      expect(row).toEqual({ title, description: "<img src=x onerror=alert(1)>倉庫の仕事", pay_min: 1034 });
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.locator(".job-detail")).toContainText("<img src=x onerror=alert(1)>倉庫の仕事");
      expect(await page.locator(".job-detail img, .job-detail b").count()).toBe(0);
    });

    test("seminar dates: bad times are explained; a good one waits for the city", async ({ page, db, signInAsEmployer }) => {
      const { employerId } = await signInAsEmployer();
      const staff = await makeStaff(db, { email: uniqueEmail("events-staff") });
      await page.goto("/employer/events/new");
      await page.getByLabel("種類").selectOption("workplace_tour");
      const title = uniqueTitle("倉庫の見学会");
      await page.getByLabel("名前", { exact: true }).fill(title);
      await page.getByLabel("日にち").fill(tokyoDay());
      await page.getByLabel("始まる時間").fill("15:00");
      await page.getByLabel("終わる時間").fill("14:00");
      await page.getByLabel("場所の名前").fill("本社倉庫");
      await page.getByLabel("場所の住所").fill("熊本市南区城南町1-1");
      await page.getByLabel("定員").fill("たくさん");
      await page.getByLabel("持ち物").fill("動きやすい服");
      await submitExpecting400(page, "市に確認してもらう", javaScriptEnabled);
      await expect(page.locator("#field-day-error")).toContainText("明日より後");
      await expect(page.locator("#field-end_time-error")).toHaveText("終わる時間は、始まる時間より後にしてください");
      await expect(page.locator("#field-capacity-error")).toHaveText("定員は半角の数字で入力してください");
      await expect(page.getByLabel("持ち物")).toHaveValue("動きやすい服");
      await expect(page.getByLabel("種類")).toHaveValue("workplace_tour");

      await page.getByLabel("日にち").fill(addDays(tokyoDay(), 20));
      await page.getByLabel("終わる時間").fill("16:30");
      await page.getByLabel("定員").fill("10");
      await page.getByRole("button", { name: "市に確認してもらう" }).click();
      await expect(page.getByText("日程を送りました。")).toBeVisible();
      const event = await db.selectFrom("events").selectAll().where("title", "=", title).executeTakeFirstOrThrow();
      expect(event).toMatchObject({ status: "pending", organizer_employer_id: employerId, capacity: 10, what_to_bring: "動きやすい服", kind: "workplace_tour" });
      expect(new Date(event.starts_at).toISOString()).toBe(new Date(`${addDays(tokyoDay(), 20)}T15:00:00+09:00`).toISOString());
      const mail = await db.selectFrom("outbox").select("subject").where("to_address", "=", staff.email).where("body", "like", `%${title}%`).executeTakeFirst();
      expect(mail?.subject).toContain("セミナー・見学会の審査");
      await page.goto("/employer");
      await expect(page.getByText(title)).toBeVisible();
    });

    test("hire reports: the month's report can be made and changed, and an earlier month's too", async ({ page, db, signInAsEmployer }) => {
      const { employerId } = await signInAsEmployer();
      const now = clockNow().toISOString();
      await db
        .insertInto("hire_reports")
        .values({ employer_id: employerId, job_id: null, month: "2025-04", hires: 3, note: "前の年の報告", created_at: now, updated_at: now })
        .execute();
      await page.goto("/employer/hires");
      await page.getByLabel("採用した人数").fill("0");
      await page.getByLabel("メモ").fill("本人の電話 090-1234-5678");
      await submitExpecting400(page, "報告する", javaScriptEnabled);
      await expect(page.locator("#field-hires-error")).toHaveText("採用した人数は1人から999人までです");
      await expect(page.locator("#field-note-error")).toContainText("人がわかる情報は書かないでください");
      await expect(page.getByLabel("メモ")).toHaveValue("本人の電話 090-1234-5678");

      await page.getByLabel("採用した人数").fill("2");
      await page.getByLabel("メモ").fill("正社員として採用");
      // The report is for the server's current month; across midnight on a month's last day
      // that may be either month.
      const months = await tokyoMonthsDuring(async () => {
        await page.getByRole("button", { name: "報告する" }).click();
        await expect(page.getByText("報告を保存しました。")).toBeVisible();
      });
      await expect(page.getByLabel("採用した人数")).toHaveValue("");
      const rows = page.locator(".hire-table tbody tr");
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(0)).toContainText("正社員として採用");
      // A hire is reported for the month it happened, and any report can be corrected or
      // withdrawn (each audited): an earlier month is no longer fixed.
      await expect(rows.nth(1)).toContainText("前の年の報告");
      await expect(rows.nth(1).getByRole("link", { name: "直す" })).toHaveCount(1);

      await rows.nth(0).getByRole("link", { name: "直す" }).click();
      await expect(page).toHaveURL(/edit=\d+$/);
      await expect(page.getByRole("heading", { name: /報告を直す/ })).toBeVisible();
      await expect(page.getByLabel("採用した人数")).toHaveValue("2");
      await page.getByLabel("採用した人数").fill("3");
      await page.getByRole("button", { name: "直して保存する" }).click();
      await expect(page.getByText("報告を保存しました。")).toBeVisible();
      const saved = await db.selectFrom("hire_reports").select(["hires", "month"]).where("employer_id", "=", employerId).orderBy("month", "desc").execute();
      expect(saved).toEqual([
        { hires: 3, month: saved[0].month },
        { hires: 3, month: "2025-04" },
      ]);
      expect(months).toContain(saved[0].month);
    });

    test("the company profile: bad input is explained; a change applies and staff are told", async ({ page, db, signInAsEmployer }) => {
      const { employerId } = await signInAsEmployer();
      const staff = await makeStaff(db, { email: uniqueEmail("profile-staff") });
      await page.goto("/employer/profile");
      await page.getByLabel("会社名のふりがな").fill("ひごけんせつ");
      await page.getByLabel("電話番号").fill("abc");
      await page.getByLabel("会社の紹介").fill("<script>alert(1)</script>新しい紹介");
      await submitExpecting400(page, "保存する", javaScriptEnabled);
      await expect(page.locator("#field-phone-error")).toContainText("電話番号の形が正しくありません");
      await expect(page.getByLabel("会社の紹介")).toHaveValue("<script>alert(1)</script>新しい紹介");

      await page.getByLabel("電話番号").fill("096-000-1234");
      await page.getByRole("button", { name: "保存する" }).click();
      await expect(page.getByText("保存しました。")).toBeVisible();
      const employer = await db.selectFrom("employers").select(["phone", "profile", "name"]).where("id", "=", employerId).executeTakeFirstOrThrow();
      expect(employer).toMatchObject({ phone: "096-000-1234", profile: "<script>alert(1)</script>新しい紹介" });
      const mail = await db.selectFrom("outbox").select("body").where("to_address", "=", staff.email).where("subject", "like", `%${employer.name}%`).executeTakeFirstOrThrow();
      expect(mail.body).toContain("変わった項目: ふりがな、電話番号、会社の紹介");
    });
  });
}

  // With JavaScript the browser refuses the form before sending it and the page is never
// redrawn; without it the server answers 400 and redraws the form from what was sent.
test.describe("JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a refused edit keeps a box the person unticked unticked, and saves nothing", async ({ page, db, signInAsEmployer }) => {
    const { employerId } = await signInAsEmployer();
    const job = await makeJob(db, { employerId, status: "draft", housing: 1, meals: 1 });
    await page.goto(`/employer/jobs/${job.id}/edit`);
    await expect(page.getByLabel("寮・社宅がある")).toBeChecked();
    await page.getByLabel("寮・社宅がある").uncheck();
    await page.getByLabel("職種", { exact: true }).fill("");
    await submitExpecting400(page, /市に確認してもらう/, false);

    await expect(page.locator("#field-title-error")).toHaveText("職種を入力してください");
    await expect(page.getByLabel("寮・社宅がある")).not.toBeChecked();
    await expect(page.getByLabel("食事がある（まかない・弁当など）")).toBeChecked();
    const row = await db.selectFrom("jobs").select(["title", "housing", "status"]).where("id", "=", job.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ title: job.title, housing: 1, status: "draft" });
  });
});

test("control characters are refused by the field", async ({ page, db, signInAsEmployer }) => {
  const { employerId } = await signInAsEmployer();
  const r = await page.request.post("/employer/jobs/new", { form: validJobPost({ title: "ベル\u0007入り", intent: "draft" }) });
  expect(r.status()).toBe(400);
  expect(await r.text()).toContain("職種に使えない文字（改行など）が含まれています");
  expect(await db.selectFrom("jobs").select("id").where("employer_id", "=", employerId).execute()).toHaveLength(0);
});
