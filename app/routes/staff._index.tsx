import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireStaff } from "~/auth/guards.server";
import { setEmployerStatus } from "~/models/employers.server";
import { listPendingEmployers } from "~/models/review.server";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { notFound } from "~/utils/http";
import { INDUSTRIES, WARDS } from "~/utils/labels";

export const meta: MetaFunction = () => [{ title: "審査待ち | 職員メニュー" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  return { employers: await listPendingEmployers(db) };
}

const decisionSchema = z.object({
  employerId: z.coerce.number().int().positive(),
  decision: z.enum(["approve", "reject"]),
});

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const parsed = decisionSchema.safeParse(Object.fromEntries(await args.request.formData()));
  if (!parsed.success) notFound();
  const { employerId, decision } = parsed.data;
  const updated = await setEmployerStatus(db, staff, employerId, decision === "approve" ? "approved" : "rejected");
  if (!updated) notFound();
  return redirect("/staff");
}

export default function StaffQueue() {
  const { employers } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>審査待ち</h1>
      <h2>事業主の利用申し込み（{employers.length}件）</h2>
      {employers.length ? (
        <ul className="status-list">
          {employers.map((e) => (
            <li key={e.id}>
              <strong>{e.name}</strong>（{INDUSTRIES[e.industry]}・{WARDS[e.ward]}）
              <br />
              申し込み: {formatDateTime(e.created_at)}
              <Form method="post" className="inline-form">
                <input type="hidden" name="employerId" value={e.id} />
                <button type="submit" name="decision" value="approve" className="button primary">
                  承認する
                </button>{" "}
                <button type="submit" name="decision" value="reject" className="button danger">
                  承認しない
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p>審査を待っている申し込みはありません。</p>
      )}
    </>
  );
}
