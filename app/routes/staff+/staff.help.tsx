import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { CheckboxField, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { addHelpEntry, changeHelpEntry, deleteHelpEntry, listHelpEntries } from "~/models/help-entries.server";
import { HELP_SECTIONS, helpEntrySchema } from "~/schemas/help";
import { db } from "~/utils/db.server";
import { parseForm, type FormFailure } from "~/utils/forms.server";
import { assertFound, notFound } from "~/utils/http";

// The entries of /help (where to turn besides a job), which the magazine also prints.

export const meta: MetaFunction = () => [{ title: "相談先のページ | 職員メニュー" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const entries = await listHelpEntries(db);
  const edit = Number(new URL(args.request.url).searchParams.get("edit"));
  const editing = Number.isInteger(edit) && edit > 0 ? entries.find((e) => e.id === edit) ?? null : null;
  return { entries, editing };
}

function entryId(formData: FormData): number {
  const id = Number(formData.get("id"));
  if (!Number.isInteger(id) || id <= 0) notFound();
  return id;
}

export async function action(args: ActionFunctionArgs) {
  const me = await requireStaff(args);
  const formData = await args.request.formData();
  const intent = formData.get("intent");
  if (intent === "delete") {
    assertFound(await deleteHelpEntry(db, me, entryId(formData)));
    return redirect("/staff/help?done=deleted");
  }
  if (intent !== "add" && intent !== "change") notFound();
  const parsed = parseForm(formData, helpEntrySchema);
  if (!parsed.ok) return parsed.response;
  if (intent === "add") {
    await addHelpEntry(db, me, parsed.data);
    return redirect("/staff/help?done=added");
  }
  assertFound(await changeHelpEntry(db, me, entryId(formData), parsed.data));
  return redirect("/staff/help?done=changed");
}

const DONE: Record<string, string> = {
  added: "相談先を加えました。公開のページと、これから発行する情報誌にのります。発行ずみの号は変わりません。",
  changed: "相談先を直しました。公開のページと、これから発行する情報誌にのります。発行ずみの号は変わりません。",
  deleted: "相談先を消しました。",
};

function EntryFields() {
  return (
    <>
      <SelectField name="section" label="分野" options={HELP_SECTIONS} required />
      <TextField name="name" label="名前" required hint="例：ハローワーク熊本" />
      <TextAreaField name="body" label="説明" required hint="どんなときに、何を相談できるか。やさしいことばで" />
      <TextAreaField name="contact" label="連絡先" rows={2} hint="電話番号・住所・受付の時間。たしかめてから書いてください" />
      <TextField name="url" label="ホームページ" type="url" hint="https:// で始まるアドレス。なければ空けておきます" />
      <TextField name="position" label="ならび順" inputMode="numeric" hint="小さい数ほど上に出ます（0〜9999）" />
      <CheckboxField name="example" label="例として出す（連絡先をまだたしかめていない）" hint="チェックがあると、公開のページに「例」と表示します" />
    </>
  );
}

export default function StaffHelp() {
  const { entries, editing } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const done = DONE[params.get("done") ?? ""];
  const failedIntent = failure?.values?.intent;
  return (
    <>
      <h1>相談先のページ</h1>
      <p>
        <Link to="/help">「こまったときの相談先」</Link>
        のページと、情報誌の後ろのページにのる相談先です。住まい、体と心・くらし、お酒や薬物など、仕事の分野ごとにならびます。
      </p>
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}

      {editing ? (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">「{editing.name}」を直す</h2>
          <ValidatedForm
            key={`edit-${editing.id}`}
            schema={helpEntrySchema}
            failure={failedIntent === "change" ? failure : null}
            defaults={{
              section: editing.section,
              name: editing.name,
              body: editing.body,
              contact: editing.contact,
              url: editing.url,
              position: String(editing.position),
              example: editing.isExample,
            }}
            aria-label="相談先を直す"
          >
            <input type="hidden" name="intent" value="change" />
            <input type="hidden" name="id" value={editing.id} />
            <EntryFields />
            <SubmitButton>直す</SubmitButton> <Link to="/staff/help">やめる</Link>
          </ValidatedForm>
        </section>
      ) : (
        <section aria-labelledby="add-heading">
          <h2 id="add-heading">相談先を加える</h2>
          <ValidatedForm key="add" schema={helpEntrySchema} failure={failedIntent === "change" ? null : failure} aria-label="相談先を加える">
            <input type="hidden" name="intent" value="add" />
            <EntryFields />
            <SubmitButton>加える</SubmitButton>
          </ValidatedForm>
        </section>
      )}

      <h2>いまの相談先（{entries.length}件）</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">分野</th>
            <th scope="col">名前</th>
            <th scope="col">連絡先</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{HELP_SECTIONS[e.section]}</td>
              <td>
                {e.name}
                {e.isExample ? "（例）" : ""}
              </td>
              <td className="prose">{e.contact || "—"}</td>
              <td>
                <Link to={`/staff/help?edit=${e.id}`} aria-label={`「${e.name}」を直す`}>
                  直す
                </Link>{" "}
                <Form method="post" className="inline-form">
                  <input type="hidden" name="id" value={e.id} />
                  <button type="submit" name="intent" value="delete" className="button danger" aria-label={`「${e.name}」を消す`}>
                    消す
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
