// npm run db:seed — fills an empty database (DATABASE_PATH, default data/app.sqlite) with
// the demo data; does nothing when the database already has users.
import { migrateToLatest } from "../db/migrate";
import { APPROVED_EMPLOYERS, DEMO_EMPLOYER_KEY } from "../db/seed-data";
import { DEMO_ACCOUNTS, demoSummary, seedDemo } from "../db/seed";
import { openDatabase } from "../db/sqlite";

async function main(): Promise<void> {
  const file = process.env.DATABASE_PATH ?? "data/app.sqlite";
  const { db } = openDatabase(file);
  try {
    await migrateToLatest(db);
    const before = await db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    if (Number(before.n) > 0) {
      console.log(`${file}: 利用者がすでにいるため、デモデータは追加しませんでした。`);
      console.log(`${file}: the database already has users; no demo data was added.`);
      return;
    }
    await seedDemo(db);
    const s = await demoSummary(db);
    const fmt = (r: Record<string, number>) => Object.entries(r).map(([k, v]) => `${k} ${v}`).join(", ");
    console.log(`デモデータを作成しました / Demo data created: ${file}`);
    console.log(`  事業所 Employers: ${fmt(s.employers)}`);
    console.log(`  求人 Jobs: ${fmt(s.jobs)}`);
    console.log(`  催し Events: ${s.events} · 求人情報誌 Magazine issues: ${s.magazineIssues}`);
    console.log(`  採用報告 Hire reports: ${s.hireReports} · 問い合わせ Contact requests: ${s.contactRequests}`);
    console.log(`  アカウント Accounts: ${s.users}`);
    console.log(`デモ用アカウント / Demo accounts (パスワード password: ${DEMO_ACCOUNTS.password})`);
    console.log(`  ${DEMO_ACCOUNTS.staff.email}     市の職員 / city staff`);
    console.log(`  ${DEMO_ACCOUNTS.employer.email}  協力雇用主 / employer (${APPROVED_EMPLOYERS.find((e) => e.key === DEMO_EMPLOYER_KEY)?.name ?? ""})`);
    console.log("  ほかの事業所も同じパスワードです / other employer accounts use the same password.");
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
