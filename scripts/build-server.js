// Bundles the production server entry (TypeScript) into build/server.js. Packages stay
// external; the app's own modules it shares with the Remix build (database, sessions)
// are bundled, and meet the Remix build's copies through a process-wide singleton.
import { build } from "esbuild";

await build({
  entryPoints: ["app/server/index.ts"],
  outfile: `${process.env.BUILD_DIR ?? "build"}/server.js`,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  alias: { "~": "./app" },
  sourcemap: true,
  logLevel: "warning",
});
