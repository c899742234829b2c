import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
// The web-streams renderer, not the Node one: React 18's Node writer pads a 2 KiB chunk
// with NUL bytes when a multi-byte character does not fit at its end (docs/decisions/0009).
import { renderToReadableStream } from "react-dom/server.browser";
import { NonceContext } from "~/components/nonce";

const ABORT_DELAY = 5_000;
export const streamTimeout = ABORT_DELAY;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce ?? "";
  // Whatever is still pending after the delay is rendered as its fallback, and the
  // stream ends: a slow query cannot hold a response open for ever.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ABORT_DELAY);
  let shellRendered = false;
  // Rejects when the shell itself fails; Remix then answers with its error page.
  const body = await renderToReadableStream(
    <NonceContext.Provider value={nonce}>
      <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
    </NonceContext.Provider>,
    {
      nonce,
      signal: abort.signal,
      onError(error: unknown) {
        responseStatusCode = 500;
        if (shellRendered) console.error(error);
      },
    },
  ).catch((error: unknown) => {
    clearTimeout(timer);
    throw error;
  });
  shellRendered = true;
  body.allReady.then(
    () => clearTimeout(timer),
    () => clearTimeout(timer),
  );
  // Crawlers and printers (the PDF renderer is headless Chromium) get the whole page at
  // once; people get it streamed.
  if (isbot(request.headers.get("user-agent") ?? "")) await body.allReady;
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  return new Response(body, { headers: responseHeaders, status: responseStatusCode });
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  // A 403, 404 or 405 is an answer, not a fault: the access log already has its line.
  if (isRouteErrorResponse(error) && error.status < 500) return;
  console.error(error);
}
