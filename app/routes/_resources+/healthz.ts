import { pingDatabase } from "~/models/maintenance.server";
import { db } from "~/utils/db.server";

// For the load balancer and monitoring: the app answers and the database responds.
export async function loader() {
  try {
    await pingDatabase(db);
    return new Response("ok\n", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  } catch {
    return new Response("database unavailable\n", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
