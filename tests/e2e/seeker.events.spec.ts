import ICAL from "ical.js";
import { addDays, tokyoDay } from "../../app/utils/dates";
import { makeEmployer, makeEvent, tokyoDateTime } from "../factories";
import { expect, expectAccessible, forbidThirdPartyRequests, test } from "./fixtures";

test.describe("the public schedule", () => {
  test("upcoming by month, filter by kind, cancelled marked, past in the archive", async ({ page, db, baseURL }) => {
    const tag = Math.random().toString(36).slice(2, 8);
    const soon = addDays(tokyoDay(), 3);
    const course = await makeEvent(db, {
      kind: "course",
      title: `介護職員初任者研修 ${tag}`,
      starts_at: tokyoDateTime(soon, "09:30"),
      ends_at: tokyoDateTime(soon, "16:30"),
    });
    const cancelled = await makeEvent(db, { kind: "course", title: `中止になる講座 ${tag}`, status: "cancelled", status_reason: "講師の急病" });
    const past = await makeEvent(db, {
      kind: "course",
      title: `終わった講座 ${tag}`,
      starts_at: tokyoDateTime(addDays(tokyoDay(), -20), "10:00"),
      ends_at: tokyoDateTime(addDays(tokyoDay(), -20), "12:00"),
    });
    const draft = await makeEvent(db, { kind: "course", title: `下書きの講座 ${tag}`, status: "draft" });
    const fair = await makeEvent(db, { kind: "company_fair", title: `説明会 ${tag}` });

    const checkForeign = forbidThirdPartyRequests(page, baseURL!);
    await page.goto("/events");
    const [y, m] = soon.split("-").map(Number);
    await expect(page.getByRole("heading", { level: 2, name: `${y}年${m}月` })).toBeVisible();
    await expect(page.getByRole("link", { name: course.title })).toBeVisible();
    await expect(page.getByRole("link", { name: fair.title })).toBeVisible();
    await expect(page.getByText(draft.title)).toHaveCount(0);
    await expect(page.getByText(past.title)).toHaveCount(0);
    await expectAccessible(page);

    await page.getByLabel("種類", { exact: true }).selectOption("course");
    await page.getByRole("button", { name: "表示する" }).click();
    await expect(page).toHaveURL(/kind=course/);
    await expect(page.getByRole("link", { name: fair.title })).toHaveCount(0);
    const cancelledCard = page.locator(".event-card", { hasText: cancelled.title });
    await expect(cancelledCard).toContainText("中止");

    await page.getByRole("link", { name: /これまでの説明会・セミナー/ }).click();
    await expect(page.getByRole("link", { name: past.title })).toBeVisible();
    await expect(page.getByRole("link", { name: course.title })).toHaveCount(0);

    await page.goto(`/events/${cancelled.id}`);
    await expect(page.getByRole("status")).toContainText("中止になりました。講師の急病");
    await page.goto(`/events/${course.id}`);
    const map = page.getByRole("link", { name: /地図で場所を見る/ });
    await expect(map).toHaveAttribute("href", /^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=/);
    await expectAccessible(page);
    checkForeign();

    expect((await page.goto(`/events/${draft.id}`))?.status()).toBe(404);
    expect((await page.request.get(`/events/${draft.id}.ics`)).status()).toBe(404);
  });

  test("at 360 px nothing scrolls sideways, and it works without JavaScript", async ({ browser, baseURL, db }) => {
    const event = await makeEvent(db, { title: "とても長い名前の企業説明会・個別面談会（熊本市国際交流会館 第1・第2会議室）" });
    const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const url of ["/events", `/events/${event.id}`]) {
      await page.goto(url);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), url).toBe(true);
    }
    await page.goto("/events");
    await page.getByLabel("種類", { exact: true }).selectOption("company_fair");
    await page.getByRole("button", { name: "表示する" }).click();
    await expect(page).toHaveURL(/kind=company_fair/);
    await expect(page.getByRole("link", { name: event.title })).toBeVisible();
    await context.close();
  });

  test("/events.ics holds the schedule with Asia/Tokyo times and the cancelled ones as CANCELLED", async ({ request, db }) => {
    const organizer = await makeEmployer(db);
    const day = addDays(tokyoDay(), 10);
    const seminar = await makeEvent(db, {
      kind: "company_seminar",
      organizer_employer_id: organizer.id,
      starts_at: tokyoDateTime(day, "10:00"),
      ends_at: tokyoDateTime(day, "11:30"),
    });
    const cancelled = await makeEvent(db, { status: "cancelled" });
    const hidden = await makeEvent(db, { status: "rejected" });
    const r = await request.get("/events.ics");
    expect(r.status()).toBe(200);
    expect(r.headers()["content-type"]).toContain("text/calendar");
    const events = new ICAL.Component(ICAL.parse(await r.text()))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const mine = byUid.get(`event-${seminar.id}@127.0.0.1`)!;
    expect(mine.startDate.toString()).toBe(`${day}T10:00:00`);
    expect(mine.endDate.toString()).toBe(`${day}T11:30:00`);
    expect(mine.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Asia/Tokyo");
    expect(byUid.get(`event-${cancelled.id}@127.0.0.1`)?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(byUid.has(`event-${hidden.id}@127.0.0.1`)).toBe(false);
  });
});
