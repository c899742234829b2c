// The route convention: Remix's own flat routes, grouped in folders by the people who use them.
//
//   app/routes/_public+/jobs._index.tsx          → the flat route `jobs._index`   → /jobs
//   app/routes/staff+/staff.magazine.$id/route.tsx → the flat route `staff.magazine.$id`
//
// A folder whose name ends in `+` only groups files: a file inside it keeps its full flat
// name, and the URL, the nesting (staff.tsx stays the parent of staff.*) and the escapes
// ([.], $param, _index) are decided by @remix-run/dev's flat-routes code, exactly as if the
// file sat directly in app/routes. Files may still sit directly in app/routes too.
// Why this and not the remix-flat-routes package: docs/decisions/0012-routes-by-area.md.

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// The function Remix's own `flatRoutes` hands its file list to; it reads no files itself.
const { flatRoutesUniversal } = require("@remix-run/dev/dist/config/flat-routes.js");

const routeModuleExtensions = [".js", ".jsx", ".ts", ".tsx", ".md", ".mdx"];
const areaSuffix = "+";

/** Dot files and unit tests beside a route are not routes. */
export const defaultIgnoredNames = [/^\./, /\.test\.(ts|tsx|js|jsx)$/];

/**
 * The route manifest for app/routes, with `+` folders read as plain groups.
 * Route ids and files are the real paths ("routes/staff+/staff.jobs._index"), so an id says
 * where its module lives.
 *
 * @param {string} appDirectory absolute path of app/
 * @param {{ ignoredNames?: RegExp[] }} [options] file or folder names that are not routes
 * @returns {Record<string, { id: string, parentId?: string, path?: string, index?: boolean, file: string }>}
 */
export function areaRoutes(appDirectory, { ignoredNames = defaultIgnoredNames } = {}) {
  const routesDirectory = path.join(appDirectory, "routes");
  const isIgnored = (name) => ignoredNames.some((pattern) => pattern.test(name));

  /** flat file path (as if directly in app/routes) → real file path */
  const realFileOf = new Map();
  /** flat route id → real route id */
  const realIdOf = new Map();

  const addModule = (area, entry) => {
    if (isIgnored(entry.name)) return;
    const realDirectory = area ? path.join(routesDirectory, area) : routesDirectory;
    let flatFile;
    let realFile;
    if (entry.isDirectory()) {
      if (entry.name.endsWith(areaSuffix)) {
        throw new Error(`Route groups do not nest: ${path.join(area ?? "", entry.name)}`);
      }
      const moduleName = findModule(path.join(realDirectory, entry.name));
      if (!moduleName) return;
      flatFile = path.join(routesDirectory, entry.name, moduleName);
      realFile = path.join(realDirectory, entry.name, moduleName);
    } else if (entry.isFile() && routeModuleExtensions.includes(path.extname(entry.name))) {
      flatFile = path.join(routesDirectory, entry.name);
      realFile = path.join(realDirectory, entry.name);
    } else {
      return;
    }
    const flatId = `routes/${entry.isDirectory() ? entry.name : stripExtension(entry.name)}`;
    if (realIdOf.has(flatId)) {
      // Remix only logs this and drops one of them; two areas claiming one route is a mistake.
      throw new Error(`Two route modules have the flat name ${flatId}: ${realIdOf.get(flatId)} and ${realFile}`);
    }
    realFileOf.set(flatFile, realFile);
    realIdOf.set(flatId, area ? `routes/${area}/${flatId.slice("routes/".length)}` : flatId);
  };

  for (const entry of readDirectory(routesDirectory)) {
    if (entry.isDirectory() && entry.name.endsWith(areaSuffix) && !isIgnored(entry.name)) {
      for (const inner of readDirectory(path.join(routesDirectory, entry.name))) addModule(entry.name, inner);
    } else {
      addModule(undefined, entry);
    }
  }

  const flatManifest = flatRoutesUniversal(appDirectory, [...realFileOf.keys()]);
  /** @type {ReturnType<typeof areaRoutes>} */
  const manifest = {};
  for (const route of Object.values(flatManifest)) {
    const id = realIdOf.get(route.id);
    const realFile = realFileOf.get(path.join(appDirectory, route.file));
    if (!id || !realFile) throw new Error(`Unexpected route from flat routes: ${route.id}`);
    manifest[id] = {
      ...route,
      id,
      parentId: route.parentId && route.parentId !== "root" ? realIdOf.get(route.parentId) : route.parentId,
      file: path.relative(appDirectory, realFile).split(path.sep).join("/"),
    };
  }
  return manifest;
}

function readDirectory(directory) {
  return fs.readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
}

/** A folder route's module: route.tsx (or index.tsx), as Remix's flat routes look for it. */
function findModule(directory) {
  for (const base of ["route", "index"]) {
    for (const extension of routeModuleExtensions) {
      if (fs.existsSync(path.join(directory, base + extension))) return base + extension;
    }
  }
  return undefined;
}

function stripExtension(name) {
  return name.slice(0, -path.extname(name).length);
}
