import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useSearchParams } from "@remix-run/react";
import { getUser } from "~/auth/guards.server";
import { homeFor } from "~/auth/roles";
import { EmployerProfileFields } from "~/components/employer-profile-fields";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { CheckboxField, TextField } from "~/components/form-fields";
import { deliverPendingMail } from "~/models/outbox.server";
import { SIGNUP_THROTTLED_MESSAGE, submitEmployerSignup } from "~/models/signup.server";
import { signupSchema } from "~/schemas/auth";
import { db } from "~/utils/db.server";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { clientAddress } from "~/utils/http";
import { publicOrigin } from "~/utils/origin.server";
import { pageMeta, titled } from "~/utils/seo";

export const meta: MetaFunction = (args) =>
  pageMeta(args, {
    title: titled("利用の申し込み（事業主の方）"),
    description: "協力雇用主の事業主の方が、このサイトに求人を出すための申し込みです。市が確認してから使えるようになります。",
  });

export async function loader(args: LoaderFunctionArgs) {
  const user = await getUser(args);
  if (user) throw redirect(homeFor(user.role));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(formData, signupSchema);
  if (!parsed.ok) return parsed.response;
  const outcome = await submitEmployerSignup(db, parsed.data, {
    client: clientAddress(context),
    origin: publicOrigin(),
  });
  if (outcome === "throttled") return formError(formData, { _form: SIGNUP_THROTTLED_MESSAGE }, 429);
  void deliverPendingMail(db);
  // The same answer whether or not the address already has an account (no session either:
  // the new account logs in with its password).
  return redirect("/signup?received=1");
}

export default function Signup() {
  const failure = useActionData<FormFailure>();
  const [searchParams] = useSearchParams();
  if (searchParams.get("received") === "1") {
    return (
      <div className="narrow">
        <h1>お申し込みを受け付けました</h1>
        <p role="status">お申し込みを受け付けました。メールをご確認ください。</p>
        <p>
          メールが届かないときは、メールアドレスが正しいか確かめて、市の担当者（生活安全課）にお問い合わせください。
        </p>
        <p>
          <Link to="/login">ログインのページへ</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>利用の申し込み（事業主の方）</h1>
      <p>
        協力雇用主として、このサイトに求人を出したい事業主の方の申し込みです。市の担当者が内容を確認してから、求人を公開できるようになります。
      </p>
      <p>
        すでにアカウントをお持ちの方は <Link to="/login">ログイン</Link> してください。
      </p>
      <ValidatedForm schema={signupSchema} failure={failure} aria-label="利用の申し込み">
        <EmployerProfileFields />
        <fieldset>
          <legend>ログイン用</legend>
          <TextField name="email" label="メールアドレス" type="email" required autoComplete="email" hint="審査の結果や、お知らせが届きます" />
          <TextField name="password" label="パスワード" type="password" required autoComplete="new-password" hint="8文字以上、256文字以内" />
          <TextField name="confirm" label="パスワード（確認）" type="password" required autoComplete="new-password" />
        </fieldset>
        <CheckboxField
          name="agree"
          label="求人には正確な情報を書き、応募した方の前科・前歴などの情報を、本人の同意なく集めたり人に伝えたりしないことに同意します。"
        />
        <SubmitButton>申し込む</SubmitButton>
      </ValidatedForm>
    </div>
  );
}
