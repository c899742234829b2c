import { randomUUID } from "node:crypto";
import { constants } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type { Kysely } from "kysely";
import { chromium } from "playwright-core";
import type { Database } from "../../db/types";
import { setIssuePdfPath, type MagazineIssue } from "~/models/magazine.server";
import { now as clockNow } from "~/utils/clock";
import { withDocumentInfo } from "~/utils/pdf-info";
import { SITE_NAME } from "~/utils/seo";

// The PDF of an issue is the print page as headless Chromium prints it, made once when the
// issue is published (or on the first request for an issue published without it), stored
// as a file and served as is: a published issue never changes, so neither does its PDF.

const pdfDir = () => process.env.PDF_DIR ?? "data/pdf";
const chromiumPath = () => process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Where this server can reach itself. Not the request's Host header: an anonymous request
 * can trigger the first rendering of a PDF, and a forged Host must not decide what page
 * Chromium prints. PDF_SOURCE_ORIGIN overrides it (e.g. for `npm run dev`).
 */
function selfOrigin(): string {
  if (process.env.PDF_SOURCE_ORIGIN) return process.env.PDF_SOURCE_ORIGIN.replace(/\/$/, "");
  const host = process.env.HOST ?? "0.0.0.0";
  const reachable = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  return `http://${reachable}:${process.env.PORT ?? 3000}`;
}

export async function chromiumInstalled(): Promise<boolean> {
  try {
    await fs.access(chromiumPath(), constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Prints one page of this server to an A4 PDF. The page is fetched over loopback, but its
 * links and QR codes carry the configured public origin, as every page's do.
 */
export async function renderPdf(pagePath: string): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, timeout: 30_000 });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${selfOrigin()}${pagePath}`, { waitUntil: "load", timeout: 30_000 });
    if (!response?.ok()) throw new Error(`print page answered ${response?.status() ?? "nothing"}`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Tagged: a screen reader or a text-to-speech tool on a supporter's computer reads it in order.
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true, tagged: true });
    // The page's own title, and this site as the Creator (Chromium writes its browser string).
    return withDocumentInfo(pdf, { title: await page.title(), creator: SITE_NAME, author: "熊本市" }, clockNow());
  } finally {
    await browser.close();
  }
}

export type PdfState =
  | { state: "ready"; path: string }
  /** Not made yet; the first request for it will make it. */
  | { state: "pending" }
  | { state: "unavailable"; reason: string };

const NO_CHROMIUM =
  "このサーバーには PDF を作るためのソフト（Chromium）がないため、PDF はありません。印刷用ページを開いて、ブラウザーの「印刷」で印刷してください。";
const RENDER_FAILED =
  "PDF を作れませんでした。時間をおいてもう一度開くか、印刷用ページからブラウザーの「印刷」で印刷してください。";

async function fileExists(file: string | null): Promise<boolean> {
  if (!file) return false;
  try {
    await fs.access(file, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/** What a reader's page can say about the PDF, without making it. */
export async function issuePdfState(issue: Pick<MagazineIssue, "status" | "pdf_path">): Promise<PdfState> {
  if (issue.status !== "published") return { state: "unavailable", reason: "発行する前の号には、PDF はありません。" };
  if (await fileExists(issue.pdf_path)) return { state: "ready", path: issue.pdf_path! };
  if (!(await chromiumInstalled())) return { state: "unavailable", reason: NO_CHROMIUM };
  return { state: "pending" };
}

// Two readers asking for a PDF not made yet share one rendering.
const rendering = new Map<number, Promise<PdfState>>();

/** The stored PDF of a published issue, made and stored now if it is missing. Never throws. */
export function ensureIssuePdf(db: Kysely<Database>, issue: MagazineIssue): Promise<PdfState> {
  const running = rendering.get(issue.id);
  if (running) return running;
  const job = (async (): Promise<PdfState> => {
    const known = await issuePdfState(issue);
    if (known.state !== "pending") return known;
    try {
      const pdf = await renderPdf(`/magazine/${issue.number}/print`);
      await fs.mkdir(pdfDir(), { recursive: true });
      // A fresh name each time: several servers (or test runs) may share the folder.
      const file = path.join(pdfDir(), `magazine-${issue.number}-${randomUUID().slice(0, 8)}.pdf`);
      await fs.writeFile(`${file}.part`, pdf);
      await fs.rename(`${file}.part`, file);
      await setIssuePdfPath(db, issue.id, file);
      return { state: "ready", path: file };
    } catch (error) {
      console.error(`PDF of magazine issue ${issue.number} failed`, error);
      return { state: "unavailable", reason: RENDER_FAILED };
    }
  })().finally(() => rendering.delete(issue.id));
  rendering.set(issue.id, job);
  return job;
}

export async function readPdf(file: string): Promise<Buffer> {
  return fs.readFile(file);
}
