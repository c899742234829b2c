import type { ServerBuild } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { routeMatcher } from "~/server/routes";

const route = (id: string, path: string | undefined, index = false) => ({ id, path, parentId: "root", index, module: {} });
const manifest = {
  root: { id: "root", path: "", module: {} },
  "routes/jobs._index": route("routes/jobs._index", "jobs", true),
  "routes/jobs.$id._index": route("routes/jobs.$id._index", "jobs/:id", true),
} as unknown as ServerBuild["routes"];

describe("routeMatcher", () => {
  it("resolves a path once and answers the same path again from memory", () => {
    const match = routeMatcher(manifest);
    const first = match("/jobs/12");
    expect(first).toEqual({ pattern: "/jobs/:id" });
    // The same object: the route tree was not flattened and matched a second time.
    expect(match("/jobs/12")).toBe(first);
    expect(match("/jobs/13")).toEqual({ pattern: "/jobs/:id" });
    expect(match("/jobs")).toEqual({ pattern: "/jobs" });
    expect(match("/nowhere")).toBeNull();
    expect(match("/nowhere")).toBeNull();
  });
});
