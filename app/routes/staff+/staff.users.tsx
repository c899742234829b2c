import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { TextField } from "~/components/form-fields";
import { staffInviteMail } from "~/models/mails.server";
import { deliverPendingMail, enqueueMail } from "~/models/outbox.server";
import { createPasswordReset } from "~/models/password-reset.server";
import { sendEmployerPasswordReset } from "~/models/staff-employers.server";
import {
  createStaffAccount,
  listEmployerAccounts,
  listStaffUsers,
  setStaffDisabled,
  UserEmailTakenError,
} from "~/models/users.server";
import { staffUserSchema } from "~/schemas/staff";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { assertFound, notFound } from "~/utils/http";
import { publicOrigin } from "~/utils/origin.server";

export const meta: MetaFunction = () => [{ title: "アカウント | 職員メニュー" }];

export async function loader(args: LoaderFunctionArgs) {
  const me = await requireStaff(args);
  const q = new URL(args.request.url).searchParams.get("q")?.slice(0, 100) ?? "";
  const [staff, employers] = await Promise.all([listStaffUsers(db), listEmployerAccounts(db, q)]);
  return { me: me.id, staff, employers, q };
}

export async function action(args: ActionFunctionArgs) {
  const me = await requireStaff(args);
  const formData = await args.request.formData();
  const origin = publicOrigin();
  const intent = formData.get("intent");
  const userId = Number(formData.get("userId"));
  if (intent === "add") {
    const parsed = parseForm(formData, staffUserSchema);
    if (!parsed.ok) return parsed.response;
    let user;
    try {
      user = await createStaffAccount(db, me, parsed.data);
    } catch (error) {
      if (error instanceof UserEmailTakenError) {
        return formError(formData, { email: "このメールアドレスのアカウントは、すでにあります" });
      }
      throw error;
    }
    const token = await createPasswordReset(db, user.id);
    await enqueueMail(db, staffInviteMail(user.email, `${origin}/password/reset/${token}`));
    void deliverPendingMail(db);
    return redirect("/staff/users?done=added");
  }
  if (!Number.isInteger(userId) || userId <= 0) notFound();
  if (intent === "disable" || intent === "enable") {
    assertFound(await setStaffDisabled(db, me, userId, intent === "disable"));
    return redirect(`/staff/users?done=${intent}d`);
  }
  if (intent === "employerReset") {
    const employerId = Number(formData.get("employerId"));
    assertFound(await sendEmployerPasswordReset(db, me, { employerId, userId, origin }));
    void deliverPendingMail(db);
    return redirect("/staff/users?done=reset");
  }
  notFound();
}

const DONE: Record<string, string> = {
  added: "アカウントを作り、パスワードを決めるためのメールを送りました。",
  disabled: "使えないようにしました。その人はログアウトしました。",
  enabled: "また使えるようにしました。",
  reset: "パスワード再設定のメールを送りました。",
};

export default function StaffUsers() {
  const { me, staff, employers, q } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const done = DONE[params.get("done") ?? ""];
  return (
    <>
      <h1>アカウント</h1>
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      <h2>職員のアカウント</h2>
      <ul className="status-list">
        {staff.map((u) => (
          <li key={u.id}>
            <strong>{u.display_name || u.email}</strong>（{u.email}・{formatDate(u.created_at)}から）
            {u.disabled_at ? <span className="status suspended">使えません</span> : null}
            {u.id === me ? (
              <span className="muted">（あなた）</span>
            ) : (
              <Form method="post" className="inline-form">
                <input type="hidden" name="userId" value={u.id} />{" "}
                {u.disabled_at ? (
                  <button type="submit" name="intent" value="enable" className="button">
                    また使えるようにする
                  </button>
                ) : (
                  <button type="submit" name="intent" value="disable" className="button danger">
                    使えないようにする
                  </button>
                )}
              </Form>
            )}
          </li>
        ))}
      </ul>
      <h3>職員を加える</h3>
      <p>パスワードは、本人がメールのリンクから決めます。</p>
      <ValidatedForm schema={staffUserSchema} failure={failure} aria-label="職員を加える">
        <input type="hidden" name="intent" value="add" />
        <TextField name="displayName" label="名前" required />
        <TextField name="email" label="メールアドレス" type="email" required autoComplete="off" />
        <SubmitButton>加える</SubmitButton>
      </ValidatedForm>

      <h2>事業主のアカウント</h2>
      <p>パスワードを忘れた事業主に、再設定のメールを送れます（本人のメールアドレスにだけ届きます）。</p>
      <form method="get" className="filters" aria-label="事業主のアカウントをさがす">
        <div>
          <label htmlFor="q">メールアドレス・会社名</label>
          <input id="q" name="q" type="search" defaultValue={q} />
        </div>
        <button type="submit" className="button">
          さがす
        </button>
      </form>
      <ul className="status-list">
        {employers.map((u) => (
          <li key={u.id}>
            {u.email}（<Link to={`/staff/employers/${u.employer_id}`}>{u.employer_name}</Link>）
            {u.disabled_at ? (
              <span className="status suspended">使えません</span>
            ) : (
              <Form method="post" className="inline-form">
                <input type="hidden" name="userId" value={u.id} />
                <input type="hidden" name="employerId" value={u.employer_id} />{" "}
                <button type="submit" name="intent" value="employerReset" className="button">
                  パスワード再設定のメールを送る
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
