import { once } from "node:events";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { stringify } from "csv-stringify";
import type { Router } from "express";
import { everyPage, type ReadAnonymously } from "./anonymous";
import { answeredNotModified, dataVersion } from "./freshness";
import { licenceLink } from "./licence";
import { searchFilterFromQuery } from "./list-filters";
import { type CsvColumn, CSV_COLUMNS, TAG_SEPARATOR } from "./csv-columns";
import { exportHandler, type OpenDataDeps } from "./respond";

/** Each element's fields as the API gives them to an anonymous visitor. */
const ELEMENTS = `query CsvElements($filter: SearchFilter, $first: Int, $after: String) {
  search(filter: $filter, sort: NAME, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id kind slug name shortDescription description tags website email phone
      socialLinks { network url } extraLinks { kind url label }
      address { street postalCode city country inseeCode }
      location { latitude longitude }
      source sourceId createdAt updatedAt
      ... on Organization { organizationType: type }
      ... on Project { stage startsOn endsOn licence }
      ... on Event { eventType: type startsAt endsAt timeZone allDay recurrenceRule onlineUrl }
    }
  }
}`;

type Node = Record<string, unknown> & {
  kind: string;
  slug: string;
  tags: string[];
  address: Record<string, string | null> | null;
  location: { latitude: number; longitude: number } | null;
};

const PAGE_PATHS: Record<string, string> = { ORGANIZATION: "organizations", PROJECT: "projects", EVENT: "events" };

/** One CSV row of an element, in CSV_COLUMNS order. */
function row(node: Node, publicUrl: string): Record<CsvColumn, unknown> {
  const lower = (value: unknown) => (typeof value === "string" ? value.toLowerCase() : value);
  const json = (value: unknown) => (Array.isArray(value) && value.length ? JSON.stringify(value) : null);
  return {
    id: node.id,
    kind: node.kind.toLowerCase(),
    slug: node.slug,
    url: `${publicUrl}/${PAGE_PATHS[node.kind]}/${node.slug}`,
    name: node.name,
    type: lower(node.organizationType ?? node.eventType),
    stage: lower(node.stage),
    shortDescription: node.shortDescription,
    description: node.description,
    tags: node.tags.join(TAG_SEPARATOR),
    website: node.website,
    email: node.email,
    phone: node.phone,
    socialLinks: json(node.socialLinks),
    extraLinks: json(node.extraLinks),
    street: node.address?.street,
    postalCode: node.address?.postalCode,
    city: node.address?.city,
    country: node.address?.country,
    inseeCode: node.address?.inseeCode,
    latitude: node.location?.latitude,
    longitude: node.location?.longitude,
    startsAt: node.startsAt,
    endsAt: node.endsAt,
    timeZone: node.timeZone,
    allDay: node.allDay,
    recurrenceRule: node.recurrenceRule,
    onlineUrl: node.onlineUrl,
    startsOn: node.startsOn,
    endsOn: node.endsOn,
    licence: node.licence,
    source: node.source,
    sourceId: node.sourceId,
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
  };
}

/**
 * Writes the CSV of the elements matching `filter` to `out`, a page at a time and waiting for
 * `out` to drain, so memory stays flat however many rows. Returns the number of rows.
 */
export async function writeElementsCsv(
  read: ReadAnonymously,
  filter: Record<string, unknown> | undefined,
  publicUrl: string,
  out: Writable,
): Promise<number> {
  // RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or a line end.
  const csv = stringify({
    header: true,
    columns: CSV_COLUMNS.map((column) => column.name),
    record_delimiter: "windows",
    cast: { boolean: (value) => String(value), date: (value) => value.toISOString() },
  });
  csv.pipe(out);
  // A client that goes away stops the reading at the next page.
  const gone = new AbortController();
  out.once("close", () => gone.abort());
  let rows = 0;
  const pages = everyPage<Node, { search: { nodes: Node[]; pageInfo: never } }>(
    read,
    ELEMENTS,
    { filter },
    (data) => data.search,
  );
  for await (const nodes of pages) {
    if (gone.signal.aborted) return rows;
    for (const node of nodes) {
      if (!csv.write(row(node, publicUrl))) {
        await once(csv, "drain", { signal: gone.signal }).catch(() => undefined);
        if (gone.signal.aborted) return rows;
      }
      rows++;
    }
  }
  csv.end();
  await finished(out);
  return rows;
}

/** GET /open-data/elements.csv with the discovery filters as query parameters. */
export function addElementsCsvRoute(router: Router, deps: OpenDataDeps): void {
  router.get(
    "/elements.csv",
    exportHandler(async (req, res) => {
      const query = new URL(req.originalUrl, "http://x").searchParams;
      const filter = searchFilterFromQuery(query);
      const version = await dataVersion(deps.dataSource, ["elements"]);
      if (answeredNotModified(req, res, version, `csv?${query.toString()}`)) return;
      res.setHeader("Content-Type", "text/csv; charset=utf-8; header=present");
      res.setHeader("Content-Disposition", 'attachment; filename="elements.csv"');
      res.setHeader("Link", await licenceLink(deps.read));
      await writeElementsCsv(deps.read, filter, deps.publicUrl, res);
    }),
  );
}
