import type { Kysely } from "kysely";
import { seedDemo } from "../../db/seed";
import type { Database } from "../../db/types";

/** Fills an empty database with the demo data and says how to sign in. Demo use only. */
export async function runDemoSeed(db: Kysely<Database>, port: number) {
  await seedDemo(db);
  console.log(
    [
      "",
      "デモ用データで起動します（本番では使わないでください） / demo data, not for production",
      `  http://localhost:${port}`,
      "  職員 staff:     staff@example.jp     / kumamoto-demo-2026",
      "  事業主 employer: employer@example.jp  / kumamoto-demo-2026",
      "",
    ].join("\n"),
  );
}
