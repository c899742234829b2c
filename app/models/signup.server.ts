import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import type { SignupInput } from "~/schemas/auth";
import { recordAudit } from "./audit.server";
import { createEmployerSignup, EmailTakenError } from "./employers.server";
import { signupExistingAccountMail, signupReceivedMail, staffReviewWaitingMail } from "./mails.server";
import { enqueueForStaff, enqueueMail } from "./outbox.server";
import { allowHit } from "./rate-limit.server";
import { normalizeEmail } from "./users.server";
import { now as clockNow } from "~/utils/clock";

const HOUR_MS = 60 * 60 * 1000;
/** Sign-ups one client address may send per hour. */
export const SIGNUPS_PER_CLIENT = 5;
/** Sign-ups the whole site takes per hour: each one mails every staff account. */
export const SIGNUPS_PER_HOUR = 30;

export const SIGNUP_THROTTLED_MESSAGE =
  "いま、申し込みが多いため受け付けられません。1時間ほど待ってから、もう一度お試しください。";

/**
 * An employer asks to join. The outcome never tells whether the address already has an
 * account: for a new address the company and account are made (pending review) and staff
 * are told; for a known one nothing is made, and only that address gets a mail saying
 * how to log in or reset the password. Both hash the password (in createEmployerSignup)
 * before they part, so the time taken tells little either.
 */
export async function submitEmployerSignup(
  db: Kysely<Database>,
  input: SignupInput,
  request: { client: string; origin: string },
  now = clockNow(),
): Promise<"received" | "throttled"> {
  if (!(await allowHit(db, "signup-client", request.client, SIGNUPS_PER_CLIENT, HOUR_MS, now))) return "throttled";
  if (!(await allowHit(db, "signup-all", "all", SIGNUPS_PER_HOUR, HOUR_MS, now))) return "throttled";
  const loginLink = `${request.origin}/login`;
  try {
    const created = await createEmployerSignup(db, input);
    await recordAudit(db, { id: created.user.id, email: created.user.email }, "employer.signup", {
      type: "employer",
      id: created.employer.id,
    });
    await enqueueMail(db, signupReceivedMail(created.user.email, created.employer.name, loginLink));
    await enqueueForStaff(db, (to) =>
      staffReviewWaitingMail(to, `事業主の利用申し込み（${created.employer.name}）`, `${request.origin}/staff`),
    );
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
    await enqueueMail(db, signupExistingAccountMail(normalizeEmail(input.email), loginLink, `${request.origin}/password/forgot`));
  }
  return "received";
}
