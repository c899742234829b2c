import type { ActionFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { backPath, furiganaCookie } from "~/utils/furigana";

// The furigana switch in the header posts here: the cookie is set or cleared and the reader
// goes back to the page they were on. A plain form, so it works without JavaScript; the
// server's same-origin check refuses posts from other sites.
export function loader() {
  throw data({ message: "ふりがなの切りかえは、ボタンから行ってください" }, { status: 405, headers: { Allow: "POST" } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const on = form.get("furigana") === "1";
  return redirect(backPath(form.get("back")), {
    status: 303,
    headers: { "Set-Cookie": furiganaCookie(on, context.https === true), "Cache-Control": "no-store" },
  });
}
