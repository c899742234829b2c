import type { ActionFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { backPath, furiganaCookie } from "~/utils/furigana";

// The furigana switch in the header posts here: the cookie is set or cleared and the reader
// goes back to the page they were on. A plain form, so it works without JavaScript; the
// server's same-origin check refuses posts from other sites.
export function loader() {
  throw data({ message: "ふりがなの切りかえは、ボタンから行ってください" }, { status: 405, headers: { Allow: "POST" } });
}

/** A form the switch never sends (a control character, an unknown value): said plainly. */
function refused(): Response {
  const body =
    '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>受け付けられませんでした</title></head>' +
    '<body><h1>ふりがなの切りかえを受け付けられませんでした</h1><p>ページにもどって、もう一度ボタンを押してください。</p>' +
    '<p><a href="/">トップページへ</a></p></body></html>';
  return new Response(body, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const value = form.get("furigana");
  const back = form.get("back");
  if (value !== "1" && value !== "0" && value !== null) return refused();
  if (typeof back === "string" && /[\u0000-\u001f\u007f-\u009f]/.test(back)) return refused();
  const on = value === "1";
  return redirect(backPath(form.get("back")), {
    status: 303,
    headers: { "Set-Cookie": furiganaCookie(on, context.https === true), "Cache-Control": "no-store" },
  });
}
