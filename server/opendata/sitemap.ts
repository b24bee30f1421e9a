import { Router } from "express";
import { everyPage } from "./anonymous";
import type { DataSourceName } from "./freshness";
import { type OpenDataDeps, exportHandler, startExport, write } from "./respond";

/** The sitemaps protocol's limit of URLs in one file; past it /sitemap.xml is an index of pages. */
export const SITEMAP_SIZE = 50_000;
const SOURCES: DataSourceName[] = ["elements", "people"];
const TYPE = "application/xml; charset=utf-8";

/** The app's public lists, listed before the elements' pages. */
const LIST_PAGES = ["", "/discover", "/organizations", "/projects", "/events", "/people", "/live", "/data"];

const ELEMENTS = `query($first: Int, $after: String) {
  search(first: $first, after: $after, sort: NAME) {
    nodes { __typename slug updatedAt } pageInfo { hasNextPage endCursor } } }`;
const PEOPLE = `query($first: Int, $after: String) {
  people(first: $first, after: $after) { nodes { username updatedAt } pageInfo { hasNextPage endCursor } } }`;
const COUNTS = `{ search(first: 1) { totalCount } people(first: 1) { totalCount } }`;

const PATHS: Record<string, string> = { Organization: "organizations", Project: "projects", Event: "events" };

interface Entry {
  path: string;
  updatedAt?: string;
}

/** Every public page: the lists, then public elements, then people the directory shows to anyone. */
async function* publicPages(deps: OpenDataDeps): AsyncGenerator<Entry> {
  for (const path of LIST_PAGES) yield { path };
  type Element = { __typename: string; slug: string; updatedAt: string };
  for await (const page of everyPage(
    deps.read,
    ELEMENTS,
    {},
    (data: { search: { nodes: Element[]; pageInfo: never } }) => data.search,
  )) {
    for (const node of page)
      yield { path: `/${PATHS[node.__typename]}/${encodeURIComponent(node.slug)}`, updatedAt: node.updatedAt };
  }
  type Person = { username: string; updatedAt: string };
  for await (const page of everyPage(
    deps.read,
    PEOPLE,
    {},
    (data: { people: { nodes: Person[]; pageInfo: never } }) => data.people,
  )) {
    for (const node of page) yield { path: `/people/${encodeURIComponent(node.username)}`, updatedAt: node.updatedAt };
  }
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * GET /sitemap.xml (sitemaps.org protocol): the public pages for search engines; an index of
 * /sitemap-<n>.xml pages of 50,000 URLs when there are more.
 */
export function sitemapRoutes(deps: OpenDataDeps, pageSize = SITEMAP_SIZE): Router {
  const router = Router();
  router.get(
    /^\/sitemap(?:-(\d{1,6}))?\.xml$/,
    exportHandler(async (req, res) => {
      const part = req.params[0] ? Number(req.params[0]) : null;
      const { search, people } = await deps.read<{ search: { totalCount: number }; people: { totalCount: number } }>(
        COUNTS,
      );
      const parts = Math.ceil((LIST_PAGES.length + search.totalCount + people.totalCount) / pageSize);
      if (part !== null && (part < 1 || part > parts || parts === 1)) {
        res.status(404).type("text/plain").send("No such sitemap.\n");
        return;
      }
      const filename = part === null ? "sitemap.xml" : `sitemap-${part}.xml`;
      if (!(await startExport(deps, req, res, { type: TYPE, filename, sources: SOURCES }))) return;
      const head = `<?xml version="1.0" encoding="UTF-8"?>\n`;
      const namespace = `xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"`;
      if (part === null && parts > 1) {
        const entries = Array.from(
          { length: parts },
          (_, index) => `<sitemap><loc>${escapeXml(`${deps.publicUrl}/sitemap-${index + 1}.xml`)}</loc></sitemap>`,
        );
        res.send(`${head}<sitemapindex ${namespace}>\n${entries.join("\n")}\n</sitemapindex>\n`);
        return;
      }
      const skip = part === null ? 0 : (part - 1) * pageSize;
      await write(res, `${head}<urlset ${namespace}>\n`);
      let index = 0;
      for await (const entry of publicPages(deps)) {
        if (index++ < skip) continue;
        if (index > skip + pageSize) break;
        const lastmod = entry.updatedAt ? `<lastmod>${entry.updatedAt}</lastmod>` : "";
        await write(res, `<url><loc>${escapeXml(deps.publicUrl + entry.path)}</loc>${lastmod}</url>\n`);
      }
      await write(res, "</urlset>\n");
      res.end();
    }),
  );
  return router;
}
