import type { ValidSession } from "./auth/session.server";

// What the server entry hands to every loader and action.
declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce?: string;
    clientAddress?: string;
    https?: boolean;
    /** The session the server entry already validated (null: none); absent in `vite dev`. */
    session?: ValidSession | null;
  }
}

export {};
