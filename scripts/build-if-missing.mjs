// Rebuilds the server and/or the web app when their sources changed since the last build, so
// `npm start` works on a fresh clone and takes seconds afterwards. Staleness is decided from
// content, not file dates (`npm install` and `git checkout` touch files without changing them):
// a SHA-256 of every source, configuration and the lock file is stored next to the build and
// compared on the next run.
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

const targets = [
  {
    name: "server",
    message: "Building the server…",
    command: "npm run --silent build:server",
    output: "dist/server/main.js",
    stamp: "dist/.sources-sha256",
    sources: ["server", "migrations", "tsconfig.json", "tsconfig.build.json", "package-lock.json"],
  },
  {
    name: "client",
    message: "Building the web app…",
    command: "npm run --silent build:client",
    output: "client/dist/index.html",
    stamp: "client/dist/.sources-sha256",
    sources: [
      "client/src",
      "client/public",
      "client/index.html",
      "client/vite.config.mts",
      "client/tsconfig.json",
      "package-lock.json",
    ],
  },
];

/** Relative paths of the files under `entry` (a file or a folder), sorted so the hash is stable. */
function files(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.relative(root, path.join(dirent.parentPath, dirent.name)).split(path.sep).join("/"))
    .sort();
}

function sourcesHash(sources) {
  const hash = createHash("sha256");
  for (const file of sources.flatMap(files)) {
    // The name and the length delimit each file, so moving bytes between files changes the hash.
    const content = readFileSync(path.join(root, file));
    hash.update(`${file}\0${content.length}\0`).update(content);
  }
  return hash.digest("hex");
}

const wanted = process.argv.slice(2);
for (const target of targets) {
  if (wanted.length > 0 && !wanted.includes(target.name)) continue;
  const digest = sourcesHash(target.sources);
  const stamp = path.join(root, target.stamp);
  const current =
    existsSync(path.join(root, target.output)) && existsSync(stamp) && readFileSync(stamp, "utf8").trim() === digest;
  if (current) continue;
  console.log(target.message);
  execSync(target.command, { cwd: root, stdio: "inherit" });
  writeFileSync(stamp, `${digest}\n`);
}
