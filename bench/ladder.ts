import type { LoadOptions } from "./load";

/** The query of the person rungs: one person by id, public fields only. */
export const PERSON_QUERY = "query ($id: ID!) { person(id: $id) { id username displayName } }";
export const PERSON_SQL = "SELECT id, username, display_name FROM person WHERE id = $1";

/** Organizations on the directory page. */
export const DIRECTORY_SIZE = 50;

/**
 * The web app's organizations directory (client/src/graphql/organizations.ts: the card fragment) with what
 * a page of organizations with their communities asks for (tests/links/statements.test.ts): counts,
 * administrators, the first 5 members and their people, for 50 organizations.
 */
export const DIRECTORY_QUERY = `query ($first: Int!) {
  organizations(first: $first) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes {
      id kind slug name shortDescription tags address { street postalCode city } type communityCount followerCount
      image { id url(size: THUMB) }
      administrators { id displayName }
      community(first: 5) { totalCount nodes { id roles isAdmin person { id displayName } } }
    }
  }
}`;

/** The same page, as JSON, by one hand-written statement: what the directory costs without GraphQL or an ORM. */
export const DIRECTORY_SQL = `
SELECT json_build_object(
  'totalCount', (SELECT count(*) FROM element WHERE kind = 'organization' AND deleted_at IS NULL
                 AND NOT (settings->>'private')::boolean),
  'nodes', coalesce(json_agg(page ORDER BY page.created_at DESC, page.id DESC), '[]')) AS organizations
FROM (
  SELECT e.id, e.kind, e.slug, e.name, e.short_description AS "shortDescription", e.tags,
         CASE WHEN num_nonnulls(e.street, e.postal_code, e.city) > 0
           THEN json_build_object('street', e.street, 'postalCode', e.postal_code, 'city', e.city) END AS address,
         e.organization_type AS type, e.created_at,
         (SELECT count(*) FROM link l WHERE l.element_id = e.id AND l.type = 'member' AND l.state = 'active')
           AS "communityCount",
         (SELECT count(*) FROM link l WHERE l.element_id = e.id AND l.type = 'follow' AND l.state = 'active')
           AS "followerCount",
         (SELECT json_build_object('id', m.id) FROM media m WHERE m.id = e.image_id) AS image,
         (SELECT coalesce(json_agg(json_build_object('id', p.id, 'displayName', p.display_name)), '[]')
            FROM link l JOIN person p ON p.id = l.person_id
           WHERE l.element_id = e.id AND l.type = 'member' AND l.state = 'active' AND l.is_admin) AS administrators,
         (SELECT coalesce(json_agg(member), '[]') FROM (
            SELECT l.id, l.roles, l.is_admin AS "isAdmin", json_build_object('id', p.id, 'displayName', p.display_name) AS person
              FROM link l JOIN person p ON p.id = l.person_id
             WHERE l.element_id = e.id AND l.type = 'member' AND l.state = 'active'
             ORDER BY l.created_at, l.id LIMIT 5) member) AS community
    FROM element e
   WHERE e.kind = 'organization' AND e.deleted_at IS NULL AND NOT (e.settings->>'private')::boolean
   ORDER BY e.created_at DESC, e.id DESC
   LIMIT $1) page`;

/** Where the nearest elements and the Live page are asked for (Paris), and the web app's default radius. */
export const AROUND = { latitude: 48.8566, longitude: 2.3522, radiusKm: 10 };
/** Elements on the discovery page and items on a page of the Live, as the web app asks for them. */
export const NEAREST_SIZE = 20;
export const LIVE_SIZE = 20;

/**
 * The discovery page around a chosen place (client/src/graphql/discovery.ts: SEARCH with the SearchResult
 * fragment, sorted by distance as the page does when a place is chosen and nothing else is): the 20 nearest
 * elements with their card fields and each kind's own.
 */
export const NEAREST_QUERY = `query ($filter: SearchFilter, $sort: SearchSort, $first: Int) {
  search(filter: $filter, sort: $sort, first: $first) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes {
      id kind slug name shortDescription tags address { city } communityCount followerCount
      image { id url(size: THUMB) }
      ... on Organization { organizationType: type }
      ... on Project { stage endsOn }
      ... on Event { eventType: type startsAt endsAt timeZone allDay }
    }
  }
}`;

