import type { Request, Response } from "express";

// The few answers the server gives before Remix runs (a refused body, an address that cannot
// be decoded, a fault): one short Japanese page, or plain text for Remix's .data requests.

function page(title: string, text: string): string {
  return `<!doctype html>
<html lang="ja">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}｜熊本市 協力雇用主 求人サイト</title></head>
<body><main><h1>${title}</h1><p>${text}</p><p><a href="/">トップページへ</a></p></main></body>
</html>
`;
}

export function sendShortAnswer(req: Request, res: Response, status: number, title: string, text: string) {
  res.status(status);
  if (req.path.endsWith(".data")) res.type("text/plain; charset=utf-8").send(`${title}。${text} (${status})\n`);
  else res.type("text/html; charset=utf-8").send(page(title, text));
}
