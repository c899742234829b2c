// The Remix options. The Vite plugin does not read this file by itself:
// vite.config.ts imports it and hands it to remix(remixConfig).
import { fileURLToPath } from "node:url";
import { areaRoutes } from "./routes.config.js";

/** @type {import("@remix-run/dev").VitePluginConfig} */
export default {
  // BUILD_DIR lets several builds live side by side (e.g. parallel test runs).
  buildDirectory: process.env.BUILD_DIR ?? "build",
  // Remix's built-in file scan is switched off: the `routes` option below reads app/routes,
  // with its area folders (_public+/, staff+/ ...), and leaves out dot files and unit tests.
  ignoredRouteFiles: ["**/*"],
  routes: async () => areaRoutes(fileURLToPath(new URL("./app", import.meta.url))),
  serverModuleFormat: "esm",
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: true,
  },
};
