import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { TextField } from "~/components/form-fields";
import { completePasswordReset, findUsablePasswordReset } from "~/models/password-reset.server";
import { resetPasswordSchema } from "~/schemas/auth";
import { db } from "~/utils/db.server";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";

export const meta: MetaFunction = () => [
  { title: "新しいパスワード | 熊本市 協力雇用主 求人サイト" },
  // The token is in the address: never send it to another site. ("no-referrer" would also
  // blank the Origin of our own form post, which the same-origin check then refuses.)
  { name: "referrer", content: "same-origin" },
];

export async function loader({ params }: LoaderFunctionArgs) {
  const reset = await findUsablePasswordReset(db, params.token ?? "");
  return { usable: Boolean(reset) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(formData, resetPasswordSchema);
  if (!parsed.ok) return parsed.response;
  const done = await completePasswordReset(db, params.token ?? "", parsed.data.password);
  if (!done) {
    return formError(formData, { _form: "このリンクは使えません。もう一度、再設定を申し込んでください。" });
  }
  return redirect("/login?reset=1");
}

export default function ResetPassword() {
  const { usable } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  if (!usable) {
    return (
      <div className="narrow">
        <h1>このリンクは使えません</h1>
        <p>リンクの有効期限（1時間）が過ぎたか、すでに使われています。</p>
        <p>
          <Link to="/password/forgot">もう一度、再設定を申し込む</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>新しいパスワードを決める</h1>
      <p>8文字以上で決めてください。決めると、ほかの端末のログインはすべて終わります。</p>
      <ValidatedForm schema={resetPasswordSchema} failure={failure} aria-label="パスワードの決め直し">
        <TextField name="password" label="新しいパスワード" type="password" autoComplete="new-password" required hint="8文字以上、256文字以内" />
        <TextField name="confirm" label="新しいパスワード（確認）" type="password" autoComplete="new-password" required />
        <SubmitButton>パスワードを変える</SubmitButton>
      </ValidatedForm>
    </div>
  );
}
