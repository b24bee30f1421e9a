import { createHash } from "node:crypto";
import type { Request, Response } from "express";
import type { DataSource } from "typeorm";

/**
 * What an export is made of, and the instance's settings (name, licence) that every export carries. Each source gives its latest change and its row count: a change,
 * an addition or a removal (purges included) anywhere in it changes the version. The version
 * changes for private rows too, which says only that something changed.
 */
const SOURCES = {
  elements: "SELECT max(updated_at) AS at, count(*) AS rows FROM element",
  people: "SELECT max(updated_at) AS at, count(*) AS rows FROM person",
  links: "SELECT max(updated_at) AS at, count(*) AS rows FROM link",
  news: "SELECT max(greatest(created_at, edited_at, hidden_at)) AS at, count(*) AS rows FROM news",
  // Every export names the instance and carries its licence.
  instance: "SELECT max(updated_at) AS at, count(*) AS rows FROM instance_settings",
} as const;

export type DataSourceName = Exclude<keyof typeof SOURCES, "instance">;

export interface DataVersion {
  /** The latest change, to the second (HTTP dates have no milliseconds). */
  lastModified: Date;
  /** Changes whenever the sources change. */
  tag: string;
}

export async function dataVersion(dataSource: DataSource, exported: DataSourceName[]): Promise<DataVersion> {
  const sources = [...exported, "instance" as const];
  const rows: { at: Date | null; rows: string }[] = await Promise.all(
    sources.map(
      async (source) => ((await dataSource.query(SOURCES[source])) as { at: Date | null; rows: string }[])[0],
    ),
  );
  const latest = Math.max(0, ...rows.map((row) => (row.at ? new Date(row.at).getTime() : 0)));
  const tag = createHash("sha256")
    .update(
      rows
        .map((row, index) => `${sources[index]}:${row.at ? new Date(row.at).toISOString() : "-"}:${row.rows}`)
        .join(";"),
    )
    .digest("base64url")
    .slice(0, 22);
  return { lastModified: new Date(Math.floor(latest / 1000) * 1000), tag };
}

/**
 * Sets ETag and Last-Modified for `version` and what else makes this answer (format, query
 * string), and answers 304 when the client's copy is current. Returns true when it answered.
 */
export function answeredNotModified(req: Request, res: Response, version: DataVersion, variant: string): boolean {
  const etag = `"${createHash("sha256").update(`${version.tag}|${variant}`).digest("base64url").slice(0, 27)}"`;
  res.setHeader("ETag", etag);
  res.setHeader("Last-Modified", version.lastModified.toUTCString());
  res.setHeader("Cache-Control", "public, max-age=60, must-revalidate");
  if (!req.fresh) return false;
  res.status(304).end();
  return true;
}
