// Rebuilds the server and/or the web app when their output is missing or older than their sources,
// so `npm start` works on a fresh clone and stays quick afterwards.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

function stale(output, sources) {
  const file = path.join(root, output);
  if (!existsSync(file)) return true;
  const built = statSync(file).mtimeMs;
  return sources.some((dir) => newest(dir) > built) || statSync(path.join(root, "package-lock.json")).mtimeMs > built;
}

const targets = process.argv.slice(2);
const want = (name) => targets.length === 0 || targets.includes(name);

if (want("server") && stale("dist/server/main.js", ["server", "migrations"])) {
  console.log("Building the server…");
  execSync("npm run --silent build:server", { cwd: root, stdio: "inherit" });
}
if (
  want("client") &&
  stale(
    "client/dist/index.html",
    ["client/src", "client/public"].filter((d) => existsSync(path.join(root, d))),
  )
) {
  console.log("Building the web app…");
  execSync("npm run --silent build:client", { cwd: root, stdio: "inherit" });
}
