import http from "node:http";
import { expect, test } from "./fixtures";
import { makeRawBytesData, type RawBytesData } from "./raw-bytes-data";

// Every page, print page, calendar, feed and single-fetch .data answer of the app, read as
// raw bytes (no browser decoding them), must be free of NUL bytes. React 18's Node stream
// writer used to pad a 2 KiB chunk with zeros when a Japanese character did not fit at its
// end (docs/decisions/0009); a form pre-filled from such HTML saved the zeros.
//
// The routes come from the running server's own route manifest, so a route added later (or
// moved to another file) fails this test until it is listed below.

type Role = "anonymous" | "employer" | "staff";
type Fetch = { path: string; as?: Role[]; status?: number; bot?: boolean };
type Entry = ((d: RawBytesData) => Fetch[]) | { skip: string };

const BROWSER_UA = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36";
// What the magazine's PDF renderer (headless Chromium) sends: a bot, so it gets the whole page at once.
const PRINTER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36";
const EVERYONE: Role[] = ["anonymous", "employer", "staff"];

const ROUTES: Record<string, Entry> = {
  "/": () => [{ path: "/", as: EVERYONE }, { path: "/_root.data", as: EVERYONE }],
  "/jobs": () => [
    { path: "/jobs", as: EVERYONE },
    { path: "/jobs", bot: true },
    { path: `/jobs?q=${encodeURIComponent("型枠大工")}` },
    { path: `/jobs.data?q=${encodeURIComponent("見習い")}` },
  ],
  "/jobs/:id": (d) => [
    { path: `/jobs/${d.jobId}`, as: EVERYONE },
    { path: `/jobs/${d.jobId}`, bot: true },
    { path: `/jobs/${d.jobId}.data` },
  ],
  "/jobs/cards.json": () => [{ path: "/jobs/cards.json" }, { path: `/jobs/cards.json?q=${encodeURIComponent("型枠大工")}` }],
  "/saved": () => [{ path: "/saved" }],
  "/jobs/:id/contact": (d) => [{ path: `/jobs/${d.jobId}/contact` }],
  "/jobs/:id/print": (d) => [{ path: `/jobs/${d.jobId}/print` }, { path: `/jobs/${d.jobId}/print`, bot: true }],
  "/events": () => [{ path: "/events", as: EVERYONE }],
  "/events/:id": (d) => [{ path: `/events/${d.eventId}`, as: EVERYONE }, { path: `/events/${d.eventId}.data` }],
  "/events.ics": () => [{ path: "/events.ics" }],
  "/events/:id.ics": (d) => [{ path: `/events/${d.eventId}.ics` }],
  "/events/:id/register": (d) => [{ path: `/events/${d.eventId}/register`, as: EVERYONE }],
  "/registrations/:code": (d) => [{ path: `/registrations/${d.registrationCode}` }, { path: `/registrations/${d.registrationCode}?cancel=1` }],
  "/registrations/:code.ics": (d) => [{ path: `/registrations/${d.registrationCode}.ics` }],
  "/feed.xml": () => [{ path: "/feed.xml" }],
  "/healthz": () => [{ path: "/healthz" }],
  "/robots.txt": () => [{ path: "/robots.txt" }],
  "/magazine": () => [{ path: "/magazine" }, { path: "/magazine.data" }],
  "/magazine/:number": (d) => [{ path: `/magazine/${d.issueNumber}`, as: EVERYONE }, { path: `/magazine/${d.issueNumber}.data` }],
  // The page headless Chromium prints into the PDF, fetched the way it fetches it.
  "/magazine/:number/print": (d) => [
    { path: `/magazine/${d.issueNumber}/print` },
    { path: `/magazine/${d.issueNumber}/print`, bot: true },
  ],
  "/magazine/:number.pdf": { skip: "a binary PDF; its source, the print page above, is checked as Chromium reads it" },
  "/employers/:id": (d) => [{ path: `/employers/${d.employerId}`, as: EVERYONE }],
  "/for-employers": () => [{ path: "/for-employers" }],
  "/for-employers/events.ics": () => [{ path: "/for-employers/events.ics" }],
  "/alerts": () => [{ path: "/alerts" }, { path: `/alerts?q=${encodeURIComponent("介護")}&ward=higashi&housing=1` }],
  "/alerts/:token": (d) => [{ path: `/alerts/${d.alertToken}` }, { path: `/alerts/${d.alertToken}?stop=1` }],
  "/for-employers/support": () => [{ path: "/for-employers/support" }, { path: "/for-employers/support?probationRequest=yes&parole=yes&hasGuarantor=no" }],
  "/help": () => [{ path: "/help", as: EVERYONE }, { path: "/help.data" }],
  "/for-supporters": () => [{ path: "/for-supporters" }],
  "/login": () => [{ path: "/login" }],
  "/logout": () => [{ path: "/logout", status: 405 }],
  "/furigana": () => [{ path: "/furigana", status: 405 }],
  "/signup": () => [{ path: "/signup" }],
  "/password/forgot": () => [{ path: "/password/forgot" }],
  "/password/reset/:token": (d) => [{ path: `/password/reset/${d.resetToken}` }],
  "/surveys/:publicId": (d) => [{ path: `/surveys/${d.publicId}` }, { path: `/surveys/${d.publicId}?venue=1` }],
  "/surveys/:publicId/qr.svg": (d) => [{ path: `/surveys/${d.publicId}/qr.svg`, as: ["staff"] }],

  "/employer": () => [{ path: "/employer", as: ["employer"] }, { path: "/employer.data", as: ["employer"] }],
  "/employer/profile": () => [{ path: "/employer/profile", as: ["employer"] }, { path: "/employer/profile.data", as: ["employer"] }],
  "/employer/jobs/new": () => [{ path: "/employer/jobs/new", as: ["employer"] }],
  "/employer/jobs/:id": (d) => [{ path: `/employer/jobs/${d.jobId}`, as: ["employer"] }],
  "/employer/jobs/:id/edit": (d) => [{ path: `/employer/jobs/${d.jobId}/edit`, as: ["employer"] }],
  "/employer/events/new": () => [{ path: "/employer/events/new", as: ["employer"] }],
  "/employer/events": () => [{ path: "/employer/events", as: ["employer"] }, { path: "/employer/events.data", as: ["employer"] }],
  "/employer/events/:id": (d) => [
    { path: `/employer/events/${d.proposalId}`, as: ["employer"] },
    { path: `/employer/events/${d.publicProposalId}`, as: ["employer"] },
  ],
  "/employer/hires": () => [{ path: "/employer/hires", as: ["employer"] }],

  "/staff": () => [{ path: "/staff", as: ["staff"] }],
  "/staff/audit": () => [{ path: "/staff/audit", as: ["staff"] }],
  "/staff/audit.csv": () => [{ path: "/staff/audit.csv", as: ["staff"] }],
  "/staff/contacts": () => [{ path: "/staff/contacts", as: ["staff"] }],
  "/staff/contacts/:id": (d) => [{ path: `/staff/contacts/${d.contactId}`, as: ["staff"] }],
  "/staff/employers": () => [{ path: "/staff/employers", as: ["staff"] }],
  "/staff/employers/:id": (d) => [{ path: `/staff/employers/${d.employerId}`, as: ["staff"] }, { path: `/staff/employers/${d.pendingEmployerId}`, as: ["staff"] }],
  "/staff/events": () => [{ path: "/staff/events", as: ["staff"] }],
  "/staff/events/:id/registrations": (d) => [{ path: `/staff/events/${d.eventId}/registrations`, as: ["staff"] }],
  "/staff/events/new": () => [{ path: "/staff/events/new", as: ["staff"] }],
  "/staff/events/:id": (d) => [{ path: `/staff/events/${d.eventId}`, as: ["staff"] }, { path: `/staff/events/${d.eventId}.data`, as: ["staff"] }],
  // The data's event is a fair with interviews and registrations but no timetable built yet:
  // its timetable and check-in pages show, the print of a timetable not made is 404
  // (staff.timetable.spec.ts prints one).
  "/staff/events/:id/timetable": (d) => [{ path: `/staff/events/${d.eventId}/timetable`, as: ["staff"] }],
  "/staff/events/:id/timetable/print": (d) => [{ path: `/staff/events/${d.eventId}/timetable/print`, as: ["staff"], status: 404 }],
  "/staff/events/:id/checkin": (d) => [{ path: `/staff/events/${d.eventId}/checkin`, as: ["staff"] }],
  "/staff/jobs": () => [{ path: "/staff/jobs", as: ["staff"] }],
  "/staff/jobs/:id": (d) => [{ path: `/staff/jobs/${d.pendingJobId}`, as: ["staff"] }, { path: `/staff/jobs/${d.jobId}`, as: ["staff"] }],
  "/staff/magazine": () => [{ path: "/staff/magazine", as: ["staff"] }],
  "/staff/magazine/:id": (d) => [{ path: `/staff/magazine/${d.issueId}`, as: ["staff"] }],
  "/staff/stats": () => [{ path: "/staff/stats", as: ["staff"] }],
  "/staff/support": () => [{ path: "/staff/support", as: ["staff"] }],
  "/staff/stats/attendance": () => [{ path: "/staff/stats/attendance", as: ["staff"] }],
  "/staff/stats/distribution": () => [{ path: "/staff/stats/distribution", as: ["staff"] }],
  "/staff/stats/outcome": () => [{ path: "/staff/stats/outcome", as: ["staff"] }],
  "/staff/stats/csv/:table": () =>
    ["distribution", "outcome", "events", "wards", "industries", "retention"].map((t) => ({ path: `/staff/stats/csv/${t}`, as: ["staff"] as Role[] })),
  "/staff/surveys": () => [{ path: "/staff/surveys", as: ["staff"] }],
  "/staff/surveys/:id": (d) => [{ path: `/staff/surveys/${d.surveyId}`, as: ["staff"] }],
  "/staff/surveys/:id/paper": (d) => [{ path: `/staff/surveys/${d.surveyId}/paper`, as: ["staff"] }],
  "/staff/surveys/:id/print": (d) => [{ path: `/staff/surveys/${d.surveyId}/print`, as: ["staff"] }, { path: `/staff/surveys/${d.surveyId}/print`, as: ["staff"], bot: true }],
  "/staff/surveys/:id/results": (d) => [{ path: `/staff/surveys/${d.surveyId}/results`, as: ["staff"] }, { path: `/staff/surveys/${d.surveyId}/results.data`, as: ["staff"] }],
  "/staff/surveys/:id/results.csv": (d) => [{ path: `/staff/surveys/${d.surveyId}/results.csv`, as: ["staff"] }],
  "/staff/readings": () => [{ path: "/staff/readings", as: ["staff"] }],
  "/staff/help": () => [{ path: "/staff/help", as: ["staff"] }, { path: "/staff/help?edit=1", as: ["staff"] }],
  "/staff/users": () => [{ path: "/staff/users", as: ["staff"] }],
};

