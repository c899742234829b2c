import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { makeEmployerAccount, makeEvent, makeJob, makeMagazineIssue } from "../factories";
import { expect, expectAccessible, freeIssueNumber, test, uniqueEmail } from "./fixtures";
import { now as clockNow, nowMs as clockNowMs } from "../../app/utils/clock";

// Every staff page and every staff action, refused to an anonymous visitor and to a signed-in
// employer. The list of pages is read from app/routes (its area folders staff+/ and
// _resources+/), so a staff route added later is
// checked without anyone remembering to add it here.

type Target = { file: string; routeId: string; url: string; index: boolean; resource: boolean };

/**
 * app/routes/staff+/staff.events.$id.tsx → /staff/events/<an id>, with each $param filled in
 * from `params` (rows the test made itself: a missing one is an error, never a guessed id).
 */
function staffRouteTargets(params: Record<string, string>): Target[] {
  const dir = path.resolve("app/routes");
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.parentPath.endsWith("+"))
    .filter((entry) => entry.name === "staff" || entry.name.startsWith("staff.") || entry.name.startsWith("staff_"))
    .map((entry) => {
      const base = entry.isDirectory() ? entry.name : entry.name.replace(/\.(tsx|ts|jsx|js)$/, "");
      const resource = entry.isDirectory()
        ? !fs.existsSync(path.join(entry.parentPath, entry.name, "route.tsx"))
        : entry.name.endsWith(".ts") || entry.name.endsWith(".js");
      const segments = base
        // Remix escapes literal characters in brackets: results[.csv] and events[.]ics.
        .replace(/\[([^\]]*)\]/g, (_, literal: string) => literal.replace(/\./g, "\u0000"))
        .split(".")
        .map((s) => s.replace(/\u0000/g, "."));
      const index = segments[segments.length - 1] === "_index";
      const parts = segments
        .filter((s) => s !== "_index" && !s.startsWith("_"))
        .map((s) => s.replace(/_$/, ""))
        .map((s, i, all) => {
          if (!s.startsWith("$")) return s;
          const value = params[`${all[i - 1]}/${s}`] ?? params[s];
          if (value === undefined) throw new Error(`${entry.name}: no row of this test for ${all[i - 1]}/${s}`);
          return value;
        });
      const routeId = `routes/${path.relative(dir, path.join(entry.parentPath, base))}`;
      return { file: entry.name, routeId, url: `/${parts.join("/")}`, index, resource };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

function isLoginRedirect(r: APIResponse) {
  const location = r.headers()["location"] ?? "";
  return [301, 302, 303, 307, 202].includes(r.status()) && location.startsWith("/login");
}

/**
 * Refused means: an anonymous visitor is sent to the login page, an employer gets 403. Every
 * row the URL names exists, so a 404 would only hide a missing guard. A POST to a route
 * without an action gets 405 before any code of the route runs.
 */
async function expectRefused(r: APIResponse, who: "anonymous" | "employer", markers: string[], what: string, post = false) {
  const status = r.status();
  const refused = who === "anonymous" ? isLoginRedirect(r) : status === 403;
  expect(refused || (post && status === 405), `${what}: ${status}`).toBe(true);
  const body = await r.text();
  for (const marker of markers) expect(body, `${what} leaks ${marker}`).not.toContain(marker);
}

test.describe("staff routes refuse everyone but staff", () => {
  test("every staff page and action, for an anonymous visitor and for an employer", async ({
    db,
    playwright,
    baseURL,
    signInAsEmployer,
    page,
  }) => {
    test.setTimeout(120_000);
    // Records whose names must never appear in a refused answer, and must not change.
    const marker = `MARK${clockNowMs().toString(36)}`;
    const pending = await makeEmployerAccount(db, {
      email: uniqueEmail("pending"),
      employer: { status: "pending", name: `${marker}-事業主` },
    });
    const { employer } = await makeEmployerAccount(db, { email: uniqueEmail("owner") });
    const job = await makeJob(db, { employerId: employer.id, status: "pending", title: `${marker}-求人` });
    const event = await makeEvent(db, { status: "draft", title: `${marker}-説明会` });
    const contact = await db
      .insertInto("contact_requests")
      .values({
        job_id: job.id,
        name: `${marker}-連絡`,
        contact_method: "phone",
        contact_value: "090-0000-0000",
        created_at: clockNow().toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const issue = await makeMagazineIssue(db, {
      number: await freeIssueNumber(db),
      jobIds: [job.id],
      published: false,
      title: `${marker}-情報誌`,
    });
    const survey = await db
      .insertInto("surveys")
      .values({
        public_id: `${marker}-survey`,
        title: `${marker}-アンケート`,
        audience: "seeker",
        event_id: null,
        status: "draft",
        created_at: clockNow().toISOString(),
        updated_at: clockNow().toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const markers = [marker, "090-0000-0000"];

    const targets = staffRouteTargets({
      "employers/$id": String(pending.employer.id),
      "jobs/$id": String(job.id),
      "events/$id": String(event.id),
      "contacts/$id": String(contact.id),
      "magazine/$id": String(issue.id),
      "surveys/$id": String(survey.id),
      "csv/$table": "events",
    });
    // The pages this issue and its neighbours promise must all be among them.
    for (const url of ["/staff", "/staff/employers", "/staff/jobs", "/staff/events", "/staff/contacts", "/staff/users", "/staff/audit"]) {
      expect(targets.map((t) => t.url)).toContain(url);
    }
    for (const url of [`/staff/employers/${pending.employer.id}`, `/staff/jobs/${job.id}`, `/staff/events/${event.id}`, `/staff/contacts/${contact.id}`]) {
      expect(targets.map((t) => t.url)).toContain(url);
    }
    for (const url of ["/staff/magazine", "/staff/stats"]) {
      expect(targets.map((t) => t.url)).toContain(url);
    }

    const actionBody = {
      intent: "approve",
      kind: "employer",
      id: String(pending.employer.id),
      employerId: String(pending.employer.id),
      userId: String(pending.user.id),
      reason: "refused",
      title: "refused",
      email: uniqueEmail("intruder"),
      displayName: "intruder",
    };

    const origin = new URL(baseURL!).origin;
    async function sweep(request: APIRequestContext, who: "anonymous" | "employer") {
      for (const t of targets) {
        const what = `${who} ${t.file} ${t.url}`;
        await expectRefused(await request.get(t.url, { maxRedirects: 0 }), who, markers, `GET ${what}`);
        const actionUrl = t.index ? `${t.url}?index` : t.url;
        // From this site, so that only the route's own guard can refuse it.
        const post = (url: string) => request.post(url, { form: actionBody, maxRedirects: 0, headers: { Origin: origin } });
        await expectRefused(await post(actionUrl), who, markers, `POST ${what}`, true);
        if (!t.resource) {
          const data = `${t.url === "/" ? "/_root" : t.url}.data`;
          await expectRefused(await request.get(data, { maxRedirects: 0 }), who, markers, `GET ${what}.data`);
          // This route's loader alone, without the staff layout's: its own guard must refuse.
          const alone = `${data}?${t.index ? "index&" : ""}_routes=${encodeURIComponent(t.routeId)}`;
          await expectRefused(await request.get(alone, { maxRedirects: 0 }), who, markers, `GET ${what}.data (own loader)`);
          await expectRefused(await post(t.index ? `${data}?index` : data), who, markers, `POST ${what}.data`, true);
        }
      }
    }

    const anonymous = await playwright.request.newContext({ baseURL });
    await sweep(anonymous, "anonymous");
    await anonymous.dispose();

    await signInAsEmployer();
    await sweep(page.request, "employer");

    // Nothing changed and nothing was logged.
    const after = await db.selectFrom("employers").select("status").where("id", "=", pending.employer.id).executeTakeFirstOrThrow();
    expect(after.status).toBe("pending");
    expect((await db.selectFrom("jobs").select("status").where("id", "=", job.id).executeTakeFirstOrThrow()).status).toBe("pending");
    expect((await db.selectFrom("events").select("status").where("id", "=", event.id).executeTakeFirstOrThrow()).status).toBe("draft");
    expect((await db.selectFrom("magazine_issues").select("status").where("id", "=", issue.id).executeTakeFirstOrThrow()).status).toBe("draft");
    expect((await db.selectFrom("surveys").select("status").where("id", "=", survey.id).executeTakeFirstOrThrow()).status).toBe("draft");
    expect(await db.selectFrom("users").select("id").where("email", "=", actionBody.email).execute()).toEqual([]);
    const logged = await db
      .selectFrom("audit_log")
      .select("id")
      .where((eb) =>
        eb.or([
          eb.and([eb("entity_type", "=", "employer"), eb("entity_id", "=", String(pending.employer.id))]),
          eb.and([eb("entity_type", "=", "job"), eb("entity_id", "=", String(job.id))]),
          eb.and([eb("entity_type", "=", "event"), eb("entity_id", "=", String(event.id))]),
          eb.and([eb("entity_type", "=", "contact_request"), eb("entity_id", "=", String(contact.id))]),
        ]),
      )
      .execute();
    expect(logged).toEqual([]);
  });

  test("the staff themselves get the pages, without accessibility faults", async ({ page, db, signInAsStaff }) => {
    test.setTimeout(180_000);
    const { employer } = await makeEmployerAccount(db, { email: uniqueEmail("a11y") });
    const job = await makeJob(db, { employerId: employer.id });
    const event = await makeEvent(db, { participantEmployerIds: [employer.id] });
    await signInAsStaff();
    for (const url of [
      "/staff",
      "/staff/employers",
      `/staff/employers/${employer.id}`,
      "/staff/jobs",
      `/staff/jobs/${job.id}`,
      "/staff/events",
      "/staff/events/new",
      `/staff/events/${event.id}`,
      "/staff/contacts?status=all",
      "/staff/users",
      "/staff/audit",
      "/staff/magazine",
      "/staff/stats",
      "/staff/stats/outcome",
      "/staff/stats/attendance",
      "/staff/stats/distribution",
      "/staff/surveys",
      "/staff/readings",
      "/staff/help",
      "/staff/support",
    ]) {
      const r = await page.goto(url);
      expect(r?.status(), url).toBe(200);
      await expectAccessible(page);
    }
  });
});
