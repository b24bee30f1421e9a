// `npm run import -- FILE --kind organization|project|event [--source NAME] [--skip-invalid]`:
// elements from a CSV or GeoJSON file, on the configured database (DATABASE_URL, else the
// embedded one in DATA_DIR). The README documents the column mapping.
import "reflect-metadata";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config";
import { openDatabase } from "../db/database";
import { createLogger } from "../logger";
import { ElementKind } from "../modules/elements/element.entity.kind";
import { PlaceService } from "../modules/geography/place.service";
import { progressReporter } from "../cli-progress";
import { importElements } from "./import";
import { openSourceFile, UnreadableFile } from "./read";
import { describeError, type ImportKind } from "./rows";

const KINDS = [ElementKind.ORGANIZATION, ElementKind.PROJECT, ElementKind.EVENT];
/** Errors printed in full; past this, a count (the first ones show what to fix). */
const ERRORS_SHOWN = 100;

const USAGE = `Usage: npm run import -- FILE --kind organization|project|event [--source NAME] [--skip-invalid]
  FILE            a CSV file (UTF-8, header row, comma or semicolon) or a GeoJSON FeatureCollection
  --kind          what the rows are; in a file with a kind column, rows of other kinds are left aside
  --source        names the data set (default: the file's name without extension); with each row's id,
                  a later import of the same source updates the elements instead of adding them again
  --skip-invalid  import the valid rows even when some are not (by default nothing is imported)`;

class UsageError extends Error {}

function readOptions() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: "string" },
      source: { type: "string" },
      "skip-invalid": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || positionals.length !== 1) throw new UsageError(USAGE);
  const kind = KINDS.find((candidate) => candidate === values.kind?.toLowerCase());
  if (!kind) throw new UsageError(`--kind must be organization, project or event\n\n${USAGE}`);
  const file = positionals[0];
  const source = (values.source ?? path.basename(file).replace(/\.[^.]*$/, "")).trim();
  if (!source || source.length > 100) throw new UsageError("--source must be 1 to 100 characters");
  return { file, kind: kind as ImportKind, source, skipInvalid: values["skip-invalid"] };
}

async function main() {
  const options = readOptions();
  const config = loadConfig();
  const file = await openSourceFile(options.file);
  const database = await openDatabase(config, createLogger(config.logLevel === "info" ? "warn" : config.logLevel));
  const progress = progressReporter();
  const started = Date.now();
  try {
    const result = await importElements(
      database.dataSource,
      new PlaceService(database.dataSource),
      file,
      { ...options, timeZone: config.timeZone },
      (done, total) => progress("Importing", done, total),
    );
    progress.stop();
    for (const error of result.errors.slice(0, ERRORS_SHOWN)) console.error(describeError(error));
    if (result.errors.length > ERRORS_SHOWN) console.error(`… and ${result.errors.length - ERRORS_SHOWN} more errors`);
    if (result.otherKinds) console.log(`Left aside ${result.otherKinds} rows of other kinds.`);
    if (!result.imported) {
      console.error(
        `Imported nothing: ${result.errors.length} errors. Fix them, or pass --skip-invalid to import the valid rows.`,
      );
      process.exitCode = 1;
      return;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const skipped = result.errors.length ? `, skipped the invalid rows (${result.errors.length} errors)` : "";
    console.log(
      `Imported ${options.kind}s from "${options.source}" in ${seconds} s: ${result.created} created, ` +
        `${result.updated} updated, ${result.unchanged} unchanged${skipped}.`,
    );
  } finally {
    progress.stop();
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof ConfigError || error instanceof UnreadableFile) {
    console.error(error.message);
  } else console.error(error);
  process.exitCode = 1;
});
