import { hash, verify } from "@node-rs/argon2";

// Argon2id with the parameters OWASP recommends as a minimum (19 MiB, 2 passes, 1 lane).
// Each hash takes tens of milliseconds on a core, so at most two run at once: a burst of
// logins then waits in line instead of starving page requests on a two-core machine.
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
const MAX_CONCURRENT = 2;

let running = 0;
const waiting: Array<() => void> = [];

async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

export function hashPassword(password: string): Promise<string> {
  return limited(() => hash(password, OPTIONS));
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return limited(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  });
}

/** A real hash of nothing, verified for unknown emails so they take as long as known ones. */
let dummyHash: Promise<string> | null = null;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash("dummy-password-for-timing", OPTIONS);
  await verifyPassword(await dummyHash, password);
  return false;
}
