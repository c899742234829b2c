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
    // The first save in a test file loads the reading dictionary (about 2 s on a quiet
    // machine, more on a busy one): the default 5 s leaves too little room for that.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
