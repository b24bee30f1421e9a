import { EVENT_TYPES, ORGANIZATION_TYPES, PROJECT_STAGES } from "./element-types";
import type {
  AreaInput,
  DatePreset,
  DateRangeInput,
  EventType,
  OrganizationType,
  ProjectStage,
  SearchFilter,
  SearchSort,
} from "./graphql/generated/graphql";

/**
 * The discovery filters, kept in the address (`/discover?q=…&kind=EVENT&tag=…`) so that a search
 * can be shared, and carried from the list to the map and back.
 */
export type SearchKind = "ORGANIZATION" | "PROJECT" | "EVENT";
export const SEARCH_KINDS: SearchKind[] = ["ORGANIZATION", "PROJECT", "EVENT"];
export const DATE_PRESETS: DatePreset[] = ["UPCOMING", "TODAY", "THIS_WEEK"];
export type When = DatePreset | "BETWEEN" | "";

export interface DiscoveryFilters {
  text: string;
  kinds: SearchKind[];
  organizationTypes: OrganizationType[];
  eventTypes: EventType[];
  projectStages: ProjectStage[];
  tags: string[];
  allTags: boolean;
  /** Leaves the chosen place aside. */
  everywhere: boolean;
  when: When;
  /** Days (YYYY-MM-DD) when `when` is BETWEEN. */
  from: string;
  to: string;
  sort: SearchSort | "";
}

/** The API's bounds: at most 200 characters of text, 10 tags of 40. */
export const MAX_TEXT = 200;
export const MAX_TAGS = 10;
export const MAX_TAG_LENGTH = 40;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SORTS: SearchSort[] = ["RELEVANCE", "DISTANCE", "DATE", "NAME"];

const known = <T extends string>(values: string[], allowed: readonly T[]): T[] =>
  [...new Set(values)].filter((value): value is T => (allowed as readonly string[]).includes(value));

/** The filters an address holds; anything unknown or out of bounds is left out. */
export function readFilters(params: URLSearchParams): DiscoveryFilters {
  const when = params.get("when") ?? "";
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  const sort = params.get("sort") ?? "";
  return {
    text: (params.get("q") ?? "").slice(0, MAX_TEXT),
    kinds: known(params.getAll("kind"), SEARCH_KINDS),
    organizationTypes: known(params.getAll("type"), ORGANIZATION_TYPES),
    eventTypes: known(params.getAll("event"), EVENT_TYPES),
    projectStages: known(params.getAll("stage"), PROJECT_STAGES),
    tags: [...new Set(params.getAll("tag").map((tag) => tag.trim()))]
      .filter((tag) => tag && tag.length <= MAX_TAG_LENGTH)
      .slice(0, MAX_TAGS),
    allTags: params.get("all") === "1",
    everywhere: params.get("area") === "everywhere",
    when: when === "BETWEEN" || (DATE_PRESETS as string[]).includes(when) ? (when as When) : "",
    from: DAY.test(from) ? from : "",
    to: DAY.test(to) ? to : "",
    sort: (SORTS as string[]).includes(sort) ? (sort as SearchSort) : "",
  };
}

/** The address of a set of filters (only what differs from the defaults). */
export function filterParams(filters: DiscoveryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.text) params.set("q", filters.text);
  for (const kind of filters.kinds) params.append("kind", kind);
  for (const type of filters.organizationTypes) params.append("type", type);
  for (const type of filters.eventTypes) params.append("event", type);
  for (const stage of filters.projectStages) params.append("stage", stage);
  for (const tag of filters.tags) params.append("tag", tag);
  if (filters.allTags && filters.tags.length > 0) params.set("all", "1");
  if (filters.everywhere) params.set("area", "everywhere");
  if (filters.when) params.set("when", filters.when);
  if (filters.when === "BETWEEN" && filters.from) params.set("from", filters.from);
  if (filters.when === "BETWEEN" && filters.to) params.set("to", filters.to);
  if (filters.sort) params.set("sort", filters.sort);
  return params;
}

/** Whether text holds something to search for (the API refuses words without a letter or digit). */
const searchable = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** The start of a day, or the end of it, in the browser's time zone. */
const dayBound = (day: string, end: boolean) => new Date(`${day}T${end ? "23:59:59.999" : "00:00:00"}`).toISOString();

function dateRange(filters: DiscoveryFilters): DateRangeInput | null {
  if (filters.when === "") return null;
  if (filters.when !== "BETWEEN") return { preset: filters.when };
  const range = {
    ...(filters.from ? { from: dayBound(filters.from, false) } : {}),
    ...(filters.to ? { to: dayBound(filters.to, true) } : {}),
  };
  // Two days given the wrong way round are read as the same range the right way round.
  if (range.from && range.to && range.to < range.from) {
    return { from: dayBound(filters.to, false), to: dayBound(filters.from, true) };
  }
  return Object.keys(range).length > 0 ? range : null;
}

/** The API's filter: empty parts left out, as it refuses empty lists. */
export function searchFilter(filters: DiscoveryFilters, area: AreaInput | null): SearchFilter {
  const text = filters.text.trim();
  const dates = dateRange(filters);
  return {
    ...(searchable(text) ? { text } : {}),
    ...(filters.kinds.length > 0 ? { kinds: filters.kinds } : {}),
    ...(filters.organizationTypes.length > 0 ? { organizationTypes: filters.organizationTypes } : {}),
    ...(filters.eventTypes.length > 0 ? { eventTypes: filters.eventTypes } : {}),
    ...(filters.projectStages.length > 0 ? { projectStages: filters.projectStages } : {}),
    ...(filters.tags.length > 0 ? { tags: filters.tags, allTags: filters.allTags } : {}),
    ...(area ? { area } : {}),
    ...(dates ? { dates } : {}),
  };
}

/** The sorts a filter allows: relevance needs words, distance a place. */
export function sortsFor(filter: SearchFilter): SearchSort[] {
  return SORTS.filter((sort) => (sort !== "RELEVANCE" || filter.text) && (sort !== "DISTANCE" || filter.area?.near));
}

/** The sort asked for when the filter allows it, else the most useful one it allows. */
export function sortFor(filters: DiscoveryFilters, filter: SearchFilter): SearchSort {
  const allowed = sortsFor(filter);
  if (filters.sort && allowed.includes(filters.sort)) return filters.sort;
  if (filter.text) return "RELEVANCE";
  if (filter.dates) return "DATE";
  return filter.area?.near ? "DISTANCE" : "NAME";
}
