// `npm run bench:opendata`: `npm run import` of 100,000 organizations from a CSV file, its
// re-import (nothing changed), and `npm run export` of them (the CSV export through the route),
// on a real PostgreSQL in a scratch database; appends the results to BENCHMARKS.md.
import "reflect-metadata";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";
import { Client } from "pg";
import { createDataSource } from "../server/db/database";
import { ensureGazetteer } from "../server/modules/geography/gazetteer";
import { openBenchDatabase } from "./database";

const REPORT_FILE = path.resolve(__dirname, "..", "BENCHMARKS.md");
const SECTION_TITLE = "Open data: bulk import and export (`npm run bench:opendata`)";
const SECTION_INTRO = `
Written by \`npm run bench:opendata\` (\`bench/opendata.ts\`) on a real PostgreSQL, in a scratch database migrated
with the gazetteer loaded. **import** runs \`npm run import -- FILE --kind organization\` on a generated CSV file
(four in five rows with coordinates, one in five placed by the gazetteer from a postal code and a town, every row
with an address, tags and a description); **re-import** runs it again on the same file (every row found by its
source id, nothing changed); **export** runs \`npm run export -- --out DIR\`, which writes the data package by
reading \`/open-data/elements.csv\` over loopback HTTP (every element, page by page as an anonymous visitor).
Times are wall-clock times of the commands, process start included; **peak RSS** is the command's peak resident
memory (/proc VmHWM). Target: import of 100,000 rows under a minute.`;

function readOptions() {
  const { values } = parseArgs({
    options: { elements: { type: "string" }, database: { type: "string" } },
  });
  const elements = values.elements === undefined ? 100_000 : Number(values.elements);
  if (!Number.isInteger(elements) || elements < 1) throw new Error("--elements must be a positive whole number");
  return {
    elements,
    serverUrl: values.database ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
  };
}

interface Run {
  seconds: number;
  peakRssMb: number;
  stdout: string;
}

/** Runs a command of the project on `databaseUrl`, timing it and sampling its peak memory. */
function command(script: string, args: string[], databaseUrl: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["-r", "@swc-node/register", script, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", PORT: "0" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    let peak = 0;
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    // VmHWM is the process's own high-water mark: sampling only has to catch it before exit.
    const sampler = setInterval(() => {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (match) peak = Math.max(peak, Number(match[1]) / 1024);
      } catch {
        // The process has ended.
      }
    }, 50);
    child.once("error", reject);
    child.once("exit", (code) => {
      clearInterval(sampler);
      if (code !== 0) reject(new Error(`${script} exited with ${code}:\n${stdout}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakRssMb: peak, stdout });
    });
  });
}

/** A CSV file of `count` organizations in real towns of the gazetteer. */
async function writeSourceFile(url: string, count: number, file: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows: towns } = await client.query<{
    name: string;
    postal_code: string;
    latitude: number;
    longitude: number;
  }>(
    `SELECT name, postal_codes[1] AS postal_code, latitude, longitude FROM place
     WHERE country = 'FR' AND NOT approximate AND population > 2000 ORDER BY id`,
  );
  await client.end();
  const types = ["ngo", "local_business", "informal_group", "public_body", "cooperative"];
  const rows = Array.from({ length: count }, (_, i) => {
    const town = towns[(i * 7919) % towns.length];
    const located = i % 5 !== 0;
    return {
      id: `bench-${i}`,
      name: `Association numéro ${i} de ${town.name}`,
      type: types[i % types.length],
      shortDescription: "Une association de quartier, ouverte à toutes et à tous",
      description: `Fondée en ${1950 + (i % 70)}.\n\nActivités, permanences, ateliers; contact sur place.`,
      tags: ["quartier", i % 2 ? "jardin" : "vélo", `thème ${i % 50}`].join("|"),
      website: `https://asso-${i}.example.org`,
      street: `${1 + (i % 120)} rue de la République`,
      postalCode: town.postal_code,
      city: town.name,
      latitude: located ? (town.latitude + ((i % 100) - 50) / 10000).toFixed(6) : "",
      longitude: located ? (town.longitude + ((i % 97) - 48) / 10000).toFixed(6) : "",
    };
  });
  writeFileSync(file, stringify(rows, { header: true, record_delimiter: "windows" }));
}

function appendReport(lines: string[]): void {
  let report = readFileSync(REPORT_FILE, "utf8");
  if (!report.includes(`## ${SECTION_TITLE}`))
    report = `${report.trimEnd()}\n\n## ${SECTION_TITLE}\n${SECTION_INTRO}\n`;
  writeFileSync(REPORT_FILE, `${report.trimEnd()}\n\n${lines.join("\n")}\n`);
}

async function main() {
  const options = readOptions();
  const work = mkdtempSync(path.join(tmpdir(), "communect-bench-opendata-"));
  const database = await openBenchDatabase({ serverUrl: options.serverUrl, dataDir: work });
  try {
    const dataSource = createDataSource(database.url);
    await dataSource.initialize();
    await ensureGazetteer(dataSource);
    await dataSource.destroy();

    const source = path.join(work, "associations.csv");
    await writeSourceFile(database.url, options.elements, source);
    console.log(`• ${options.elements} rows written to ${source} (${(statSync(source).size / 1e6).toFixed(1)} MB)`);
    const importArgs = ["server/import/main.ts", [source, "--kind", "organization"]] as const;
    const first = await command(importArgs[0], [...importArgs[1]], database.url);
    console.log(`• import: ${first.seconds.toFixed(1)} s — ${first.stdout.trim().split("\n").pop()}`);
    const again = await command(importArgs[0], [...importArgs[1]], database.url);
    console.log(`• re-import: ${again.seconds.toFixed(1)} s — ${again.stdout.trim().split("\n").pop()}`);
    const out = path.join(work, "package");
    const exported = await command("server/opendata/export-main.ts", ["--out", out], database.url);
    const csvBytes = statSync(path.join(out, "elements.csv")).size;
    console.log(`• export: ${exported.seconds.toFixed(1)} s — ${(csvBytes / 1e6).toFixed(1)} MB of CSV`);

    const rate = (run: Run) => Math.round(options.elements / run.seconds).toLocaleString("en");
    appendReport([
      `### ${new Date().toISOString().slice(0, 19)}Z`,
      "",
      `${database.kind}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.versions.node}, ` +
        `${options.elements.toLocaleString("en")} organizations.`,
      "",
      "| step | time (s) | rows/s | peak RSS (MB) |",
      "|---|---:|---:|---:|",
      `| import | ${first.seconds.toFixed(1)} | ${rate(first)} | ${Math.round(first.peakRssMb)} |`,
      `| re-import (unchanged) | ${again.seconds.toFixed(1)} | ${rate(again)} | ${Math.round(again.peakRssMb)} |`,
      `| export (${(csvBytes / 1e6).toFixed(1)} MB CSV) | ${exported.seconds.toFixed(1)} | ${rate(exported)} | ${Math.round(exported.peakRssMb)} |`,
    ]);
    console.log(`• results appended to ${REPORT_FILE}`);
  } finally {
    await database.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
