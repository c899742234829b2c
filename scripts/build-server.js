// Bundles the production server entry (TypeScript) into build/server-main.js, and the
// small start file that must run before it into build/server.js. Packages stay external;
// the app's own modules it shares with the Remix build (database, sessions) are bundled,
// and meet the Remix build's copies through a process-wide singleton.
import { build } from "esbuild";

const outdir = process.env.BUILD_DIR ?? "build";
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  alias: { "~": "./app" },
  sourcemap: true,
  logLevel: "warning",
};

await build({ ...common, entryPoints: ["app/server/index.ts"], outfile: `${outdir}/server-main.js` });
// server.js sets NODE_ENV=production and only then imports server-main.js (and with it
// React): an import inside one bundle would be hoisted above the assignment.
await build({ ...common, entryPoints: ["app/server/start.ts"], outfile: `${outdir}/server.js` });
