import type { Request } from "express";
import { isbot } from "isbot";
import { countJobView } from "../models/job-views.server";
import { db } from "../utils/db.server";

// A posting's page served from the cache skips its loader, which counts the view: count it
// here instead, with the same rule (people, not crawlers).
const JOB_PAGE = /^\/jobs\/(\d{1,9})$/;

export function countCachedJobView(req: Request, status: number) {
  const match = JOB_PAGE.exec(req.path);
  if (!match || status !== 200 || req.method !== "GET") return;
  if (isbot(req.get("user-agent") ?? "")) return;
  countJobView(db, Number(match[1]));
}