/** The visibility of an element to an anonymous visitor (server/modules/policy/visibility.ts), as SQL on alias e. */
const ELEMENT_SHOWN = `e.deleted_at IS NULL AND e.deletion_requested_at IS NULL AND NOT e.private`;

/** The same page by one hand-written statement: the matches, their count and the nearest ones' cards as JSON. */
export const NEAREST_SQL = `
WITH matches AS MATERIALIZED (
  SELECT e.id, e.geo <-> geo_point($1, $2) AS distance
    FROM element e
   WHERE e.kind IN ('organization', 'project', 'event') AND e.recurrence_series_id IS NULL AND ${ELEMENT_SHOWN}
     AND earth_box(geo_point($1, $2), $3) @> e.geo
     AND e.geo <-> geo_point($1, $2) <= 2 * earth() * sin($3 / (2 * earth())))
SELECT json_build_object(
  'totalCount', (SELECT count(*) FROM matches),
  'nodes', coalesce(json_agg(node ORDER BY node.distance, node.id), '[]')) AS search
FROM (
  SELECT m.distance, e.id, e.kind, e.slug, e.name, e.short_description AS "shortDescription", e.tags,
         json_build_object('city', e.city) AS address,
         (SELECT count(*) FROM link l WHERE l.element_id = e.id AND l.type IN ('member', 'contributor', 'attendee')
            AND l.state = 'active') AS "communityCount",
         (SELECT count(*) FROM link l WHERE l.element_id = e.id AND l.type = 'follow' AND l.state = 'active')
           AS "followerCount",
         (SELECT json_build_object('id', i.id) FROM media i WHERE i.id = e.image_id) AS image,
         e.organization_type AS "organizationType", e.project_stage AS stage, e.project_ends_on AS "endsOn",
         e.event_type AS "eventType", e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.time_zone AS "timeZone",
         e.all_day AS "allDay"
    FROM (SELECT * FROM matches ORDER BY distance, id LIMIT $4) m JOIN element e ON e.id = m.id) node`;

/**
 * The first page of the public Live around a place (client/src/graphql/news.ts: LIVE with the NewsPage and
 * NewsItem fragments), anonymous: 20 items with their authors, walls, images, reactions and comment counts.
 */
export const LIVE_QUERY = `query ($area: AreaInput!, $after: String) {
  live(area: $area, first: ${LIVE_SIZE}, after: $after) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes {
      id audience text textHtml tags createdAt edited asElement commentCount
      viewerReaction viewerMayRemove viewerMayEdit viewerMayHide
      reactionCounts { kind count }
      author { id username displayName image { id url(size: THUMB) } }
      wall { id kind slug name image { id url(size: THUMB) } }
      images { id width height url(size: MEDIUM) large: url(size: LARGE) }
      activity {
        kind stage
        person { id username displayName }
        organization { id kind slug name }
      }
    }
  }
}`;

/**
 * The same page by one hand-written statement. Its text stands for the HTML (the server renders the
 * text and its mentions), and an author shows when their directory setting is public (the seeded case).
 */
