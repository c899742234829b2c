import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { SUPPORT_FIGURES } from "../../../db/support-figures";
import { requireStaff } from "~/auth/guards.server";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { TextField } from "~/components/form-fields";
import { getSupportFigures, saveSupportFigures } from "~/models/support-figures.server";
import { SUPPORT_FIGURE_KEYS, supportFiguresSchema } from "~/schemas/support";
import { db } from "~/utils/db.server";
import { parseForm, type FormFailure } from "~/utils/forms.server";

export const meta: MetaFunction = () => [{ title: "支援の金額 | 職員メニュー" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  return getSupportFigures(db);
}

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const parsed = parseForm(await args.request.formData(), supportFiguresSchema);
  if (!parsed.ok) return parsed.response;
  await saveSupportFigures(db, staff, parsed.data);
  return redirect("/staff/support?saved=1");
}

export default function StaffSupportFigures() {
  const { asOf, amounts } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const defaults: Record<string, string> = { asOf, ...Object.fromEntries(SUPPORT_FIGURE_KEYS.map((k) => [k, String(amounts[k])])) };
  return (
    <>
      <h1>支援の金額</h1>
      <p>
        事業主向けの「<Link to="/for-employers/support">受けられる支援を調べる</Link>」ページが使う金額です。国の制度が変わったら、出典を確かめて直してください。直した内容は監査ログに残ります。
      </p>
      {params.get("saved") ? (
        <p className="notice" role="status">
          金額を保存しました。公開のページにすぐ表示されます。
        </p>
      ) : null}
      <section className="narrow">
        <ValidatedForm schema={supportFiguresSchema} failure={failure} defaults={defaults} aria-label="支援の金額">
          <TextField name="asOf" label="いつの金額か" type="date" required hint="制度の案内で確かめた日。公開のページに「○○時点」と表示します" />
          {SUPPORT_FIGURE_KEYS.map((key) => (
            <TextField
              key={key}
              name={key}
              label={`${SUPPORT_FIGURES[key].label}（円）`}
              inputMode="numeric"
              required
              hint={`出典: ${SUPPORT_FIGURES[key].source}`}
            />
          ))}
          <SubmitButton>保存する</SubmitButton>
        </ValidatedForm>
      </section>
    </>
  );
}
