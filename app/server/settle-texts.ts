import type { RequestHandler } from "express";
import { settleTexts } from "../models/search-text.server";
import { db } from "../utils/db.server";

// A net under the save and approval functions, which settle the text queue themselves:
// after any request that may have written (not GET or HEAD), whatever a trigger queued is
// given its readings and search text, after the answer has gone out.
export const settleAfterWrites: RequestHandler = (req, res, next) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.on("finish", () => {
      settleTexts(db).catch((error: unknown) => console.error("settling texts failed", error));
    });
  }
  next();
};
