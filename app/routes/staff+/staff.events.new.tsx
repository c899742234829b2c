import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { EventForm } from "~/components/event-form";
import { listParticipantChoices } from "~/models/event-participants.server";
import { createCityEvent } from "~/models/staff-events.server";
import { eventSchema } from "~/schemas/event";
import { db } from "~/utils/db.server";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { tokyoInstant } from "~/models/events.server";
import { now as clockNow } from "~/utils/clock";

export const meta: MetaFunction = () => [{ title: "説明会・セミナーを作る | 職員メニュー" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  return { choices: await listParticipantChoices(db) };
}

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const formData = await args.request.formData();
  const parsed = parseForm(formData, eventSchema);
  if (!parsed.ok) return parsed.response;
  const starts = tokyoInstant(parsed.data.day, parsed.data.startTime);
  if (starts < clockNow().toISOString() && !parsed.data.pastReason) {
    return formError(formData, {
      day: "この日時はもう過ぎています。日付を確かめてください。",
      pastReason: "終わった催しを記録として作るときは、理由を書いてください",
    });
  }
  const event = await createCityEvent(db, staff, parsed.data);
  return redirect(`/staff/events/${event.id}?saved=1`);
}

export default function NewEvent() {
  const { choices } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  return (
    <>
      <h1>説明会・セミナーを作る</h1>
      <p>保存すると下書きになります。次の画面で内容を確かめてから公開してください。</p>
      <EventForm
        defaults={{ kind: "company_fair", waitingList: "on", howToJoin: "保護観察官または熊本市 生活安全課にお申し込みください。" }}
        failure={failure}
        choices={choices}
        submitLabel="下書きとして保存する"
      />
    </>
  );
}
