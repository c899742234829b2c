import type { NextFunction, Request, Response } from "express";
import { sendShortAnswer } from "./short-answer";

// What Express would otherwise answer with its own English page: a path that cannot be
// decoded (a link cut off inside a multi-byte character, from paper or a chat), a method
// the site does not know, or a fault. The person gets a short Japanese page; a fault is
// printed once, without the request's path or query.

const ANSWERS: Record<number, { title: string; text: string }> = {
  400: { title: "アドレスが正しくありません", text: "アドレスの一部が欠けているようです。リンクをもう一度開くか、トップページから探してください。" },
  405: { title: "この操作はできません", text: "このサイトのページから操作してください。" },
  500: { title: "うまく表示できませんでした", text: "しばらくしてから、もう一度開いてください。続くときは、市の担当者にお知らせください。" },
};

export function lastAnswer(error: unknown, req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) return next(error);
  const declared = (error as { status?: number; statusCode?: number }).status ?? (error as { statusCode?: number }).statusCode;
  const status = declared === 400 || declared === 405 ? declared : error instanceof TypeError && /method/i.test(error.message) ? 405 : 500;
  if (status === 500) console.error(error);
  const { title, text } = ANSWERS[status]!;
  sendShortAnswer(req, res, status, title, text);
}
