import {
  createRequestHandler,
  writeReadableStreamToWritable,
  type AppLoadContext,
  type ServerBuild,
} from "@remix-run/node";
import type { NextFunction, Request, Response } from "express";

/** The request's headers as the fetch API has them. */
export function fetchHeaders(req: Request): Headers {
  const headers = new Headers();
  for (const [key, values] of Object.entries(req.headers)) {
    if (Array.isArray(values)) for (const value of values) headers.append(key, value);
    else if (values) headers.set(key, values);
  }
  return headers;
}

async function send(res: Response, response: globalThis.Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

/**
 * Hands a request to Remix (what @remix-run/express does, with two differences). Its URL
 * is built on the configured public origin, not on the Host header, so nothing in the app
 * can take a link from a request; its body is the one formBodies() already read and counted.
 */
export function remixHandler(
  build: ServerBuild,
  origin: string,
  getLoadContext: (req: Request, res: Response) => AppLoadContext,
) {
  const handle = createRequestHandler(build, "production");
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (!req.originalUrl.startsWith("/")) {
        res.status(400).type("text/plain; charset=utf-8").send("Bad Request\n");
        return;
      }
      // Loaders and actions stop when the browser goes away before the answer is written.
      let controller: AbortController | null = new AbortController();
      res.on("finish", () => (controller = null));
      res.on("close", () => controller?.abort());
      const init: RequestInit = { method: req.method, headers: fetchHeaders(req), signal: controller.signal };
      if (req.method !== "GET" && req.method !== "HEAD") {
        const body = res.locals.body as Buffer | undefined;
        init.body = body ? new Uint8Array(body) : null;
      }
      const response = await handle(new Request(`${origin}${req.originalUrl}`, init), getLoadContext(req, res));
      await send(res, response);
    } catch (error) {
      next(error);
    }
  };
}
