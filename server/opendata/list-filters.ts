import { EventType } from "../modules/events/event.entity";
import { OrganizationType } from "../modules/organizations/organization.entity";
import { ProjectStage } from "../modules/projects/project.entity";
import { OpenDataRequestError } from "./request-error";

/**
 * The query parameters every list export takes, as the discovery `search` query's `SearchFilter`
 * (whose input class validates values and bounds, as for any GraphQL client). Lists are
 * comma-separated; names are case-insensitive.
 */
export const LIST_PARAMETERS = {
  kind: "organization, project or event (several: comma-separated)",
  type: "organization or event types, such as ngo, cooperative or concert (comma-separated)",
  stage: "project stages, such as idea or started (comma-separated)",
  tags: "tags, any of them (comma-separated); with allTags=true every one",
  text: "words to find",
  near: "LAT,LON: around a point, with radiusKm (10 by default)",
  bbox: "W,S,E,N: inside a box, in degrees",
  town: "a French commune by INSEE code (69123 for Lyon)",
  postalCode: "a postal code",
  from: "events not over by this date or time (ISO 8601)",
  to: "events starting before this date or time (ISO 8601)",
} as const;

export type ListParameter = keyof typeof LIST_PARAMETERS;

const DEFAULT_RADIUS_KM = 10;
const KINDS = ["organization", "project", "event"];

/** `SearchFilter` variables for the query parameters; throws OpenDataRequestError on a value it cannot read. */
export function searchFilterFromQuery(query: URLSearchParams): Record<string, unknown> | undefined {
  const filter: Record<string, unknown> = {};
  const kinds = listOf(query, "kind").map((kind) => enumValue("kind", kind, KINDS));
  if (kinds.length) filter.kinds = kinds.map((kind) => kind.toUpperCase());

  const organizationTypes: string[] = [];
  const eventTypes: string[] = [];
  for (const type of listOf(query, "type")) {
    const name = type.toUpperCase();
    if (name in OrganizationType) organizationTypes.push(name);
    else if (name in EventType) eventTypes.push(name);
    else throw unknownValue("type", type, [...Object.values(OrganizationType), ...Object.values(EventType)]);
  }
  if (organizationTypes.length) filter.organizationTypes = organizationTypes;
  if (eventTypes.length) filter.eventTypes = eventTypes;
  const stages = listOf(query, "stage").map((stage) => enumValue("stage", stage, Object.values(ProjectStage)));
  if (stages.length) filter.projectStages = stages.map((stage) => stage.toUpperCase());

  const tags = listOf(query, "tags");
  if (tags.length) filter.tags = tags;
  if (query.get("allTags") === "true") filter.allTags = true;
  const text = query.get("text")?.trim();
  if (text) filter.text = text;

  const area = areaFrom(query);
  if (area) filter.area = area;
  const from = dateOf(query, "from");
  const to = dateOf(query, "to");
  if (from || to) filter.dates = { from, to };
  return Object.keys(filter).length ? filter : undefined;
}

function areaFrom(query: URLSearchParams): Record<string, unknown> | undefined {
  const given = (["near", "bbox", "town", "postalCode"] as const).filter((name) => query.has(name));
  if (given.length > 1) {
    throw new OpenDataRequestError(
      given[1],
      `Give only one of near, bbox, town and postalCode (got ${given.join(", ")}).`,
    );
  }
  if (query.has("near")) {
    const [latitude, longitude] = numbers(query, "near", 2, "LAT,LON");
    const radiusKm = query.has("radiusKm")
      ? numbers(query, "radiusKm", 1, "a number of kilometres")[0]
      : DEFAULT_RADIUS_KM;
    return { near: { latitude, longitude, radiusKm } };
  }
  if (query.has("bbox")) {
    const [west, south, east, north] = numbers(query, "bbox", 4, "W,S,E,N");
    return { box: { west, south, east, north } };
  }
  if (query.has("town")) return { inseeCode: query.get("town")!.trim().toUpperCase() };
  if (query.has("postalCode")) return { postalCode: query.get("postalCode")!.trim() };
  return undefined;
}

function listOf(query: URLSearchParams, name: ListParameter): string[] {
  return query
    .getAll(name)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);
}

function enumValue(parameter: ListParameter, value: string, allowed: string[]): string {
  const found = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  if (!found) throw unknownValue(parameter, value, allowed);
  return found;
}

function unknownValue(parameter: ListParameter, value: string, allowed: string[]): OpenDataRequestError {
  const choices = allowed.map((choice) => choice.toLowerCase()).join(", ");
  return new OpenDataRequestError(parameter, `${parameter}: "${value}" is not one of ${choices}.`);
}

function numbers(query: URLSearchParams, parameter: string, count: number, shape: string): number[] {
  const parts = query
    .get(parameter)!
    .split(",")
    .map((part) => part.trim());
  const values = parts.map(Number);
  if (parts.length !== count || parts.some((part) => part === "") || values.some((value) => !Number.isFinite(value))) {
    throw new OpenDataRequestError(parameter, `${parameter} must be ${shape} (decimal degrees with a dot).`);
  }
  return values;
}

function dateOf(query: URLSearchParams, parameter: "from" | "to"): string | undefined {
  const value = query.get(parameter)?.trim();
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new OpenDataRequestError(
      parameter,
      `${parameter} must be a date (2026-12-31) or a date and time (ISO 8601).`,
    );
  }
  return date.toISOString();
}
