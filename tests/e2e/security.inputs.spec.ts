import ICAL from "ical.js";
import { createSession } from "../../app/auth/session.server";
import { DEMO_PASSWORD, makeEmployer, makeEvent, makeJob, makeStaff } from "../factories";
import { expect, test, uniqueEmail } from "./fixtures";
import { now as clockNow } from "../../app/utils/clock";

// Hostile input through the real server: a redirect that leaves the site, search text that
// breaks the index query, text that turns into markup in the feed or into extra events.

const OFFSITE = ["/.//evil.example", "/..//evil.example", "/%2F/evil.example", "/\\evil.example", "/\t/evil.example"];

test.describe("login redirectTo", () => {
  for (const redirectTo of OFFSITE) {
    test(`GET and POST stay on this site for ${JSON.stringify(redirectTo)}`, async ({ request, db, baseURL }) => {
      const staff = await makeStaff(db, { email: uniqueEmail("redirect") });
      const { token } = await createSession(db, staff.id);
      const get = await request.get(`/login?redirectTo=${encodeURIComponent(redirectTo)}`, {
        headers: { Cookie: `session=${token}` },
        maxRedirects: 0,
      });
      expect(get.status()).toBe(302);
      expect(get.headers()["location"]).toBe("/staff");

      const post = await request.post("/login", {
        form: { email: staff.email, password: DEMO_PASSWORD, redirectTo },
        headers: { Origin: new URL(baseURL!).origin },
        maxRedirects: 0,
      });
      // A control character in the hidden field is refused as any one-line field is (400);
      // anything else sends the person to their own home page.
      if (/[\u0000-\u001f]/.test(redirectTo)) {
        expect(post.status()).toBe(400);
        expect(post.headers()["location"]).toBeUndefined();
      } else {
        expect(post.status()).toBe(302);
        expect(post.headers()["location"]).toBe("/staff");
      }
    });
  }

  test("a path on this site is still followed", async ({ request, db, baseURL }) => {
    const staff = await makeStaff(db, { email: uniqueEmail("redirect") });
    const post = await request.post("/login", {
      form: { email: staff.email, password: DEMO_PASSWORD, redirectTo: "/staff/jobs?status=pending" },
      headers: { Origin: new URL(baseURL!).origin },
      maxRedirects: 0,
    });
    expect(post.headers()["location"]).toBe("/staff/jobs?status=pending");
  });
});

test("control characters a visitor sends never come back as bytes in the page", async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const answers = [
    await request.get("/jobs?q=%00"),
    await request.get("/jobs?q=a%00b%01%1b"),
    await request.get("/login?redirectTo=/a%00b"),
    await request.post("/password/forgot", { form: { email: "a\u0000@example.jp" }, headers: { Origin: origin } }),
    await request.post("/login", { form: { email: "\u0000\u001b", password: "x", redirectTo: "/" }, headers: { Origin: origin } }),
  ];
  for (const answer of answers) {
    expect(answer.status(), answer.url()).toBeLessThan(500);
    const bytes = await answer.body();
    expect(bytes.includes(0), answer.url()).toBe(false);
    expect(bytes.includes(0x1b), answer.url()).toBe(false);
  }
});

test("search answers every odd keyword with a normal page, never 500", async ({ request, db }) => {
  // FTS5 only reads the query once the index holds something.
  const employer = await makeEmployer(db);
  await makeJob(db, { employerId: employer.id, title: "介護スタッフ", published_at: clockNow().toISOString() });
  const inputs = ["%00%00%00", "%22", "*", "NEAR(", "AND%20OR%20NOT", "%5E", "a".repeat(3000), encodeURIComponent("😀"), encodeURIComponent(`% _ " < > '`)];
  for (const q of inputs) {
    const r = await request.get(`/jobs?q=${q}`);
    expect(r.status(), q.slice(0, 20)).toBe(200);
    expect(await r.text()).toContain("<h1");
  }
});

test("the feed carries employer text as plain text, not markup", async ({ page, db }) => {
  const employer = await makeEmployer(db, { name: `<b>太字</b> & 会社 ]]>` });
  const title = `<img src=x onerror="alert(1)"> 倉庫 ]]><script>x</script> ${uniqueEmail("feed")}`;
  const job = await makeJob(db, {
    employerId: employer.id,
    title,
    description: "説明 <a href='javascript:alert(1)'>リンク</a>\u0000",
    published_at: clockNow().toISOString(),
  });
  const response = await page.request.get("/feed.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(xml).not.toContain('type="html"');
  expect(xml).not.toContain("<![CDATA[");

  // Parsed as XML by the browser, as a feed reader would.
  await page.goto("/healthz");
  const parsed = await page.evaluate(
    ({ text, jobId }) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const entry = [...doc.getElementsByTagName("entry")].find((e) =>
        e.getElementsByTagName("id")[0]?.textContent?.endsWith(`/jobs/${jobId}`),
      );
      const titleNode = entry?.getElementsByTagName("title")[0];
      const summaryNode = entry?.getElementsByTagName("summary")[0];
      return {
        error: doc.getElementsByTagName("parsererror")[0]?.textContent ?? null,
        root: doc.documentElement.namespaceURI,
        title: titleNode?.textContent,
        titleType: titleNode?.getAttribute("type"),
        titleChildren: titleNode ? [...titleNode.childNodes].map((n) => n.nodeName) : [],
        summary: summaryNode?.textContent,
        summaryType: summaryNode?.getAttribute("type"),
      };
    },
    { text: xml, jobId: job.id },
  );
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe("http://www.w3.org/2005/Atom");
  expect(parsed.title).toBe(title);
  expect(parsed.titleType).toBe("text");
  // One text node: nothing in the title became an element.
  expect(parsed.titleChildren).toEqual(["#text"]);
  expect(parsed.summaryType).toBe("text");
  expect(parsed.summary).toContain(`<b>太字</b> & 会社 ]]>`);
  expect(parsed.summary).toContain("説明 <a href='javascript:alert(1)'>リンク</a>");
});

test("calendar files hold exactly one event per event, whatever the title", async ({ request, db }) => {
  const title = `説明会\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:偽物\nBEGIN:VEVENT\rX;y,z\\ ${uniqueEmail("ics")}`;
  const event = await makeEvent(db, { title });
  const shown = title.replace(/\r\n?/g, "\n");

  const one = new ICAL.Component(ICAL.parse(await (await request.get(`/events/${event.id}.ics`)).text()));
  const events = one.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  expect(new ICAL.Event(events[0]).summary).toBe(`${shown}（企業説明会・個別面談会）`);

  const all = new ICAL.Component(ICAL.parse(await (await request.get("/events.ics")).text()));
  const mine = all
    .getAllSubcomponents("vevent")
    .filter((v) => String(v.getFirstPropertyValue("summary")).includes(shown));
  expect(mine).toHaveLength(1);
  expect(all.getAllSubcomponents("vevent").filter((v) => v.getFirstPropertyValue("summary") === "偽物")).toHaveLength(0);
});
