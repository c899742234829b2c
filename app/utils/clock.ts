// The one clock of the application. Everything that asks "what time is it?" asks here, so
// tests can run the whole server on a chosen day (1 April, one minute before midnight in Tokyo).
//
// APP_FAKE_NOW (an ISO instant) starts the clock at that instant; it then runs forward at
// real speed. APP_FAKE_NOW_AT (epoch ms) says at which real moment the fake instant held, so
// several processes (the server and the test workers) share one fake timeline; without it the
// moment this module loads is used.
//
// Safety: a wrong clock in production would expire sessions and reset links early or late and
// hide or show jobs and events on the wrong day. So the fake clock is honoured only outside
// production (NODE_ENV !== "production"), or when ALLOW_FAKE_CLOCK=1 is set as well. Only the
// Playwright config sets ALLOW_FAKE_CLOCK, for the production build it starts on a throwaway
// database; no deployment file sets it. A production process that sees APP_FAKE_NOW without
// ALLOW_FAKE_CLOCK ignores it and says so on stderr, so a stray variable cannot move the clock.

function readOffset(env: Record<string, string | undefined>): number {
  const fake = env.APP_FAKE_NOW;
  if (!fake) return 0;
  if (env.NODE_ENV === "production" && env.ALLOW_FAKE_CLOCK !== "1") {
    console.error("APP_FAKE_NOW is ignored in production unless ALLOW_FAKE_CLOCK=1");
    return 0;
  }
  const fakeMs = Date.parse(fake);
  if (Number.isNaN(fakeMs)) throw new Error(`APP_FAKE_NOW is not an ISO instant: ${fake}`);
  const at = env.APP_FAKE_NOW_AT ? Number(env.APP_FAKE_NOW_AT) : Date.now();
  if (!Number.isFinite(at)) throw new Error(`APP_FAKE_NOW_AT is not a number: ${env.APP_FAKE_NOW_AT}`);
  return fakeMs - at;
}

// This module also reaches the browser bundle (through dates.ts), where there is no process.
const offsetMs = readOffset(typeof process === "undefined" ? {} : process.env);

/** Milliseconds since the epoch, on the application's clock. */
export function nowMs(): number {
  return Date.now() + offsetMs;
}

/** The current instant, on the application's clock. */
export function now(): Date {
  return new Date(nowMs());
}

/** True when the clock is not the machine's (tests only). */
export function clockIsFake(): boolean {
  return offsetMs !== 0;
}
