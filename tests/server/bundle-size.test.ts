import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The web app's size budget (scripts/bundle-size.mjs, run by `npm run build:client`). */
const SCRIPT = path.join(__dirname, "../../scripts/bundle-size.mjs");
const check = (dist?: string) =>
  spawnSync(process.execPath, [SCRIPT, ...(dist ? ["--dist", dist] : [])], { encoding: "utf8" });

it("the built web app's first visit stays within the budget", () => {
  const result = check();
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/First visit: [\d.]+ kB of JavaScript \(budget \d+ kB\)/);
});

it("fails a build whose first visit downloads too much, and names what is over", () => {
  const dist = mkdtempSync(path.join(tmpdir(), "bundle-"));
  try {
    mkdirSync(path.join(dist, "assets"));
    // Random bytes do not compress: 400 kB of them stay over the budget once gzipped.
    writeFileSync(path.join(dist, "assets", "index-big.js"), randomBytes(400_000).toString("base64"));
    writeFileSync(path.join(dist, "assets", "Page-lazy.js"), "export {};");
    writeFileSync(
      path.join(dist, "index.html"),
      '<html><head><script type="module" crossorigin src="/assets/index-big.js"></script></head></html>',
    );
    const result = check(dist);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Over the web app's size budget: JavaScript [\d.]+ kB > \d+ kB/);
    // Files loaded with their page are listed, not counted.
    expect(result.stdout).toMatch(/^ {3}\s+[\d.]+ kB {2}Page-lazy\.js$/m);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

it("reports the embed script apart, with its own budget, and fails when it grows past it", () => {
  expect(check().stdout).toMatch(/Embed script: [\d.]+ kB \(budget 30 kB\)/);
  const dist = mkdtempSync(path.join(tmpdir(), "bundle-"));
  try {
    mkdirSync(path.join(dist, "assets"));
    mkdirSync(path.join(dist, "embed-assets"));
    writeFileSync(path.join(dist, "assets", "index-small.js"), "export {};");
    writeFileSync(
      path.join(dist, "index.html"),
      '<html><head><script type="module" crossorigin src="/assets/index-small.js"></script></head></html>',
    );
    writeFileSync(path.join(dist, "embed.js"), 'import{n as e}from"./embed-assets/runtime-x.js";');
    writeFileSync(path.join(dist, "embed-assets", "runtime-x.js"), randomBytes(60_000).toString("base64"));
    writeFileSync(path.join(dist, "embed-assets", "map-view-x.js"), randomBytes(90_000).toString("base64"));
    const result = check(dist);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/embed script [\d.]+ kB > 30 kB/);
    // The lazy map chunk is listed, not counted: 60 kB of base64 gzip to about 61 kB, the map's would add 120.
    expect(result.stdout).toMatch(/embed-assets\/map-view-x\.js \(lazy\)/);
    expect(Number(/Embed script: ([\d.]+) kB/.exec(result.stdout)![1])).toBeLessThan(90);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
