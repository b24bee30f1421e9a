import { type ReadAnonymously, everyPage } from "./anonymous";
import { searchFilterFromQuery } from "./list-filters";

/**
 * What the element exports (JSON-LD, GeoJSON) publish of an organization, a project or an
 * event: the fields an anonymous visitor of the API reads, people reduced to their name.
 */
export const ELEMENT_FIELDS = `
  fragment OpenDataPerson on Person { __typename username displayName }
  fragment OpenDataElement on CommunityElement {
    __typename id kind slug name shortDescription tags createdAt updatedAt website email phone
    address { street postalCode city country inseeCode }
    location { latitude longitude }
    ... on Organization { organizationType: type }
    ... on Project {
      stage startsOn endsOn
      carrier { ...OpenDataPerson ... on Organization { __typename slug name } }
    }
    ... on Event {
      eventType: type startsAt endsAt timeZone allDay onlineUrl recurrenceRule recurrenceOriginalStart
      organizers { ...OpenDataPerson ... on Organization { __typename slug name } ... on Project { __typename slug name } }
    }
  }`;

export type OpenDataPerson = { __typename: "Person"; username: string; displayName: string };
export type ElementRef = { __typename: "Organization" | "Project"; slug: string; name: string } | OpenDataPerson;

export interface OpenDataAddress {
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  inseeCode: string | null;
}

export interface OpenDataElement {
  __typename: "Organization" | "Project" | "Event";
  id: string;
  kind: "ORGANIZATION" | "PROJECT" | "EVENT";
  slug: string;
  name: string;
  shortDescription: string | null;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: OpenDataAddress | null;
  location: { latitude: number; longitude: number } | null;
  organizationType?: string;
  stage?: string;
  startsOn?: string | null;
  endsOn?: string | null;
  carrier?: ElementRef | null;
  eventType?: string;
  startsAt?: string;
  endsAt?: string | null;
  timeZone?: string;
  allDay?: boolean;
  onlineUrl?: string | null;
  recurrenceRule?: string | null;
  recurrenceOriginalStart?: string | null;
  organizers?: ElementRef[];
}

const SEARCH = `query($filter: SearchFilter, $first: Int, $after: String) {
  search(filter: $filter, first: $first, after: $after, sort: NAME) {
    nodes { ...OpenDataElement } pageInfo { hasNextPage endCursor } } }
  ${ELEMENT_FIELDS}`;

/** The elements matching a list export's query parameters, page by page (the discovery search). */
export function elementPages(read: ReadAnonymously, query: URLSearchParams): AsyncGenerator<OpenDataElement[]> {
  const filter = searchFilterFromQuery(query);
  return everyPage(
    read,
    SEARCH,
    { filter },
    (data: { search: { nodes: OpenDataElement[]; pageInfo: never } }) => data.search,
  );
}

/** The kinds of element with a page of their own, as they appear in URLs. */
export const PAGE_PATHS = {
  organizations: { kind: "ORGANIZATION", query: "organization", by: "slug" },
  projects: { kind: "PROJECT", query: "project", by: "slug" },
  events: { kind: "EVENT", query: "event", by: "slug" },
  people: { kind: "PERSON", query: "person", by: "username" },
} as const;

export type PagePath = keyof typeof PAGE_PATHS;

const PATH_OF_TYPE: Record<string, PagePath> = {
  Organization: "organizations",
  Project: "projects",
  Event: "events",
  Person: "people",
};

/** The web app's page of an element or a person. */
export function pageUrl(publicUrl: string, ref: { __typename: string; slug?: string; username?: string }): string {
  return `${publicUrl}/${PATH_OF_TYPE[ref.__typename]}/${encodeURIComponent(ref.slug ?? ref.username ?? "")}`;
}

/** One element of a page path by its slug (a person by username), or null when there is none public. */
export async function readOne(
  read: ReadAnonymously,
  path: PagePath,
  slug: string,
): Promise<OpenDataElement | (OpenDataPerson & PublicPerson) | null> {
  const { query, by } = PAGE_PATHS[path];
  const selection =
    path === "people"
      ? `{ ...OpenDataPerson shortDescription } } fragment OpenDataPerson on Person { __typename username displayName }`
      : `{ ...OpenDataElement } } ${ELEMENT_FIELDS}`;
  const data = await read<Record<string, OpenDataElement | null>>(
    `query($ref: String!) { found: ${query}(${by}: $ref) ${selection}`,
    {
      ref: slug,
    },
  );
  return (data.found as OpenDataElement | (OpenDataPerson & PublicPerson) | null) ?? null;
}

/** A person in the exports: their name, username and short presentation, nothing else. */
export interface PublicPerson {
  shortDescription: string | null;
}
