import { data } from "@remix-run/node";

/** The one way a missing (or not-yours) row becomes a 404. */
export function notFound(message = "ページが見つかりません"): never {
  throw data({ message }, { status: 404 });
}

export function assertFound<T>(value: T | null | undefined, message?: string): T {
  if (value === null || value === undefined) notFound(message);
  return value;
}

export function forbidden(message = "この操作はできません"): never {
  throw data({ message }, { status: 403 });
}

/**
 * Accepts only a path on this site ("/jobs?q=寮"), never "//evil.example" or
 * "https://evil.example" or "/\\evil.example", so a link cannot send someone elsewhere.
 */
export function safeRedirectPath(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) {
    return fallback;
  }
  try {
    const url = new URL(to, "http://local.invalid");
    if (url.origin !== "http://local.invalid") return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}

/** The client address as the server entry read it from the socket (or a trusted proxy). */
export function clientAddress(context: { clientAddress?: string } | undefined): string {
  return context?.clientAddress ?? "unknown";
}
