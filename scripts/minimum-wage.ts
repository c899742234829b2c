// npx vite-node scripts/minimum-wage.ts [YEN] — shows, or sets, the hourly minimum wage that
// job postings are checked against (Kumamoto Prefecture's figure changes every autumn).
import { getMinimumHourlyWage, setMinimumHourlyWage } from "../app/models/settings.server";
import { openCliDatabase } from "./cli-db";

const arg = process.argv[2];
const yen = Number(arg);
if (arg !== undefined && (!Number.isInteger(yen) || yen <= 0)) {
  console.error("使い方 / usage: npx vite-node scripts/minimum-wage.ts [YEN]");
  process.exit(2);
}
const { db } = await openCliDatabase();
try {
  if (arg !== undefined) await setMinimumHourlyWage(db, { id: null, email: "cli" }, yen);
  console.log(`minimum hourly wage: ${await getMinimumHourlyWage(db)} yen`);
} finally {
  await db.destroy();
}