type Answer = { status: number; type: string; body: Buffer };

/** A GET read off the socket as bytes: no browser, no decoding, no compression. */
function rawGet(baseURL: string, path: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(new URL(path, baseURL), { headers: { "accept-encoding": "identity", ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, type: String(response.headers["content-type"] ?? ""), body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

/** Every URL pattern the server knows, from the route manifest its pages load. */
async function routePatterns(baseURL: string): Promise<string[]> {
  const home = (await rawGet(baseURL, "/", { "user-agent": BROWSER_UA })).body.toString("utf8");
  const manifestUrl = home.match(/\/assets\/manifest-[\w-]+\.js/)?.[0];
  expect(manifestUrl, "the page links its route manifest").toBeTruthy();
  const source = (await rawGet(baseURL, manifestUrl!, {})).body.toString("utf8");
  const manifest = JSON.parse(source.replace(/^window\.__remixManifest=/, "").replace(/;\s*$/, "")) as {
    routes: Record<string, { parentId?: string; path?: string }>;
  };
  const full = (id: string): string => {
    const route = manifest.routes[id];
    const parent = route.parentId ? full(route.parentId) : "";
    return route.path ? `${parent.replace(/\/$/, "")}/${route.path}` : parent || "/";
  };
  return [...new Set(Object.keys(manifest.routes).map(full))].sort();
}

/** Where each NUL byte sits, with the bytes around it (at most five of them). */
function nulBytes(body: Buffer): string[] {
  const found: string[] = [];
  for (let at = body.indexOf(0); at !== -1 && found.length < 5; at = body.indexOf(0, at + 1)) {
    const around = body.subarray(Math.max(0, at - 12), at + 12).toString("utf8").replace(/\0/g, "\\0");
    found.push(`byte ${at} (2 KiB boundary ${Math.round(at / 2048)}): …${around}…`);
  }
  return found;
}

test("no page, print page, calendar, feed or .data answer carries a NUL byte", async ({ db, baseURL }) => {
  test.setTimeout(180_000);
  const patterns = await routePatterns(baseURL!);
  expect(patterns.filter((p) => !(p in ROUTES)), "routes this test does not fetch yet").toEqual([]);
  expect(Object.keys(ROUTES).filter((p) => !patterns.includes(p)), "listed routes the server no longer has").toEqual([]);

  const data = await makeRawBytesData(db);
  const cookies: Record<Role, string | undefined> = { anonymous: undefined, ...data.cookies };
  const fetches: Fetch[] = [
    ...Object.values(ROUTES).flatMap((entry) => (typeof entry === "function" ? entry(data) : [])),
    // An error page is rendered by the same stream.
    { path: "/no-such-page-型枠", status: 404, as: EVERYONE },
  ];

  const problems: string[] = [];
  let pages = 0;
  let nonAsciiBytes = 0;
  for (const fetch of fetches) {
    for (const role of fetch.as ?? ["anonymous"]) {
      const headers: Record<string, string> = { "user-agent": fetch.bot ? PRINTER_UA : BROWSER_UA };
      if (cookies[role]) headers.cookie = cookies[role];
      const what = `${fetch.path} as ${role}${fetch.bot ? " (printer)" : ""}`;
      const answer = await rawGet(baseURL!, fetch.path, headers);
      pages += 1;
      nonAsciiBytes += answer.body.filter((b) => b >= 0x80).length;
      if (answer.status !== (fetch.status ?? 200)) problems.push(`${what}: status ${answer.status}`);
      // A whole page, so that it crosses at least two 2 KiB boundaries of the stream.
      if (answer.type.startsWith("text/html") && answer.body.length < 2 * 2048) problems.push(`${what}: only ${answer.body.length} bytes`);
      for (const nul of nulBytes(answer.body)) problems.push(`${what}: NUL at ${nul}`);
    }
  }
  expect(problems).toEqual([]);
  expect(pages).toBeGreaterThan(90);
  // Most of those bytes are Japanese characters, three bytes each.
  expect(nonAsciiBytes).toBeGreaterThan(pages * 3 * 2048);
});
