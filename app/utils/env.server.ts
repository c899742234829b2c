// Configuration read once from the environment, with the defaults the README lists.
function int(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw ? Number.parseInt(raw, 10) : NaN;
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export const env = {
  databasePath: process.env.DATABASE_PATH ?? "data/app.sqlite",
  /** The public origin, e.g. https://jobs.example.jp; without it, taken from each request. */
  publicOrigin: process.env.PUBLIC_ORIGIN?.replace(/\/$/, "") ?? "",
  smtpUrl: process.env.SMTP_URL ?? "",
  mailFrom: process.env.MAIL_FROM ?? "熊本市 協力雇用主 求人サイト <no-reply@example.jp>",
  staffNotifyAddress: process.env.STAFF_NOTIFY_EMAIL ?? "",
  contactRetentionDays: int("CONTACT_RETENTION_DAYS", 90),
  isProduction: process.env.NODE_ENV === "production",
};
