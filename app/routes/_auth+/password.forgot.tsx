import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { TextField } from "~/components/form-fields";
import { enqueueMail, deliverPendingMail } from "~/models/outbox.server";
import { createPasswordReset } from "~/models/password-reset.server";
import { findUserByEmail } from "~/models/users.server";
import { forgotPasswordSchema } from "~/schemas/auth";
import { db } from "~/utils/db.server";
import { parseForm, type FormFailure } from "~/utils/forms.server";
import { publicOrigin } from "~/utils/origin.server";
import { passwordResetMail } from "~/models/mails.server";

export const meta: MetaFunction = () => [{ title: "パスワードの再設定 | 熊本市 協力雇用主 求人サイト" }];

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(formData, forgotPasswordSchema);
  if (!parsed.ok) return parsed.response;
  const user = await findUserByEmail(db, parsed.data.email);
  // The answer is the same whether or not the address has an account.
  if (user && !user.disabled_at) {
    const token = await createPasswordReset(db, user.id);
    await enqueueMail(db, passwordResetMail(user.email, `${publicOrigin(request, context)}/password/reset/${token}`));
    void deliverPendingMail(db);
  }
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
