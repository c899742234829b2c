import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { now as clockNow } from "~/utils/clock";
import { findPublicEvent } from "./events.server";
import { countRecentHits, recordHit } from "./rate-limit.server";
import { registrationOpenness, seatsLeft } from "./registrations.server";
export { OPENNESS_TEXT } from "~/utils/registration-texts";

// What the registration pages need about an event: the public event, its seats, whether a
// person can register now; and the throttle (as for contact requests).

const BUCKET = "event-registration";
export const REGISTRATION_LIMIT = { max: 5, windowMs: 60 * 60 * 1000 };

export async function registrationLimitReached(db: Kysely<Database>, address: string, now = clockNow()) {
  return (await countRecentHits(db, BUCKET, address, REGISTRATION_LIMIT.windowMs, now)) >= REGISTRATION_LIMIT.max;
}

export async function countRegistrationAttempt(db: Kysely<Database>, address: string, now = clockNow()) {
  await recordHit(db, BUCKET, address, now);
}

/** The event with what registration needs, or null when it is not public. */
export async function eventForRegistration(db: Kysely<Database>, id: number, now = clockNow()) {
  const event = await findPublicEvent(db, id);
  if (!event) return null;
  const seats = await seatsLeft(db, event);
  const maxChoices = event.registration_mode === "interviews" ? Math.min(event.max_choices ?? 3, event.participants.length) : 0;
  return { event, seats, maxChoices, openness: registrationOpenness(event, seats, now) };
}
