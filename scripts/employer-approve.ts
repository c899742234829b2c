// npm run employer:approve -- EMPLOYER_ID — approves a pending employer from the command
// line (the same change, with its audit entry, as the staff screen makes).
import { setEmployerStatus } from "../app/models/employers.server";
import { openCliDatabase } from "./cli-db";

const id = Number(process.argv[2]);
if (!Number.isInteger(id) || id <= 0) {
  console.error("使い方 / usage: npm run employer:approve -- EMPLOYER_ID");
  process.exit(2);
}
const { db } = await openCliDatabase();
try {
  const updated = await setEmployerStatus(db, { id: null, email: "cli" }, id, "approved");
  if (!updated) {
    console.error(`no employer with id ${id}`);
    process.exit(1);
  }
  console.log(`approved: ${updated.name}`);
} finally {
  await db.destroy();
}
