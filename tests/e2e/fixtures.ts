import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { createSession } from "../../app/auth/session.server";
import { openDatabase } from "../../db/sqlite";
import type { Database } from "../../db/types";
import { makeEmployerAccount, makeStaff } from "../factories";
import { clockIsFake, nowMs } from "../../app/utils/clock";

// Fixtures open the same SQLite file as the server under test, insert their own rows and
// sign in by inserting a session (only the login spec goes through the login form).

export const E2E_DB = process.env.E2E_DB ?? "data/e2e.sqlite";

type Fixtures = {
  /**
   * The client address the server sees for this test's page and request: its own, so the
   * rate limits (login, reset, sign-up, contact) a test runs into are its own and no test
   * needs to wipe another's. The test server trusts X-Forwarded-For from loopback
   * (TRUST_PROXY in playwright.config.ts), as it does behind a reverse proxy.
   */
  clientAddress: string;
  db: Kysely<Database>;
  signInAs: (userId: number) => Promise<void>;
  signInAsStaff: () => Promise<{ id: number; email: string }>;
  signInAsEmployer: (status?: "approved" | "pending" | "suspended") => Promise<{
    userId: number;
    employerId: number;
    email: string;
  }>;
};

export const test = base.extend<Fixtures, { workerDb: Kysely<Database> }>({
  workerDb: [
    async ({}, use) => {
      const { db } = openDatabase(E2E_DB);
      await use(db);
      await db.destroy();
    },
    { scope: "worker" },
  ],
  // The browser's Date follows the same clock as the server, so forms that check dates in
  // the page (react-hook-form) agree with the server on a run with APP_FAKE_NOW.
  context: async ({ context }, use) => {
    // Only Date is shifted; timers stay real (Playwright's clock.install would stop axe's).
    if (clockIsFake()) {
      await context.addInitScript((offset: number) => {
        const RealDate = Date;
        class ShiftedDate extends RealDate {
          constructor(...args: unknown[]) {
            if (args.length === 0) super(RealDate.now() + offset);
            else super(...(args as [string]));
          }
          static now() {
            return RealDate.now() + offset;
          }
        }
        globalThis.Date = ShiftedDate as DateConstructor;
      }, nowMs() - Date.now());
    }
    await use(context);
  },
  clientAddress: async ({}, use) => {
    await use(uniqueAddress());
  },
  extraHTTPHeaders: async ({ clientAddress }, use) => {
    await use({ "X-Forwarded-For": clientAddress });
  },
  db: async ({ workerDb }, use) => {
    await use(workerDb);
  },
  signInAs: async ({ context, db, baseURL }, use) => {
    await use(async (userId) => {
      const { token } = await createSession(db, userId);
      await context.addCookies([
        { name: "session", value: token, url: baseURL!, httpOnly: true, sameSite: "Lax" },
      ]);
    });
  },
  signInAsStaff: async ({ db, signInAs }, use) => {
    await use(async () => {
      const staff = await makeStaff(db, { email: uniqueEmail("staff") });
      await signInAs(staff.id);
      return { id: staff.id, email: staff.email };
    });
  },
  signInAsEmployer: async ({ db, signInAs }, use) => {
    await use(async (status = "approved") => {
      const { user, employer } = await makeEmployerAccount(db, {
        email: uniqueEmail("employer"),
        employer: { status },
      });
      await signInAs(user.id);
      return { userId: user.id, employerId: employer.id, email: user.email };
    });
  },
});

export { expect };
/** The clock the server under test reads (app/utils/clock.ts); tests ask it for "now". */
export { now as clockNow, nowMs as clockNowMs } from "../../app/utils/clock";

/** Unique across test runs that share one database file. */
/**
 * An issue number no other test has taken, above the demo's and within the four digits the
 * issue form accepts (staff create the next number through that form).
 */
export async function freeIssueNumber(db: Kysely<Database>) {
  const row = await db.selectFrom("magazine_issues").select((eb) => eb.fn.max("number").as("top")).executeTakeFirst();
  return Math.max(Number(row?.top ?? 0), 700) + 1 + Math.floor(Math.random() * 50);
}

/** An address from the documentation range (2001:db8::/32) that no other test uses. */
export function uniqueAddress() {
  const groups = randomBytes(8).toString("hex").match(/.{4}/g)!;
  return `2001:db8::${groups.join(":")}`;
}

export function uniqueEmail(prefix: string) {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.jp`;
}

/** No WCAG 2.2 AA violation on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** Fails the test on any request that leaves this site. */
export function forbidThirdPartyRequests(page: Page, baseURL: string) {
  const own = new URL(baseURL).origin;
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.origin !== own) foreign.push(request.url());
  });
  return () => expect(foreign).toEqual([]);
}

/** The audit entries of one record, oldest first, with who made each. */
export async function auditOf(db: Kysely<Database>, type: string, id: number) {
  return db
    .selectFrom("audit_log")
    .select(["action", "actor_user_id", "actor_email"])
    .where("entity_type", "=", type)
    .where("entity_id", "=", String(id))
    .orderBy("id")
    .execute();
}

/** Goes to a page; with JavaScript on, waits until React has taken over the forms. */
export async function openPage(page: Page, url: string, javaScriptEnabled: boolean) {
  await page.goto(url);
  if (javaScriptEnabled) {
    await page.waitForFunction(
      () => (window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized,
    );
  }
}
