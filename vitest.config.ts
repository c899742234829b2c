import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Kept apart from vite.config.ts: the Remix Vite plugin must not run under Vitest.
export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/setup/unit-global.ts"],
    pool: "forks",
    // The first save in a test file loads the reading dictionary: about 2 s on a quiet
    // machine, past 30 s on one running two whole suites beside other builds. The limit is
    // there to stop a hang, not to time anything (speed is shown by the benchmark script).
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
