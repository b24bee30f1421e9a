// `npm run export -- --out DIR`: the data package (datapackage.json and its files), made as
// /open-data/datapackage.json makes it: a server on a loopback port answers the export routes
// on the configured database (DATABASE_URL, else the embedded one in DATA_DIR).
import "reflect-metadata";
import path from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "../app";
import { progressReporter } from "../cli-progress";
import { ConfigError, loadConfig } from "../config";
import { openDatabase } from "../db/database";
import { createLogger } from "../logger";
import type { ReadAnonymously } from "./anonymous";
import { writeDataPackage } from "./data-package";

const USAGE = `Usage: npm run export -- --out DIR
  --out  the folder to write datapackage.json and its files to (made if missing)`;

class UsageError extends Error {}

/** GraphQL over HTTP without a session: what an anonymous visitor reads. */
function readOver(baseUrl: string): ReadAnonymously {
  return async <T>(query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const result = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (result.errors?.length) throw new Error(result.errors[0].message);
    return result.data as T;
  };
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" }, help: { type: "boolean", default: false } } });
  if (values.help || !values.out) throw new UsageError(USAGE);
  // A port of its own on loopback, whatever PORT says (a running server may hold it).
  const config = loadConfig({ ...process.env, PORT: "0" });
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  const database = await openDatabase(config, logger);
  const app = await createApp({ config, logger, database });
  const progress = progressReporter();
  try {
    const port = new URL(await app.listen()).port;
    const baseUrl = `http://127.0.0.1:${port}`;
    const dir = path.resolve(values.out);
    const started = Date.now();
    const { resources } = await writeDataPackage({
      baseUrl,
      dir,
      read: readOver(baseUrl),
      publicUrl: config.publicUrl,
      logger,
      progress: (_file, done, total) => progress("Exporting", done, total),
    });
    progress.stop();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Wrote ${path.join(dir, "datapackage.json")} and ${resources} files in ${seconds} s.`);
  } finally {
    progress.stop();
    await app.stop();
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exitCode = 1;
});
