import type { ActionFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { getSession } from "~/auth/guards.server";
import { blankSessionCookie, invalidateSession } from "~/auth/session.server";
import { db } from "~/utils/db.server";

// Only POST logs out: a link or an image elsewhere cannot sign anybody out.
export function loader() {
  throw data({ message: "ログアウトはボタンから行ってください" }, { status: 405, headers: { Allow: "POST" } });
}

export async function action(args: ActionFunctionArgs) {
  const session = await getSession(args);
  if (session) await invalidateSession(db, session.id);
  return redirect("/", { headers: { "Set-Cookie": blankSessionCookie(args.context.https === true) } });
}
