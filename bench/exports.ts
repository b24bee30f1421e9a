// `npm run bench:exports`: the list exports of a real PostgreSQL holding many public elements
// (100,000 by default), downloaded whole from the shipped server while its memory is sampled:
// the exports stream page by page, so the server's resident memory must not grow with the list.
// Prints a table (see README, "Benchmarks").
import "reflect-metadata";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDataSource } from "../server/db/database";
import { ensureGazetteer } from "../server/modules/geography/gazetteer";
import { seed } from "../server/seed/seed";
import { ensureDatabase } from "./database";
import { startServer } from "./server";

const step = (message: string) => console.log(`• ${message}`);

/** The server's resident memory, in MB (Linux). */
function residentMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : NaN;
}

/** Downloads `url` whole, counting bytes and lines (one item a line), while sampling the server's memory. */
async function download(url: string, pid: number) {
  const before = residentMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, residentMb(pid))), 50);
  const started = performance.now();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines++;
  }
  clearInterval(sampler);
  return { seconds: (performance.now() - started) / 1000, bytes, lines, before, peak };
}

async function main() {
  const { values } = parseArgs({ options: { elements: { type: "string" } } });
  const elements = Number(values.elements ?? process.env.BENCH_ELEMENTS ?? 100_000);
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl)
    throw new Error("bench:exports needs a real PostgreSQL: DATABASE_URL=postgres://… npm run bench:exports");
  const url = await ensureDatabase(adminUrl, "communect_bench_exports", step);
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  const dataDir = mkdtempSync(path.join(tmpdir(), "communect-bench-exports-"));
  try {
    await dataSource.runMigrations({ transaction: "each" });
    await ensureGazetteer(dataSource);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM element`);
    if (count < elements) {
      const missing = elements - count;
      step(`seeding ${missing} elements`);
      await seed(dataSource, {
        elements: missing,
        persons: Math.max(1, Math.round(missing / 5)),
        seed: count + 1,
        force: false,
      });
      await dataSource.query(`VACUUM ANALYZE element`);
    }
    const server = await startServer(url, dataDir);
    try {
      console.log(`\nExports of ${Math.max(count, elements)} elements (lines ≈ items; memory is the server's RSS)\n`);
      console.log(
        "| export | lines | MB | s | RSS before (MB) | RSS peak (MB) |\n| --- | --- | --- | --- | --- | --- |",
      );
      for (const file of ["elements.geojson", "elements.jsonld"]) {
        const result = await download(`${server.url}/open-data/${file}`, server.pid);
        // Each row as soon as it is measured: a long run still shows what it measured.
        console.log(
          `| ${file} | ${result.lines - 1} | ${(result.bytes / 1e6).toFixed(1)} | ${result.seconds.toFixed(1)} | ${result.before.toFixed(0)} | ${result.peak.toFixed(0)} |`,
        );
      }
    } finally {
      for (const warning of await server.stop()) console.warn(warning);
    }
  } finally {
    await dataSource.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
