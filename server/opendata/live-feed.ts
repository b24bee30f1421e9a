import type { Request, Response, Router } from "express";
import { Feed } from "feed";
import { pageUrl } from "./elements";
import type { DataSourceName } from "./freshness";
import { searchFilterFromQuery } from "./list-filters";
import { type OpenDataDeps, exportHandler, queryOf, startExport } from "./respond";
import { OpenDataRequestError } from "./request-error";

/** How many of the newest items a feed gives (feed readers keep what they have read). */
const FEED_SIZE = 50;
const SOURCES: DataSourceName[] = ["news", "elements", "people"];

const ITEM_FIELDS = `
  fragment FeedItem on News {
    id text textHtml createdAt editedAt tags
    author { username displayName }
    wall { __typename slug name }
  }`;

const LIVE = `query($area: AreaInput!, $tags: [String!], $text: String, $first: Int) {
  live(area: $area, tags: $tags, text: $text, first: $first) { nodes { ...FeedItem } } } ${ITEM_FIELDS}`;

/** A wall's news by its slug (organizations, projects and events share slugs; else a username). */
const WALL = `query($slug: String!, $first: Int) {
  element(slug: $slug) {
    __typename slug name
    ... on Organization { news(first: $first) { nodes { ...FeedItem } } }
    ... on Project { news(first: $first) { nodes { ...FeedItem } } }
    ... on Event { news(first: $first) { nodes { ...FeedItem } } }
    ... on Person { news(first: $first) { nodes { ...FeedItem } } }
  } } ${ITEM_FIELDS}`;

interface FeedItem {
  id: string;
  text: string;
  textHtml: string;
  createdAt: string;
  editedAt: string | null;
  tags: string[];
  author: { username: string; displayName: string } | null;
  wall: { __typename: string; slug: string; name: string } | null;
}

interface FeedSource {
  title: string;
  link: string;
  items: FeedItem[];
}

/** What the query asks for: a wall's public items, or an area's public Live (with tags and words). */
async function feedSource(deps: OpenDataDeps, query: URLSearchParams): Promise<FeedSource | null> {
  const wall = query.get("wall")?.trim();
  if (wall) {
    if (!/^[a-z0-9][a-z0-9._-]{0,79}$/i.test(wall))
      throw new OpenDataRequestError("wall", "wall must be a slug or a username.");
    const { element } = await deps.read<{
      element: (FeedSource & { slug: string; __typename: string; name: string; news: { nodes: FeedItem[] } }) | null;
    }>(WALL, { slug: wall, first: FEED_SIZE });
    if (!element) return null;
    return { title: element.name, link: pageUrl(deps.publicUrl, element), items: element.news.nodes };
  }
  const filter = searchFilterFromQuery(query) ?? {};
  if (!filter.area) {
    throw new OpenDataRequestError(
      "wall",
      "Give a wall (wall=slug) or an area (near=LAT,LON, bbox=W,S,E,N, town or postalCode), with tags or text if you like.",
    );
  }
  // Only the filters given: the Live refuses an empty list of tags.
  const variables: Record<string, unknown> = { area: filter.area, first: FEED_SIZE };
  if (filter.tags) variables.tags = filter.tags;
  if (filter.text) variables.text = filter.text;
  const { live } = await deps.read<{ live: { nodes: FeedItem[] } }>(LIVE, variables);
  return { title: "Live", link: `${deps.publicUrl}/live`, items: live.nodes };
}

function firstLine(text: string): string {
  const line = text.split("\n", 1)[0].trim();
  return line.length > 100 ? `${line.slice(0, 99)}…` : line;
}

async function sendFeed(deps: OpenDataDeps, req: Request, res: Response, format: "rss" | "atom"): Promise<void> {
  const source = await feedSource(deps, queryOf(req));
  if (!source) {
    res.status(404).type("text/plain").send("No public wall here.\n");
    return;
  }
  const type = format === "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8";
  const licence = await startExport(deps, req, res, { type, filename: `live.${format}`, sources: SOURCES });
  if (!licence) return;
  const self = `${deps.publicUrl}${req.originalUrl}`;
  const newest = source.items[0];
  const feed = new Feed({
    id: self,
    title: source.title,
    link: source.link,
    updated: newest ? new Date(newest.editedAt ?? newest.createdAt) : new Date(0),
    feedLinks: { [format]: self },
    copyright: `${licence.attribution} ${licence.url}`,
    generator: "Communect",
  });
  for (const item of source.items) {
    const wallName = item.wall?.name ?? source.title;
    const link = item.wall ? `${pageUrl(deps.publicUrl, item.wall)}/news` : source.link;
    feed.addItem({
      title: firstLine(item.text) || wallName,
      id: `urn:uuid:${item.id}`,
      guid: `urn:uuid:${item.id}`,
      link,
      date: new Date(item.editedAt ?? item.createdAt),
      published: new Date(item.createdAt),
      content: item.textHtml,
      author: item.author
        ? [{ name: item.author.displayName, link: pageUrl(deps.publicUrl, { __typename: "Person", ...item.author }) }]
        : undefined,
      category: item.tags.map((tag) => ({ name: tag, term: tag })),
    });
  }
  res.send(format === "rss" ? feed.rss2() : feed.atom1());
}

export function liveFeedRoutes(router: Router, deps: OpenDataDeps): void {
  router.get(
    "/live.rss",
    exportHandler((req, res) => sendFeed(deps, req, res, "rss")),
  );
  router.get(
    "/live.atom",
    exportHandler((req, res) => sendFeed(deps, req, res, "atom")),
  );
}
