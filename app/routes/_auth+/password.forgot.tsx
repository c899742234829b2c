import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { TextField } from "~/components/form-fields";
import { acceptPasswordResetRequest, afterResponse, RESET_THROTTLED_MESSAGE } from "~/models/password-reset.server";
import { forgotPasswordSchema } from "~/schemas/auth";
import { db } from "~/utils/db.server";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { clientAddress } from "~/utils/http";
import { publicOrigin } from "~/utils/origin.server";
import { pageMeta, titled } from "~/utils/seo";

export const meta: MetaFunction = (args) =>
  pageMeta(args, { title: titled("パスワードの再設定"), description: "パスワードを忘れたときに、新しいパスワードを決めるためのメールを送ります。" });

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(formData, forgotPasswordSchema);
  if (!parsed.ok) return parsed.response;
  // The same answer, in the same time, whether or not the address has an account: the
  // lookup and the mail happen after the response.
  const outcome = await acceptPasswordResetRequest(
    db,
    { email: parsed.data.email, client: clientAddress(context), origin: publicOrigin() },
    afterResponse(db),
  );
  if (outcome === "throttled") return formError(formData, { _form: RESET_THROTTLED_MESSAGE }, 429);
  return { sent: true as const };
}

export default function ForgotPassword() {
  const result = useActionData<FormFailure | { sent: true }>();
  if (result && "sent" in result) {
    return (
      <div className="narrow">
        <h1>メールを確認してください</h1>
        <p role="status">
          登録されているメールアドレスであれば、パスワードを決め直すためのリンクを送りました。リンクは1時間だけ有効です。
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>パスワードの再設定</h1>
      <p>登録したメールアドレスを入力してください。パスワードを決め直すためのリンクを送ります。</p>
      <ValidatedForm schema={forgotPasswordSchema} failure={result} aria-label="パスワードの再設定">
        <TextField name="email" label="メールアドレス" type="email" autoComplete="email" required />
        <SubmitButton>リンクを送る</SubmitButton>
      </ValidatedForm>
    </div>
  );
}
