import path from "node:path";
import { matchRoutes } from "@remix-run/react";
import { describe, expect, test } from "vitest";
import { areaRoutes } from "../../routes.config.js";

// The routes moved into area folders (_public+/, _auth+/, employer+/, staff+/, _resources+/).
// These tests hold the URLs to what they were before the move: the same module answers each
// address, under the same parent layout.

const manifest = areaRoutes(path.resolve("app"));

/** "routes/staff+/staff.jobs._index" → "staff.jobs._index": the flat name, without its area. */
const flatName = (id: string) => id.replace(/^routes\//, "").replace(/^[^/]+\+\//, "");

/**
 * Recorded from Remix's flat routes on the flat app/routes folder just before the move:
 * flat name, parent, path, index route, how the file ends.
 */
const BEFORE_THE_MOVE: [string, string, string | null, boolean, string][] = [
  ["_index", "root", null, true, ".tsx"],
  ["alerts._index", "root", "alerts", true, ".tsx"],
  ["alerts.$token", "root", "alerts/:token", false, ".tsx"],
  ["employer", "root", "employer", false, ".tsx"],
  ["employer._index", "employer", null, true, ".tsx"],
  ["employer.events._index", "employer", "events", true, ".tsx"],
  ["employer.events.$id", "employer", "events/:id", false, ".tsx"],
  ["employer.events.new", "employer", "events/new", false, ".tsx"],
  ["employer.hires", "employer", "hires", false, ".tsx"],
  ["employer.jobs.$id._index", "employer", "jobs/:id", true, ".tsx"],
  ["employer.jobs.$id.edit", "employer", "jobs/:id/edit", false, ".tsx"],
  ["employer.jobs.new", "employer", "jobs/new", false, ".tsx"],
  ["employer.profile", "employer", "profile", false, ".tsx"],
  ["employers.$id", "root", "employers/:id", false, ".tsx"],
  ["events._index", "root", "events", true, ".tsx"],
  ["events.$id", "root", "events/:id", false, ".tsx"],
  ["events.$id_.register", "root", "events/:id/register", false, ".tsx"],
  ["events.$id[.]ics", "root", "events/:id.ics", false, ".ts"],
  ["events[.]ics", "root", "events.ics", false, ".ts"],
  ["feed[.]xml", "root", "feed.xml", false, ".ts"],
  ["for-employers", "root", "for-employers", false, ".tsx"],
  ["for-employers_.events[.]ics", "root", "for-employers/events.ics", false, ".ts"],
  ["for-employers_.support", "root", "for-employers/support", false, ".tsx"],
  ["for-supporters", "root", "for-supporters", false, ".tsx"],
  ["furigana", "root", "furigana", false, ".ts"],
  ["healthz", "root", "healthz", false, ".ts"],
  ["help", "root", "help", false, ".tsx"],
  ["jobs._index", "root", "jobs", true, ".tsx"],
  ["jobs.$id._index", "root", "jobs/:id", true, "/route.tsx"],
  ["jobs.$id.contact", "root", "jobs/:id/contact", false, ".tsx"],
  ["jobs.$id.print", "root", "jobs/:id/print", false, ".tsx"],
  ["jobs.cards[.]json", "root", "jobs/cards.json", false, ".ts"],
  ["login", "root", "login", false, ".tsx"],
  ["logout", "root", "logout", false, ".tsx"],
  ["magazine._index", "root", "magazine", true, ".tsx"],
  ["magazine.$number._index", "root", "magazine/:number", true, ".tsx"],
  ["magazine.$number.print", "root", "magazine/:number/print", false, ".tsx"],
  ["magazine.$number[.]pdf", "root", "magazine/:number.pdf", false, ".ts"],
  ["password.forgot", "root", "password/forgot", false, ".tsx"],
  ["password.reset.$token", "root", "password/reset/:token", false, ".tsx"],
  ["registrations.$code", "root", "registrations/:code", false, ".tsx"],
  ["registrations.$code[.]ics", "root", "registrations/:code.ics", false, ".ts"],
  ["robots[.]txt", "root", "robots.txt", false, ".ts"],
  ["saved", "root", "saved", false, ".tsx"],
  ["signup", "root", "signup", false, ".tsx"],
  ["staff", "root", "staff", false, ".tsx"],
  ["staff._index", "staff", null, true, "/route.tsx"],
  ["staff.audit", "staff", "audit", false, ".tsx"],
  ["staff.audit[.csv]", "staff", "audit.csv", false, ".ts"],
  ["staff.contacts._index", "staff", "contacts", true, ".tsx"],
  ["staff.contacts.$id", "staff", "contacts/:id", false, ".tsx"],
  ["staff.employers._index", "staff", "employers", true, ".tsx"],
  ["staff.employers.$id", "staff", "employers/:id", false, ".tsx"],
  ["staff.events._index", "staff", "events", true, ".tsx"],
  ["staff.events.$id", "staff", "events/:id", false, ".tsx"],
  ["staff.events.$id_.checkin", "staff", "events/:id/checkin", false, ".tsx"],
  ["staff.events.$id_.registrations", "staff", "events/:id/registrations", false, ".tsx"],
  ["staff.events.$id_.timetable", "staff", "events/:id/timetable", false, "/route.tsx"],
  ["staff.events.$id_.timetable_.print", "staff", "events/:id/timetable/print", false, ".tsx"],
  ["staff.events.new", "staff", "events/new", false, ".tsx"],
  ["staff.help", "staff", "help", false, ".tsx"],
  ["staff.jobs._index", "staff", "jobs", true, ".tsx"],
  ["staff.jobs.$id", "staff", "jobs/:id", false, ".tsx"],
  ["staff.magazine._index", "staff", "magazine", true, ".tsx"],
  ["staff.magazine.$id", "staff", "magazine/:id", false, "/route.tsx"],
  ["staff.readings", "staff", "readings", false, ".tsx"],
  ["staff.stats._index", "staff", "stats", true, ".tsx"],
  ["staff.stats.attendance", "staff", "stats/attendance", false, ".tsx"],
  ["staff.stats.csv.$table", "staff", "stats/csv/:table", false, ".ts"],
  ["staff.stats.distribution", "staff", "stats/distribution", false, ".tsx"],
  ["staff.stats.outcome", "staff", "stats/outcome", false, ".tsx"],
  ["staff.support", "staff", "support", false, ".tsx"],
  ["staff.surveys._index", "staff", "surveys", true, ".tsx"],
  ["staff.surveys.$id._index", "staff", "surveys/:id", true, "/route.tsx"],
  ["staff.surveys.$id.paper", "staff", "surveys/:id/paper", false, ".tsx"],
  ["staff.surveys.$id.print", "staff", "surveys/:id/print", false, ".tsx"],
  ["staff.surveys.$id.results", "staff", "surveys/:id/results", false, ".tsx"],
  ["staff.surveys.$id.results[.csv]", "staff", "surveys/:id/results.csv", false, ".ts"],
  ["staff.users", "staff", "users", false, ".tsx"],
  ["surveys.$publicId", "root", "surveys/:publicId", false, "/route.tsx"],
  ["surveys.$publicId.qr[.svg]", "surveys.$publicId", "qr.svg", false, ".ts"],
];

/** Every address of the URL contract (DESIGN.md), with a sample for each parameter. */
const CONTRACT: Record<string, string | null> = {
  // Public
  "/": "_index",
  "/jobs": "jobs._index",
  "/jobs/12": "jobs.$id._index",
  "/events": "events._index",
  "/events/12": "events.$id",
  "/events.ics": "events[.]ics",
  "/magazine": "magazine._index",
  "/magazine/3": "magazine.$number._index",
  "/magazine/3/print": "magazine.$number.print",
  "/magazine/3.pdf": "magazine.$number[.]pdf",
  "/employers/12": "employers.$id",
  "/for-employers": "for-employers",
  "/feed.xml": "feed[.]xml",
  "/healthz": "healthz",
  "/robots.txt": "robots[.]txt",
  "/saved": "saved",
  "/alerts": "alerts._index",
  "/alerts/abc123": "alerts.$token",
  "/help": "help",
  "/for-supporters": "for-supporters",
  "/for-employers/support": "for-employers_.support",
  "/for-employers/events.ics": "for-employers_.events[.]ics",
  "/events/12/register": "events.$id_.register",
  "/registrations/abc123": "registrations.$code",
  // Accounts
  "/login": "login",
  "/logout": "logout",
  "/signup": "signup",
  "/password/forgot": "password.forgot",
  "/password/reset/abc123": "password.reset.$token",
  // Employer
  "/employer": "employer._index",
  "/employer/profile": "employer.profile",
  "/employer/jobs/new": "employer.jobs.new",
  "/employer/jobs/12/edit": "employer.jobs.$id.edit",
  "/employer/events/new": "employer.events.new",
  "/employer/events": "employer.events._index",
  "/employer/events/12": "employer.events.$id",
  "/employer/hires": "employer.hires",
  // Staff
  "/staff": "staff._index",
  "/staff/employers": "staff.employers._index",
  "/staff/jobs": "staff.jobs._index",
  "/staff/events": "staff.events._index",
  "/staff/magazine": "staff.magazine._index",
  "/staff/magazine/4": "staff.magazine.$id",
  "/staff/stats": "staff.stats._index",
  "/staff/contacts": "staff.contacts._index",
  "/staff/audit": "staff.audit",
  "/staff/audit.csv": "staff.audit[.csv]",
  "/staff/users": "staff.users",
  "/staff/events/12/registrations": "staff.events.$id_.registrations",
  "/staff/events/12/timetable": "staff.events.$id_.timetable",
  "/staff/readings": "staff.readings",
  "/staff/help": "staff.help",
};

type RouteObject = Parameters<typeof matchRoutes>[0][number];

/** The manifest as the nested route objects Remix matches a request against. */
function routeTree(): RouteObject[] {
  const build = (parentId: string): RouteObject[] =>
    Object.values(manifest)
      .filter((route) => route.parentId === parentId)
      .map((route) =>
        route.index
          ? { id: route.id, path: route.path, index: true }
          : { id: route.id, path: route.path, children: build(route.id) },
      );
  return build("root");
}

/** The chain of flat names that answers a URL, outermost first; null when nothing does. */
function matchedChain(url: string): string[] | null {
  const matches = matchRoutes(routeTree(), url);
  return matches ? matches.map((m) => flatName(m.route.id!)) : null;
}

describe("routes by area", () => {
  test("every route has the flat name, parent, path and file end it had before the move", () => {
    const now = Object.values(manifest)
      .map((route): (typeof BEFORE_THE_MOVE)[number] => {
        const name = flatName(route.id);
        const file = flatName(route.file);
        return [
          name,
          route.parentId === "root" ? "root" : flatName(route.parentId!),
          route.path ?? null,
          route.index === true,
          file.slice(name.length),
        ];
      })
      .sort((a, b) => a[0].localeCompare(b[0]));
    expect(now).toEqual(BEFORE_THE_MOVE);
  });

  test("every route module sits in an area folder, and its id is its path", () => {
    for (const route of Object.values(manifest)) {
      expect(route.file).toMatch(/^routes\/(_public|_auth|employer|staff|_resources)\+\//);
      expect(route.file.startsWith(route.id)).toBe(true);
    }
    expect(manifest["routes/staff+/staff.jobs._index"].parentId).toBe("routes/staff+/staff");
    expect(manifest["routes/employer+/employer.profile"].parentId).toBe("routes/employer+/employer");
  });

  test("each address of the URL contract reaches the module it reached before", () => {
    for (const [url, expected] of Object.entries(CONTRACT)) {
      const chain = matchedChain(url);
      expect(chain?.at(-1) ?? null, url).toBe(expected);
      // The layout stays the parent: a staff or employer page renders inside it.
      if (url.startsWith("/staff") && expected) expect(chain?.[0], url).toBe("staff");
      if (url.startsWith("/employer/") && expected) expect(chain?.[0], url).toBe("employer");
    }
  });

  test("every address of the URL contract has a route", () => {
    const missing = Object.keys(CONTRACT).filter((url) => matchedChain(url) === null);
    expect(missing).toEqual([]);
  });

  test("two areas may not claim one flat name", async () => {
    const fs = await import("node:fs");
    const os = await import("node:os");
    const app = fs.mkdtempSync(path.join(os.tmpdir(), "routes-"));
    fs.writeFileSync(path.join(app, "root.tsx"), "");
    for (const area of ["_public+", "staff+"]) {
      fs.mkdirSync(path.join(app, "routes", area), { recursive: true });
      fs.writeFileSync(path.join(app, "routes", area, "help.tsx"), "");
    }
    expect(() => areaRoutes(app)).toThrow(/help/);
    fs.rmSync(app, { recursive: true });
  });
});
