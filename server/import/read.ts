import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse";

/** One row of a file: where it is (for error messages) and its cells by header. */
export interface SourceRow {
  /** "line 12" in a CSV file, "feature 3" in a GeoJSON one. */
  where: string;
  cells: Record<string, string>;
}

export interface SourceFile {
  format: "csv" | "geojson";
  headers: string[];
  rows: SourceRow[];
}

/** Thrown when the file as a whole cannot be read (not a CSV or GeoJSON file, broken quoting…). */
export class UnreadableFile extends Error {}

/** Reads a CSV (UTF-8, comma or semicolon separated, with a header row) or a GeoJSON file. */
export async function readSourceFile(file: string): Promise<SourceFile> {
  return /\.(geo)?json$/i.test(file) ? readGeoJson(file) : readCsv(file);
}

async function readCsv(file: string): Promise<SourceFile> {
  const firstLine = (await readFile(file, "utf8")).split(/\r?\n/, 1)[0] ?? "";
  // French spreadsheets save with semicolons; count which separator the header uses more.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const parser = createReadStream(file).pipe(
    parse({ columns: true, bom: true, delimiter, info: true, skip_empty_lines: true, relax_column_count: false }),
  );
  const rows: SourceRow[] = [];
  let headers: string[] = [];
  let lastLine = 1;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number; columns: { name: string }[] };
    }>) {
      if (!headers.length) headers = info.columns.map((column) => column.name);
      rows.push({ where: `line ${lastLine + 1}`, cells: record });
      lastLine = info.lines;
    }
  } catch (error) {
    throw new UnreadableFile(`Not a readable CSV file: ${(error as Error).message}`);
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
 * Point geometry gives longitude and latitude (in that order).
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
  const headers = new Set<string>();
  const rows = collection.features.map((feature, index) => {
    const cells: Record<string, string> = {};
    for (const [name, value] of Object.entries(feature?.properties ?? {})) {
      if (value === null || value === undefined) continue;
      cells[name] =
        Array.isArray(value) && value.every((item) => typeof item === "string") ? value.join("|") : text(value);
      headers.add(name);
    }
    const geometry = feature?.geometry;
    if (geometry) {
      const point = geometry.type === "Point" && Array.isArray(geometry.coordinates) ? geometry.coordinates : null;
      // A shape that is not a point is reported on the coordinates, as no column could hold it.
      cells.longitude = point ? text(point[0]) : `(${geometry.type})`;
      cells.latitude = point ? text(point[1]) : `(${geometry.type})`;
      headers.add("longitude").add("latitude");
    }
    return { where: `feature ${index + 1}`, cells };
  });
  return { format: "geojson", headers: [...headers], rows };
}

function text(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}
