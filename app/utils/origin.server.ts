import type { AppLoadContext } from "@remix-run/node";
import { env } from "./env.server";

/** This site's origin, for links in mail and feeds: PUBLIC_ORIGIN, else the request's own. */
export function publicOrigin(request: Request, context?: AppLoadContext): string {
  if (env.publicOrigin) return env.publicOrigin;
  const url = new URL(request.url);
  if (context?.https) url.protocol = "https:";
  return url.origin;
}
