import { existsSync } from "node:fs";
import path from "node:path";

/** The repository root, whether running from server/ (sources) or dist/server/ (build). */
function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot(__dirname);
