import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { InvalidInput } from "../../graphql/errors";
import type { MessageKey } from "../../graphql/messages";
import { ElementKind } from "../elements/element.entity.kind";
import { searchKey } from "../geography/search-key";
import { type DateMatch, whereDates } from "./search.dates";
import type { AreaInput, BoundingBoxInput, SearchFilter } from "./search.inputs";

const MAX_WORDS = 10;

/** What a search covers when no kinds are given (persons are never searched). */
export const SEARCHED_KINDS = [ElementKind.ORGANIZATION, ElementKind.PROJECT, ElementKind.EVENT];

/** A tag as `element.tag_keys` and `search_vector` hold it (SQL search_tags): trimmed, lower case, no accents. */
export function tagKey(tag: string): string {
  return tag.trim().normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of a text as `search_text` writes them ("Évén, lyo" → ["even", "lyo"]). */
function textWords(text: string): string[] {
  return searchKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

/** The words of a text as a prefix tsquery over `search_text` ("évén lyo" → "even:* & lyo:*"). */
export function textQuery(text: string): string | null {
  const words = textWords(text);
  return words.length ? words.map((word) => `${word}:*`).join(" & ") : null;
}

/**
 * Tags as a tsquery over the "#<tag>" lexemes of `element.search_vector` (migration SearchWords):
 * any of them, or all. A lexeme is quoted, its quotes and backslashes escaped.
 */
export function tagsQuery(keys: string[], all: boolean): string {
  return keys.map((key) => `'#${key.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`).join(all ? " & " : " | ");
}

function refuse(field: string, key: MessageKey): never {
  throw new InvalidInput([{ field, key }]);
}

export function checkBox(box: BoundingBoxInput, field: string) {
  if (box.north < box.south) refuse(`${field}.north`, "search.boxSouth");
  if (box.east < box.west) refuse(`${field}.east`, "search.boxWest");
}

/** The shortest word of a text that lets its index find the matches (see `wordsFirst`). */
const SELECTIVE_WORD = 3;

/**
 * Whether the filter's words (text and tags) should find the candidates of a radius search, the
 * radius then being checked on those rows alone. The GIN lookups of a word or a tag give a few
 * hundred or thousand rows; the GiST index on `geo` gives every element of the radius (18,564
 * within 25 km of Paris at 100,000 elements), and reading those entries into a bitmap cost more
 * than everything else in the statement. PostgreSQL estimates the box's share at 0.1 % of the
 * table whatever its size, so left to itself it always adds that scan. A word shorter than
 * SELECTIVE_WORD letters is a prefix of too much (its lookup reads most of the index): then the
 * radius finds the candidates, as without words.
 */
function wordsFirst(filter: SearchFilter): boolean {
  if (filter.tags?.length) return true;
  if (filter.text === undefined) return false;
  const words = textWords(filter.text);
  return words.length > 0 && words.every((word) => word.length >= SELECTIVE_WORD);
}

/**
 * The SQL of exactly one area, over `alias`. `byIndex` false leaves a radius to be checked on
 * the rows other conditions found, rather than looked up in its index.
 */
export function whereArea<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  area: AreaInput,
  field: string,
  byIndex = true,
): SelectQueryBuilder<T> {
  const given = [area.near, area.box, area.inseeCode, area.postalCode].filter((value) => value !== undefined);
  if (given.length !== 1) refuse(field, "search.oneArea");
  if (area.near) {
    const { latitude, longitude, radiusKm } = area.near;
    // `geo` is the stored point (migration DiscoveryIndexes): the box finds candidates in its
    // index. Within `radius` along the surface is within the chord 2R·sin(radius / 2R) in a
    // straight line (earthdistance's sphere, radius earth()): comparing `<->` to that constant
    // costs a fourth of calling earth_distance on every candidate. The box only serves the
    // index (it holds the whole circle), so without it the matches are the same.
    if (byIndex) query.andWhere(`earth_box(geo_point(:nearLatitude, :nearLongitude), :nearMetres) @> ${alias}.geo`);
    return query.andWhere(
      `${alias}.geo <-> geo_point(:nearLatitude, :nearLongitude) <= 2 * earth() * sin(:nearMetres / (2 * earth()))`,
      { nearLatitude: latitude, nearLongitude: longitude, nearMetres: radiusKm * 1000 },
    );
  }
  if (area.box) {
    checkBox(area.box, `${field}.box`);
    return query.andWhere(
      `${alias}.latitude BETWEEN :boxSouth AND :boxNorth AND ${alias}.longitude BETWEEN :boxWest AND :boxEast`,
      { boxSouth: area.box.south, boxNorth: area.box.north, boxWest: area.box.west, boxEast: area.box.east },
    );
  }
  if (area.inseeCode) return query.andWhere(`${alias}.insee_code = :areaInsee`, { areaInsee: area.inseeCode });
  return query.andWhere(`${alias}.postal_code = :areaPostal`, {
    areaPostal: area.postalCode!.replace(/\s+/g, "").toUpperCase(),
  });
}

/**
 * Applies every filter to a query on `element` (visibility is applied by the caller); the
 * date filter, which needs recurring events expanded first, comes resolved as `dates`.
 */
export function whereFilter<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  filter: SearchFilter | undefined,
  dates: DateMatch | undefined,
): SelectQueryBuilder<T> {
  const kinds = filter?.kinds ?? SEARCHED_KINDS;
  if (kinds.includes(ElementKind.PERSON)) refuse("filter.kinds", "search.noPeople");
  query.andWhere("element.kind IN (:...searchKinds)", { searchKinds: kinds });
  // A changed occurrence is reached through its series.
  query.andWhere("element.recurrence_series_id IS NULL");
  if (!filter) return query;
  if (filter.organizationTypes) {
    query.andWhere("(element.kind <> 'organization' OR element.organization_type IN (:...organizationTypes))", {
      organizationTypes: filter.organizationTypes,
    });
  }
  if (filter.eventTypes) {
    query.andWhere("(element.kind <> 'event' OR element.event_type IN (:...eventTypes))", {
      eventTypes: filter.eventTypes,
    });
  }
  if (filter.projectStages) {
    query.andWhere("(element.kind <> 'project' OR element.project_stage IN (:...projectStages))", {
      projectStages: filter.projectStages,
    });
  }
  if (filter.tags) {
    const keys = [...new Set(filter.tags.map(tagKey).filter(Boolean))];
    if (!keys.length) refuse("filter.tags", "search.needsLetter");
    query.andWhere("element.search_vector @@ CAST(:tagsQuery AS tsquery)", {
      tagsQuery: tagsQuery(keys, !!filter.allTags),
    });
  } else if (filter.allTags !== undefined) {
    refuse("filter.allTags", "search.allTagsNeedsTags");
  }
  if (filter.text !== undefined) {
    const words = textWords(filter.text);
    if (!words.length) refuse("filter.text", "search.needsLetter");
    // Each word as the whole lexemes it begins (migration SearchWords), computed once (InitPlan)
    // and looked up in the GIN index: the same rows as its prefix, without reading every match.
    query.andWhere("element.search_vector @@ (SELECT search_words_query(CAST(:textWords AS text[])))", {
      textWords: words,
    });
  }
  if (filter.area) whereArea(query, "element", filter.area, "filter.area", !wordsFirst(filter));
  if (filter.dates && !dates) throw new Error("a date filter must be resolved first (SearchService.dateMatch)");
  if (dates) whereDates(query, dates);
  return query;
}
