// Configuration read once from the environment, with the defaults the README lists.
function int(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw ? Number.parseInt(raw, 10) : NaN;
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** "https://jobs.example.jp" from PUBLIC_ORIGIN, or "" when it is unset or not an origin. */
export function parseOrigin(raw: string | undefined): string {
  const value = raw?.trim().replace(/\/+$/, "") ?? "";
  if (!value) return "";
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" && url.protocol !== "http:") return "";
    // Only scheme, host and port: a path, a query or a user name is a mistake.
    return url.origin === value ? value : "";
  } catch {
    return "";
  }
}

const isProduction = process.env.NODE_ENV === "production";

/** Where `npm run dev` (Vite) answers; links in development mail point there. */
export const DEVELOPMENT_ORIGIN = "http://localhost:5173";

export const env = {
  databasePath: process.env.DATABASE_PATH ?? "data/app.sqlite",
  /**
   * The public origin, e.g. https://jobs.example.jp: every link that leaves a page (mail,
   * feeds, calendars, PDFs, QR codes) starts with it, and form posts must come from it.
   * Required in production (the server refuses to start without it); never taken from a
   * request. Outside production it defaults to the development server.
   */
  publicOrigin: parseOrigin(process.env.PUBLIC_ORIGIN) || (isProduction ? "" : DEVELOPMENT_ORIGIN),
  smtpUrl: process.env.SMTP_URL ?? "",
  mailFrom: process.env.MAIL_FROM ?? "熊本市 協力雇用主 求人サイト <no-reply@example.jp>",
  staffNotifyAddress: process.env.STAFF_NOTIFY_EMAIL ?? "",
  contactRetentionDays: int("CONTACT_RETENTION_DAYS", 90),
  registrationRetentionDays: int("REGISTRATION_RETENTION_DAYS", 90),
  isProduction,
};
