// Plain checks that the interface may use to decide what to show. They never protect
// anything: every loader and action checks again on the server.
export type ViewerRole = "staff" | "employer";

export type Viewer = { email: string; role: ViewerRole; displayName: string } | null;

export const isStaff = (viewer: Viewer) => viewer?.role === "staff";
export const isEmployer = (viewer: Viewer) => viewer?.role === "employer";

export function homeFor(role: ViewerRole): string {
  return role === "staff" ? "/staff" : "/employer";
}
