// `npm run seed -- --elements 100000`: fake organizations, projects, events and people in
// real towns, on the configured database (DATABASE_URL, else the embedded one in DATA_DIR).
import "reflect-metadata";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { ConfigError, loadConfig } from "../config";
import { openDatabase } from "../db/database";
import { createLogger } from "../logger";
import { seed, SeedRefused } from "./seed";

const MAX_ELEMENTS = 2_000_000;

const USAGE = `Usage: npm run seed -- --elements N [--persons M] [--seed S] [--force]
  --elements  organizations, projects and events to make (1 to ${MAX_ELEMENTS})
  --persons   people who create and administer them (default: a fifth of the elements, at least 1)
  --seed      the same number gives the same names, places and dates (default 1)
  --force     seed even a database that holds real data`;

function count(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > MAX_ELEMENTS) {
    throw new SeedRefused(`--${name} must be a whole number from ${min} to ${MAX_ELEMENTS}`);
  }
  return number;
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      elements: { type: "string" },
      persons: { type: "string" },
      seed: { type: "string" },
      force: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || values.elements === undefined) throw new SeedRefused(USAGE);
  const elements = count("elements", values.elements, 1)!;
  return {
    elements,
    persons: count("persons", values.persons, 1) ?? Math.max(1, Math.round(elements / 5)),
    seed: count("seed", values.seed, 0) ?? 1,
    force: values.force,
  };
}

async function main() {
  const options = readOptions();
  const config = loadConfig();
  // Migrations and the gazetteer load log at info; the progress bar tells the rest.
  const database = await openDatabase(config, createLogger(config.logLevel === "info" ? "warn" : config.logLevel));
  const bar = new SingleBar({
    format: "Seeding [{bar}] {percentage}% | {value}/{total} rows | {duration_formatted}",
    hideCursor: true,
  });
  const started = Date.now();
  try {
    let begun = false;
    const made = await seed(database.dataSource, options, (done, total) => {
      if (!begun) bar.start(total, 0);
      begun = true;
      bar.update(done);
    });
    bar.stop();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded ${made.elements} elements and ${made.persons} people, ${made.news} news items with ` +
        `${made.comments} comments and ${made.reactions} reactions, in ${seconds} s.`,
    );
  } finally {
    bar.stop();
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof SeedRefused || error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exitCode = 1;
});
