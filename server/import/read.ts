import { createReadStream } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { parse, type Options } from "csv-parse";

/** One row of a file: where it is (for error messages) and its cells by header. */
export interface SourceRow {
  /** "line 12" in a CSV file, "feature 3" in a GeoJSON one. */
  where: string;
  cells: Record<string, string>;
  /** How much of the file has been read once this row is (0 to 1), for progress bars. */
  read: number;
}

export interface SourceFile {
  format: "csv" | "geojson";
  headers: string[];
  /**
   * The rows from the first, one at a time: a CSV file is streamed from the disk and never
   * held whole, so that an import keeps only the rows it is about to write.
   */
  rows(): AsyncIterable<SourceRow>;
}

/** Thrown when the file as a whole cannot be read (not a CSV or GeoJSON file, broken quoting…). */
export class UnreadableFile extends Error {}

/** Opens a CSV (UTF-8, comma or semicolon separated, with a header row) or a GeoJSON file. */
export async function openSourceFile(file: string): Promise<SourceFile> {
  return /\.(geo)?json$/i.test(file) ? readGeoJson(file) : openCsv(file);
}

/** The start of a file, enough to hold its header row. */
async function firstBytes(file: string, length = 64 * 1024): Promise<string> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

async function openCsv(file: string): Promise<SourceFile> {
  const size = (await stat(file)).size;
  const firstLine = (await firstBytes(file)).split(/\r?\n/, 1)[0] ?? "";
  // French spreadsheets save with semicolons; count which separator the header uses more.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const options: Options = { bom: true, delimiter, skip_empty_lines: true, relax_column_count: false };
  const parser = (more: Options) => createReadStream(file).pipe(parse({ ...options, ...more }));

  // The header row alone, so that columns are mapped before any row is read.
  let headers: string[] = [];
  try {
    for await (const record of parser({ to: 1 }) as AsyncIterable<string[]>) headers = record;
  } catch (error) {
    throw new UnreadableFile(`Not a readable CSV file: ${(error as Error).message}`);
  }

  async function* rows(): AsyncGenerator<SourceRow> {
    let lastLine = 1;
    const records = parser({ columns: true, info: true }) as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number; bytes: number };
    }>;
    try {
      for await (const { record, info } of records) {
        yield { where: `line ${lastLine + 1}`, cells: record, read: size ? info.bytes / size : 1 };
        lastLine = info.lines;
      }
    } catch (error) {
      throw new UnreadableFile(`Not a readable CSV file: ${(error as Error).message}`);
    }
  }
  return { format: "csv", headers, rows };
}

interface Feature {
  type: "Feature";
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown> | null;
}

/**
 * A GeoJSON FeatureCollection (RFC 7946): each feature's properties are its cells, and a
 * Point geometry gives longitude and latitude (in that order). The file is one JSON document,
 * parsed whole (no streaming JSON parser among the dependencies); rows are made one at a time.
 */
async function readGeoJson(file: string): Promise<SourceFile> {
  let collection: { type?: string; features?: Feature[] };
  try {
    collection = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new UnreadableFile(`Not a readable JSON file: ${(error as Error).message}`);
  }
  if (collection?.type !== "FeatureCollection" || !Array.isArray(collection.features)) {
    throw new UnreadableFile("A GeoJSON file must hold a FeatureCollection.");
  }
  const features = collection.features;
  const headers = new Set<string>();
  for (const feature of features) {
    for (const [name, value] of Object.entries(feature?.properties ?? {})) {
      if (value !== null && value !== undefined) headers.add(name);
    }
    if (feature?.geometry) headers.add("longitude").add("latitude");
  }

  async function* rows(): AsyncGenerator<SourceRow> {
    for (const [index, feature] of features.entries()) {
      const cells: Record<string, string> = {};
      for (const [name, value] of Object.entries(feature?.properties ?? {})) {
        if (value === null || value === undefined) continue;
        cells[name] =
          Array.isArray(value) && value.every((item) => typeof item === "string") ? value.join("|") : text(value);
      }
      const geometry = feature?.geometry;
      if (geometry) {
        const point = geometry.type === "Point" && Array.isArray(geometry.coordinates) ? geometry.coordinates : null;
        // A shape that is not a point is reported on the coordinates, as no column could hold it.
        cells.longitude = point ? text(point[0]) : `(${geometry.type})`;
        cells.latitude = point ? text(point[1]) : `(${geometry.type})`;
      }
      yield { where: `feature ${index + 1}`, cells, read: (index + 1) / features.length };
    }
  }
  return { format: "geojson", headers: [...headers], rows };
}

function text(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}
