import { redirect, type AppLoadContext } from "@remix-run/node";
import { findEmployerStatus } from "~/models/employers.server";
import { db } from "~/utils/db.server";
import { forbidden } from "~/utils/http";
import { validateSessionToken, readSessionToken, type SessionUser, type ValidSession } from "./session.server";

type Args = { request: Request; context: AppLoadContext };

// Remix runs the loaders of one request in parallel; they share one session lookup.
const lookups = new WeakMap<object, Promise<ValidSession | null>>();

export function getSession({ request, context }: Args): Promise<ValidSession | null> {
  if (context.session !== undefined) return Promise.resolve(context.session);
  let lookup = lookups.get(context);
  if (!lookup) {
    const token = readSessionToken(request);
    lookup = token ? validateSessionToken(db, token) : Promise.resolve(null);
    lookups.set(context, lookup);
  }
  return lookup;
}

export async function getUser(args: Args): Promise<SessionUser | null> {
  return (await getSession(args))?.user ?? null;
}

function loginRedirect(request: Request): never {
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
}

export async function requireUser(args: Args): Promise<SessionUser> {
  const user = await getUser(args);
  if (!user) loginRedirect(args.request);
  return user;
}

export async function requireStaff(args: Args): Promise<SessionUser> {
  const user = await requireUser(args);
  if (user.role !== "staff") forbidden("市の職員だけが使えるページです");
  return user;
}

export type EmployerUser = SessionUser & {
  employerId: number;
  employerStatus: "pending" | "approved" | "rejected" | "suspended";
};

/** Any employer account, whatever the employer's review status (dashboard, profile). */
export async function requireEmployerAccount(args: Args): Promise<EmployerUser> {
  const user = await requireUser(args);
  if (user.role !== "employer" || user.employerId === null) {
    forbidden("事業主のアカウントだけが使えるページです");
  }
  const employerStatus = await findEmployerStatus(db, user.employerId);
  return { ...user, employerId: user.employerId, employerStatus };
}

/** An employer that staff have approved: only these may post or propose anything. */
export async function requireEmployer(args: Args): Promise<EmployerUser> {
  const user = await requireEmployerAccount(args);
  if (user.employerStatus !== "approved") {
    forbidden(
      user.employerStatus === "pending"
        ? "市の審査が終わるまで、求人やセミナーは登録できません"
        : "現在、このアカウントでは求人やセミナーを登録できません",
    );
  }
  return user;
}
