import type { SearchFilter } from "./graphql/generated/graphql";

/** The list exports (server/opendata, listed in the README), by the names the open data page gives them. */
export const LIST_EXPORTS = [
  { format: "jsonld", path: "/open-data/elements.jsonld" },
  { format: "geojson", path: "/open-data/elements.geojson" },
  { format: "ics", path: "/open-data/events.ics" },
] as const;

export type ExportFormat = (typeof LIST_EXPORTS)[number]["format"];

const DAY_MS = 24 * 3600 * 1000;

/** The start of today in the browser's time zone, as the API's date presets read it. */
function today(): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

/** The dates of a filter as `from` and `to` (presets become the days they stand for). */
function dateParams(dates: SearchFilter["dates"], params: URLSearchParams) {
  if (!dates) return;
  let { from, to } = dates;
  if (dates.preset === "UPCOMING") from = new Date().toISOString();
  if (dates.preset === "TODAY") {
    from = today().toISOString();
    to = new Date(today().getTime() + DAY_MS).toISOString();
  }
  if (dates.preset === "THIS_WEEK") {
    from = new Date().toISOString();
    to = new Date(today().getTime() + 7 * DAY_MS).toISOString();
  }
  if (from) params.set("from", String(from));
  if (to) params.set("to", String(to));
}

/** The query parameters of the list exports for the API's search filter (the same filters, in URL form). */
export function exportParams(filter: SearchFilter): URLSearchParams {
  const params = new URLSearchParams();
  const join = (values: readonly string[]) => values.map((value) => value.toLowerCase()).join(",");
  if (filter.kinds?.length) params.set("kind", join(filter.kinds));
  const types = [...(filter.organizationTypes ?? []), ...(filter.eventTypes ?? [])];
  if (types.length) params.set("type", join(types));
  if (filter.projectStages?.length) params.set("stage", join(filter.projectStages));
  if (filter.tags?.length) params.set("tags", filter.tags.join(","));
  if (filter.tags?.length && filter.allTags) params.set("allTags", "true");
  if (filter.text) params.set("text", filter.text);
  const area = filter.area;
  if (area?.near) {
    params.set("near", `${area.near.latitude},${area.near.longitude}`);
    params.set("radiusKm", String(area.near.radiusKm));
  } else if (area?.box) {
    params.set("bbox", [area.box.west, area.box.south, area.box.east, area.box.north].join(","));
  } else if (area?.inseeCode) params.set("town", area.inseeCode);
  else if (area?.postalCode) params.set("postalCode", area.postalCode);
  dateParams(filter.dates, params);
  return params;
}

/** An export's address with the filters' parameters. */
export function exportUrl(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
