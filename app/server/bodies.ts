import type { NextFunction, Request, Response } from "express";
import { sendShortAnswer } from "./short-answer";
import type { RouteMatch } from "./routes";

// Request bodies are checked and read here, before Remix sees them: only form encodings,
// and never more than the route's largest legitimate form. The body is kept in memory
// (it is small by then) and handed to Remix from res.locals.body.

/** Enough for every form on the site, with every field at its longest. */
export const FORM_LIMIT = 64 * 1024;

// Measured with every text field at its maximum length in Japanese (one character is
// nine bytes URL-encoded): a job posting (employer or staff form) comes to about 56 KB,
// so it gets room above the default; a survey has no fixed number of questions and up to
// 500 characters for each text answer (about 4.5 KB a question).
const ROUTE_LIMITS: Record<string, number> = {
  "/employer/jobs/new": 128 * 1024,
  "/employer/jobs/:id/edit": 128 * 1024,
  "/staff/jobs/:id": 128 * 1024,
  "/surveys/:publicId": 256 * 1024,
};

export function bodyLimit(route: RouteMatch | null): number {
  return (route && ROUTE_LIMITS[route.pattern]) || FORM_LIMIT;
}

// The names a form sends more than once (checkboxes sharing a name), by route. Any other
// name sent twice is refused before the action runs: an action reads one value with
// formData.get() (the first), a schema refuses a list, and neither may quietly pick one.
const REPEATED_NAMES: Record<string, RegExp> = {
  "/staff/events/new": /^participantIds$/,
  "/staff/events/:id": /^participantIds$/,
  "/staff/magazine/:id": /^jobId$/,
  // A multiple-choice question; the answers are then checked question by question.
  "/surveys/:publicId": /^q\d+$/,
};

/** The first name that a form body sends twice and its route does not allow twice. */
export function repeatedName(route: RouteMatch | null, names: Iterable<string>): string | null {
  const allowed = route ? REPEATED_NAMES[route.pattern] : undefined;
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name) && !allowed?.test(name)) return name;
    seen.add(name);
  }
  return null;
}

/**
 * The names a form body sends, in order; null when it cannot be read as the form it claims
 * to be (a broken multipart body would otherwise fail inside every action).
 */
async function fieldNames(type: string, contentType: string, body: Buffer): Promise<string[] | null> {
  if (type === "application/x-www-form-urlencoded") return [...new URLSearchParams(body.toString("utf8")).keys()];
  try {
    const form = await new Response(new Uint8Array(body), { headers: { "Content-Type": contentType } }).formData();
    return [...form.keys()];
  } catch {
    return null;
  }
}

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

function mediaType(header: string | undefined): string {
  return (header ?? "").split(";")[0]!.trim().toLowerCase();
}

const REFUSALS = {
  repeated: { status: 400, title: "同じ項目が2回送られました", text: "ページを開き直して、もう一度送ってください。" },
  unreadable: { status: 400, title: "送られた内容を読み取れませんでした", text: "ページを開き直して、もう一度送ってください。" },
  tooLarge: { status: 413, title: "送られた内容が大きすぎます", text: "送れる量を超えています。文章を短くして、もう一度送ってください。" },
  notAForm: { status: 415, title: "この形では受け付けられません", text: "このサイトのページにある入力欄から送ってください。" },
} as const;

// After a refusal the body is no longer kept. Node throws away what still arrives while
// the answer goes out (closing at once would make the client see a reset connection
// instead of the answer); a second after the answer the connection is closed for good.
const LINGER_MS = 1000;

function closeAfterAnswer(req: Request, res: Response) {
  res.once("finish", () => {
    if (req.complete) return;
    setTimeout(() => req.socket.destroy(), LINGER_MS).unref();
  });
}

/** A short Japanese answer: a page for a browser, plain text for Remix's .data requests. */
export function refuse(req: Request, res: Response, reason: keyof typeof REFUSALS) {
  const { status, title, text } = REFUSALS[reason];
  res.setHeader("Connection", "close");
  sendShortAnswer(req, res, status, title, text);
  closeAfterAnswer(req, res);
}

/**
 * Refuses any body that is not a form (415) or larger than the route allows (413): a
 * declared Content-Length is checked before reading, a chunked body is counted as it
 * arrives and reading stops at the limit.
 */
export function formBodies(match: (pathname: string) => RouteMatch | null) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    const declared = req.get("content-length");
    const hasBody = req.get("transfer-encoding") !== undefined || (declared !== undefined && declared !== "0");
    if (!hasBody) return next();
    const type = mediaType(req.get("content-type"));
    if (!FORM_TYPES.has(type)) return refuse(req, res, "notAForm");

    const route = match(req.path);
    const limit = bodyLimit(route);
    if (declared !== undefined && Number(declared) > limit) return refuse(req, res, "tooLarge");

    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
    };
    function onData(chunk: Buffer) {
      size += chunk.length;
      if (size > limit) {
        stop();
        return refuse(req, res, "tooLarge");
      }
      chunks.push(chunk);
    }
    async function onEnd() {
      stop();
      const body = Buffer.concat(chunks);
      const names = await fieldNames(type, req.get("content-type") ?? "", body);
      if (names === null) return refuse(req, res, "unreadable");
      if (repeatedName(route, names) !== null) return refuse(req, res, "repeated");
      res.locals.body = body;
      next();
    }
    function onError(error: Error) {
      stop();
      next(error);
    }
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  };
}
