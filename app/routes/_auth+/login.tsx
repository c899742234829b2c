import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useSearchParams } from "@remix-run/react";
import { getUser } from "~/auth/guards.server";
import { attemptLogin, LOGIN_FAILED_MESSAGE, LOGIN_THROTTLED_MESSAGE } from "~/auth/login.server";
import { homeFor } from "~/auth/roles";
import { createSession, sessionCookie } from "~/auth/session.server";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { TextField } from "~/components/form-fields";
import { loginSchema } from "~/schemas/auth";
import { db } from "~/utils/db.server";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { clientAddress, safeRedirectPath } from "~/utils/http";
import { pageMeta, titled } from "~/utils/seo";

export const meta: MetaFunction = (args) =>
  pageMeta(args, { title: titled("ログイン"), description: "事業主と市の職員のログインです。仕事をさがす人は、ログインしなくても求人を見られます。" });

export async function loader(args: LoaderFunctionArgs) {
  const user = await getUser(args);
  if (user) {
    const url = new URL(args.request.url);
    throw redirect(safeRedirectPath(url.searchParams.get("redirectTo"), homeFor(user.role)));
  }
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(formData, loginSchema);
  if (!parsed.ok) return parsed.response;
  const result = await attemptLogin(db, {
    email: parsed.data.email,
    password: parsed.data.password,
    address: clientAddress(context),
  });
  if (result.outcome === "throttled") {
    return formError(formData, { _form: LOGIN_THROTTLED_MESSAGE }, 429);
  }
  if (result.outcome === "failed") {
    return formError(formData, { _form: LOGIN_FAILED_MESSAGE }, 400);
  }
  // A fresh session at every sign-in: a session id planted before login is worthless.
  const session = await createSession(db, result.userId);
  return redirect(safeRedirectPath(parsed.data.redirectTo, homeFor(result.role)), {
    headers: { "Set-Cookie": sessionCookie(session.token, session.expiresAt, context.https === true) },
  });
}

export default function Login() {
  const failure = useActionData<FormFailure>();
  const [searchParams] = useSearchParams();
  // Only a path on this site is carried along (and nothing that is not one is echoed).
  const redirectTo = safeRedirectPath(searchParams.get("redirectTo"), "");
  return (
    <div className="narrow">
      <h1>ログイン</h1>
      {searchParams.get("reset") ? (
        <p className="notice" role="status">
          パスワードを変えました。新しいパスワードでログインしてください。
        </p>
      ) : null}
      <p>事業主の方と、市の職員の方のログインです。仕事をさがす方はログインなしで使えます。</p>
      <ValidatedForm schema={loginSchema} failure={failure} aria-label="ログイン">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField name="email" label="メールアドレス" type="email" autoComplete="username" required />
        <TextField name="password" label="パスワード" type="password" autoComplete="current-password" required />
        <SubmitButton>ログインする</SubmitButton>
      </ValidatedForm>
      <p>
        <Link to="/password/forgot">パスワードを忘れた方</Link>
      </p>
      <p>
        協力雇用主として求人を出したい事業主の方は <Link to="/signup">利用の申し込み</Link> へ。
      </p>
    </div>
  );
}
