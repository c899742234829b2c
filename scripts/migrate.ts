// npm run db:migrate — applies every pending migration to DATABASE_PATH (default data/app.sqlite).
import { openCliDatabase } from "./cli-db";

const { db, file } = await openCliDatabase();
console.log(`migrated: ${file}`);
await db.destroy();
