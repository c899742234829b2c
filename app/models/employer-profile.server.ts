import type { Kysely } from "kysely";
import type { Database, Employer } from "../../db/types";
import type { EmployerProfileInput } from "~/schemas/employer";
import { nowIso } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";
import { employerProfileChangedMail, staffReviewWaitingMail } from "./mails.server";
import { enqueueForStaff } from "./outbox.server";
import { settleTexts } from "./search-text.server";

// Profile changes apply at once and staff are told what changed (docs/decisions/0004).

const LABELS: Record<keyof EmployerProfileInput, string> = {
  name: "会社名",
  nameKana: "ふりがな",
  industry: "業種",
  postalCode: "郵便番号",
  address: "所在地",
  ward: "区",
  contactName: "担当者",
  phone: "電話番号",
  website: "ホームページ",
  employeeCount: "従業員数",
  profile: "会社の紹介",
  message: "代表者からのメッセージ",
  registration: "協力雇用主の登録",
};

export function profileToInput(e: Employer): EmployerProfileInput {
  return {
    name: e.name,
    nameKana: e.name_kana,
    industry: e.industry,
    postalCode: e.postal_code,
    address: e.address,
    ward: e.ward,
    contactName: e.contact_name,
    phone: e.phone,
    website: e.website,
    employeeCount: e.employee_count,
    profile: e.profile,
    message: e.message,
    registration: e.registration,
  };
}

/** Returns the labels of the fields that changed (empty when nothing did). */
export async function updateEmployerProfile(
  db: Kysely<Database>,
  actor: Actor & { employerId: number },
  input: EmployerProfileInput,
  staffLink: string,
): Promise<string[]> {
  const result = await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("employers").selectAll().where("id", "=", actor.employerId).executeTakeFirstOrThrow();
    const old = profileToInput(before);
    const changedKeys = (Object.keys(LABELS) as Array<keyof EmployerProfileInput>).filter((k) => old[k] !== input[k]);
    if (changedKeys.length === 0) return [];
    await trx
      .updateTable("employers")
      .set({
        name: input.name,
        name_kana: input.nameKana,
        industry: input.industry,
        postal_code: input.postalCode,
        address: input.address,
        ward: input.ward,
        contact_name: input.contactName,
        phone: input.phone,
        website: input.website,
        employee_count: input.employeeCount,
        profile: input.profile,
        message: input.message,
        registration: input.registration,
        // Staff confirm the registration with the probation office; a changed answer needs it again.
        ...(input.registration !== old.registration ? { registration_confirmed_at: null } : {}),
        updated_at: nowIso(),
      })
      .where("id", "=", actor.employerId)
      .execute();
    const detail = Object.fromEntries(changedKeys.map((k) => [k, { from: old[k], to: input[k] }]));
    await recordAudit(trx, actor, "employer.profile_update", { type: "employer", id: actor.employerId }, detail);
    const labels = changedKeys.map((k) => LABELS[k]);
    if (before.status === "approved") {
      await enqueueForStaff(trx, (to) => employerProfileChangedMail(to, input.name, labels, staffLink));
    }
    return labels;
  });
  // Readings and search text of what changed, now that it is committed.
  await settleTexts(db);
  return result;
}

/**
 * A sent-back employer sends its corrected application again: back into the review queue,
 * with staff told. False when the employer was not waiting for corrections.
 */
export async function resubmitEmployer(db: Kysely<Database>, actor: Actor & { employerId: number }, staffLink: string) {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("employers")
      .set({ sent_back_at: null, updated_at: nowIso() })
      .where("id", "=", actor.employerId)
      .where("status", "=", "pending")
      .where("sent_back_at", "is not", null)
      .returning(["id", "name", "status_reason"])
      .executeTakeFirst();
    if (!updated) return false;
    await recordAudit(trx, actor, "employer.resubmit", { type: "employer", id: actor.employerId }, {
      sentBackFor: updated.status_reason,
    });
    await enqueueForStaff(trx, (to) => staffReviewWaitingMail(to, `${updated.name}（直して送り直された利用申し込み）`, staffLink));
    return true;
  });
}
