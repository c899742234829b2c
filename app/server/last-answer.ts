import type { NextFunction, Request, Response } from "express";

// What Express would otherwise answer with its own English page: a path that cannot be
// decoded (a link cut off inside a multi-byte character, from paper or a chat), a method
// the site does not know, or a fault. The person gets a short Japanese page; a fault is
// printed once, without the request's path or query.

const ANSWERS: Record<number, { title: string; text: string }> = {
  400: { title: "アドレスが正しくありません", text: "アドレスの一部が欠けているようです。リンクをもう一度開くか、トップページから探してください。" },
  405: { title: "この操作はできません", text: "このサイトのページから操作してください。" },
  500: { title: "うまく表示できませんでした", text: "しばらくしてから、もう一度開いてください。続くときは、市の担当者にお知らせください。" },
};

function page(title: string, text: string): string {
  return `<!doctype html>
<html lang="ja">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}｜熊本市 協力雇用主 求人サイト</title></head>
<body><main><h1>${title}</h1><p>${text}</p><p><a href="/">トップページへ</a></p></main></body>
</html>
`;
}

export function lastAnswer(error: unknown, req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) return next(error);
  const declared = (error as { status?: number; statusCode?: number }).status ?? (error as { statusCode?: number }).statusCode;
  const status = declared === 400 || declared === 405 ? declared : error instanceof TypeError && /method/i.test(error.message) ? 405 : 500;
  if (status === 500) console.error(error);
  const { title, text } = ANSWERS[status]!;
  res.status(status);
  if (req.path.endsWith(".data")) res.type("text/plain; charset=utf-8").send(`${title}。${text} (${status})\n`);
  else res.type("text/html; charset=utf-8").send(page(title, text));
}
