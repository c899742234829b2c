import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { CheckboxField, TextField } from "~/components/form-fields";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import {
  addReadingWord,
  changeReadingWord,
  deleteReadingWord,
  listReadingWords,
  ReadingWordTakenError,
} from "~/models/reading-words.server";
import { readingWordSchema } from "~/schemas/readings";
import { db } from "~/utils/db.server";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { assertFound, notFound } from "~/utils/http";
import { SEARCH_SYNONYMS } from "../../../db/search-synonyms";

export const meta: MetaFunction = () => [{ title: "よみがなの辞書 | 職員メニュー" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const words = await listReadingWords(db);
  const edit = Number(new URL(args.request.url).searchParams.get("edit"));
  const editing = Number.isInteger(edit) && edit > 0 ? words.find((w) => w.id === edit) ?? null : null;
  return { words, editing, synonyms: SEARCH_SYNONYMS };
}

export async function action(args: ActionFunctionArgs) {
  const me = await requireStaff(args);
  const formData = await args.request.formData();
  const intent = formData.get("intent");
  const id = Number(formData.get("id"));
  if (intent === "delete") {
    if (!Number.isInteger(id) || id <= 0) notFound();
    assertFound(await deleteReadingWord(db, me, id));
    return redirect("/staff/readings?done=deleted");
  }
  if (intent !== "add" && intent !== "change") notFound();
  const parsed = parseForm(formData, readingWordSchema);
  if (!parsed.ok) return parsed.response;
  try {
    if (intent === "add") {
      await addReadingWord(db, me, parsed.data);
      return redirect("/staff/readings?done=added");
    }
    if (!Number.isInteger(id) || id <= 0) notFound();
    assertFound(await changeReadingWord(db, me, id, parsed.data));
    return redirect("/staff/readings?done=changed");
  } catch (error) {
    if (error instanceof ReadingWordTakenError) {
      return formError(formData, { word: "このことばは、もう辞書にあります。一覧の「変える」から直してください" });
    }
    throw error;
  }
}

const DONE: Record<string, string> = {
  added: "辞書に加えました。このことばをふくむ文のよみがなを、作り直しました。",
  changed: "変えました。このことばをふくむ文のよみがなを、作り直しました。",
  deleted: "辞書から消しました。このことばをふくむ文のよみがなを、作り直しました。",
};

function WordFields() {
  return (
    <>
      <TextField name="word" label="ことば" required hint="例：戸島町" />
      <TextField name="reading" label="よみがな" required hint="ひらがなで。例：とじままち" />
      <CheckboxField name="hard" label="むずかしいことば（求人を書く人に、言いかえをすすめる）" />
      <TextField name="plain" label="やさしい言いかえ" hint="「むずかしいことば」のときは必ず入力します" />
    </>
  );
}

export default function StaffReadings() {
  const { words, editing, synonyms } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const done = DONE[params.get("done") ?? ""];
  const failedIntent = failure?.values?.intent;
  return (
    <>
      <h1>よみがなの辞書</h1>
      <p>
        地名や会社名など、よみがなが正しく付かないことばを登録します。ここに書いたよみがなが、自動のよみがなより優先されます。
        変えると、そのことばをふくむ求人・会社・説明会の文のよみがなと、検索の文を作り直します。
      </p>
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}

      {editing ? (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">「{editing.word}」を変える</h2>
          <ValidatedForm
            key={`edit-${editing.id}`}
            schema={readingWordSchema}
            failure={failedIntent === "change" ? failure : null}
            defaults={{ word: editing.word, reading: editing.reading, hard: editing.hard === 1, plain: editing.plain }}
            aria-label="ことばを変える"
          >
            <input type="hidden" name="intent" value="change" />
            <input type="hidden" name="id" value={editing.id} />
            <WordFields />
            <SubmitButton>変える</SubmitButton> <Link to="/staff/readings">やめる</Link>
          </ValidatedForm>
        </section>
      ) : (
        <section aria-labelledby="add-heading">
          <h2 id="add-heading">ことばを加える</h2>
          <ValidatedForm
            key="add"
            schema={readingWordSchema}
            failure={failedIntent === "change" ? null : failure}
            aria-label="ことばを加える"
          >
            <input type="hidden" name="intent" value="add" />
            <WordFields />
            <SubmitButton>加える</SubmitButton>
          </ValidatedForm>
        </section>
      )}

      <h2>登録したことば（{words.length}件）</h2>
      {words.length === 0 ? (
        <p>まだありません。</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">ことば</th>
              <th scope="col">よみがな</th>
              <th scope="col">むずかしいことば・言いかえ</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {words.map((w) => (
              <tr key={w.id}>
                <td lang="ja">{w.word}</td>
                <td>{w.reading}</td>
                <td>{w.hard ? `むずかしい →「${w.plain}」` : "—"}</td>
                <td>
                  <Link to={`/staff/readings?edit=${w.id}`} aria-label={`「${w.word}」を変える`}>
                    変える
                  </Link>{" "}
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="id" value={w.id} />
                    <button type="submit" name="intent" value="delete" className="button danger" aria-label={`「${w.word}」を消す`}>
                      消す
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>同じ意味のことば（検索用）</h2>
      <p>
        求人をさがすとき、どれか一つのことばで、同じ組のことばをふくむ求人も見つかります。この表は
        <code>db/search-synonyms.ts</code> にあり、変えるときは開発の担当に頼んでください。
      </p>
      <ul>
        {synonyms.map((group) => (
          <li key={group.join("/")}>{group.join("／")}</li>
        ))}
      </ul>
    </>
  );
}