export const LIVE_SQL = `
WITH live AS MATERIALIZED (
  SELECT n.id, n.created_at
    FROM news n
   WHERE n.audience = 'public' AND n.hidden_at IS NULL
     AND (n.wall_element_id IS NULL OR EXISTS (SELECT 1 FROM element e WHERE e.id = n.wall_element_id AND ${ELEMENT_SHOWN}))
     AND EXISTS (SELECT 1 FROM news_place place WHERE place.news_id = n.id
       AND earth_box((SELECT geo_point($1, $2)), $3) @> place.geo
       AND place.geo <-> (SELECT geo_point($1, $2)) <= 2 * earth() * sin($3 / (2 * earth()))))
SELECT json_build_object(
  'totalCount', (SELECT count(*) FROM live),
  'nodes', coalesce(json_agg(item ORDER BY item."createdAt" DESC, item.id DESC), '[]')) AS live
FROM (
  SELECT n.id, n.audience, n.text, n.text AS "textHtml", n.tags, n.created_at AS "createdAt",
         n.edited_at IS NOT NULL AS edited, n.as_element AS "asElement",
         (SELECT count(*) FROM news_comment c WHERE c.news_id = n.id AND c.hidden_at IS NULL) AS "commentCount",
         NULL AS "viewerReaction", false AS "viewerMayRemove", false AS "viewerMayEdit", false AS "viewerMayHide",
         (SELECT coalesce(json_agg(json_build_object('kind', r.kind, 'count', r.count) ORDER BY r.count DESC, r.kind), '[]')
            FROM (SELECT kind, count(*) FROM news_reaction WHERE news_id = n.id GROUP BY kind) r) AS "reactionCounts",
         (SELECT json_build_object('id', p.id, 'username', p.username, 'displayName', p.display_name,
                                   'image', (SELECT json_build_object('id', i.id) FROM media i WHERE i.id = p.image_id))
            FROM person p WHERE p.id = n.author_id AND p.privacy->>'directory' = 'PUBLIC') AS author,
         coalesce(
           (SELECT json_build_object('id', e.id, 'kind', e.kind, 'slug', e.slug, 'name', e.name,
                                     'image', (SELECT json_build_object('id', i.id) FROM media i WHERE i.id = e.image_id))
              FROM element e WHERE e.id = n.wall_element_id),
           (SELECT json_build_object('id', p.id, 'kind', 'person', 'slug', p.username, 'name', p.display_name,
                                     'image', (SELECT json_build_object('id', i.id) FROM media i WHERE i.id = p.image_id))
              FROM person p WHERE p.id = n.wall_person_id)) AS wall,
         (SELECT coalesce(json_agg(json_build_object('id', m.id, 'width', m.width, 'height', m.height) ORDER BY shown.position), '[]')
            FROM unnest(n.image_ids) WITH ORDINALITY AS shown(id, position) JOIN media m ON m.id = shown.id) AS images,
         (SELECT json_build_object('kind', a.verb, 'person', a.person_id, 'organization', a.element_id)
            FROM activity a WHERE a.id = n.activity_id) AS activity
    FROM (SELECT * FROM live ORDER BY created_at DESC, id DESC LIMIT $4) page JOIN news n ON n.id = page.id) item`;

export interface Rung {
  name: string;
  worker: "http-load.ts" | "pg-load.ts";
  load: Pick<LoadOptions, "target" | "body" | "headers" | "sql" | "params">;
  /** Processes whose CPU is the rung's "server" CPU (none for the plain pg rungs: the load worker is the client). */
  pids: number[];
  /** The rung this one is compared with in the table. */
  reference?: string;
}

export const RUNG = {
  rawPg: "raw pg",
  nodePg: "node:http + pg",
  leanApollo: "lean Apollo",
  anonymous: "shipped person(id)",
  signedIn: "shipped person(id) signed in",
  directory: "directory page",
  directorySql: "directory hand-written SQL",
  nearest: "nearest elements",
  nearestSql: "nearest hand-written SQL",
  live: "Live page",
  liveSql: "Live hand-written SQL",
} as const;

/** What the run checks against the targets, from the medians. */
export const TARGETS = [
  { what: "shipped person(id) / raw pg", rung: RUNG.anonymous, over: RUNG.rawPg, atLeast: 0.2 },
  { what: "shipped person(id) / lean Apollo", rung: RUNG.anonymous, over: RUNG.leanApollo, atLeast: 0.85 },
  { what: "signed in / anonymous", rung: RUNG.signedIn, over: RUNG.anonymous, atLeast: 0.8 },
  { what: "directory page / its hand-written SQL", rung: RUNG.directory, over: RUNG.directorySql, atLeast: 0.5 },
] as const;

/** Latency target of the directory page at the benchmark's concurrency. */
export const DIRECTORY_P95_MS = 60;

/** Ratios reported for the later features' queries, without a target of their own (issue 9: "the same ladder"). */
export const RATIOS = [
  { what: "nearest elements / its hand-written SQL", rung: RUNG.nearest, over: RUNG.nearestSql },
  { what: "Live page / its hand-written SQL", rung: RUNG.live, over: RUNG.liveSql },
] as const;
