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

/** A tag as `element.tag_keys` holds it (the search_tags SQL function): trimmed, lower case, no accents. */
export function tagKey(tag: string): string {
  return tag.trim().normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of a text as a prefix tsquery over `search_text` ("évén lyo" → "even:* & lyo:*"). */
export function textQuery(text: string): string | null {
  const words = searchKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  return words.length ? words.map((word) => `${word}:*`).join(" & ") : null;
}

function refuse(field: string, key: MessageKey): never {
  throw new InvalidInput([{ field, key }]);
}

export function checkBox(box: BoundingBoxInput, field: string) {
  if (box.north < box.south) refuse(`${field}.north`, "search.boxSouth");
  if (box.east < box.west) refuse(`${field}.east`, "search.boxWest");
}

/** The SQL of exactly one area, over `alias`. */
export function whereArea<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  area: AreaInput,
  field: string,
): SelectQueryBuilder<T> {
  const given = [area.near, area.box, area.inseeCode, area.postalCode].filter((value) => value !== undefined);
  if (given.length !== 1) refuse(field, "search.oneArea");
  if (area.near) {
    const { latitude, longitude, radiusKm } = area.near;
    // `geo` is the stored point (migration DiscoveryIndexes): the box finds candidates in its
    // index. Within `radius` along the surface is within the chord 2R·sin(radius / 2R) in a
    // straight line (earthdistance's sphere, radius earth()): comparing `<->` to that constant
    // costs a fourth of calling earth_distance on every candidate.
    return query
      .andWhere(`earth_box(geo_point(:nearLatitude, :nearLongitude), :nearMetres) @> ${alias}.geo`)
      .andWhere(
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
    query.andWhere(`element.tag_keys ${filter.allTags ? "@>" : "&&"} CAST(:tagKeys AS text[])`, { tagKeys: keys });
  } else if (filter.allTags !== undefined) {
    refuse("filter.allTags", "search.allTagsNeedsTags");
  }
  if (filter.text !== undefined) {
    const tsquery = textQuery(filter.text);
    if (!tsquery) refuse("filter.text", "search.needsLetter");
    query.andWhere("element.search_vector @@ to_tsquery('simple', :textQuery)", { textQuery: tsquery });
  }
  if (filter.area) whereArea(query, "element", filter.area, "filter.area");
  if (filter.dates && !dates) throw new Error("a date filter must be resolved first (SearchService.dateMatch)");
  if (dates) whereDates(query, dates);
  return query;
}
