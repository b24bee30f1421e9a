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
