import { env } from "./env.server";

/**
 * This site's origin for every link that leaves a page: mail, feeds, calendars, PDFs and
 * QR codes. Always the configured PUBLIC_ORIGIN, never a request header: a forged Host
 * must not put someone else's address into a password-reset mail or a printed magazine.
 */
export function publicOrigin(): string {
  return env.publicOrigin;
}
