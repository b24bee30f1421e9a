import { createHash } from "node:crypto";
import type { Request, Response } from "express";
import type { DataSource } from "typeorm";

/**
 * What an export is made of, and the instance's settings (name, licence) that every export carries.
 * Each source gives its latest change and its row count, both as an anonymous visitor sees them:
 * a change, an addition or a removal of something public changes the version, and nothing a
 * stranger may not see does (a private element, hidden contact fields, a profile's private fields,
 * an account never verified, a post for a community, the ties of a hidden directory), so the
 * version tells nobody when private data changed. Elements and people keep the time their
 * public face last changed in `public_changed_at` (migration PublicChangedAt): leaving public
 * view is such a change, whose time the public sees anyway (the thing is gone).
 */
const PUBLIC_ELEMENT = "NOT private AND deleted_at IS NULL";
const SOURCES = {
  elements: `SELECT max(public_changed_at) AS at, count(*) FILTER (WHERE ${PUBLIC_ELEMENT}) AS rows FROM element`,
  people:
    "SELECT max(public_changed_at) AS at, count(*) FILTER (WHERE email_verified_at IS NOT NULL) AS rows FROM person",
  // Active ties to public elements, of people whose directory is public (or of organizations).
  links: `SELECT max(link.updated_at) AS at, count(*) AS rows FROM link
    JOIN element tied ON tied.id = link.element_id AND NOT tied.private AND tied.deleted_at IS NULL
    WHERE link.state = 'active' AND (link.person_id IS NULL OR EXISTS (SELECT 1 FROM person listed
      WHERE listed.id = link.person_id AND listed.privacy->>'directory' = 'PUBLIC'))`,
  // Public posts on public walls: posted, edited, and hidden (the public sees them go).
  news: `SELECT max(greatest(created_at, edited_at, hidden_at)) AS at, count(*) FILTER (WHERE hidden_at IS NULL) AS rows
    FROM news WHERE audience = 'public' AND NOT EXISTS (SELECT 1 FROM element wall
      WHERE wall.id = news.wall_element_id AND (wall.private OR wall.deleted_at IS NOT NULL))`,
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
