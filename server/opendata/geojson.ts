import type { Router } from "express";
import { elementPages, type OpenDataElement, pageUrl, readOne } from "./elements";
import type { DataSourceName } from "./freshness";
import type { DataLicence } from "./licence";
import {
  type OneExport,
  type OpenDataDeps,
  answerNotFound,
  exportHandler,
  queryOf,
  startExport,
  streamList,
} from "./respond";

const TYPE = "application/geo+json; charset=utf-8";
const SOURCES: DataSourceName[] = ["elements", "people", "links"];

/**
 * An element as a GeoJSON Feature (RFC 7946): a Point at [longitude, latitude], or no
 * geometry when its place is unknown; what it is in its properties.
 */
export function elementFeature(element: OpenDataElement, publicUrl: string): Record<string, unknown> {
  const { location, address } = element;
  return {
    type: "Feature",
    id: element.id,
    geometry: location ? { type: "Point", coordinates: [location.longitude, location.latitude] } : null,
    properties: {
      kind: element.kind.toLowerCase(),
      type: (element.organizationType ?? element.eventType)?.toLowerCase() ?? null,
      stage: element.stage?.toLowerCase() ?? null,
      name: element.name,
      slug: element.slug,
      url: pageUrl(publicUrl, element),
      shortDescription: element.shortDescription,
      tags: element.tags,
      street: address?.street ?? null,
      postalCode: address?.postalCode ?? null,
      city: address?.city ?? null,
      inseeCode: address?.inseeCode ?? null,
      startsAt: element.startsAt ?? null,
      endsAt: element.endsAt ?? null,
      timeZone: element.timeZone ?? null,
      updatedAt: element.updatedAt,
    },
  };
}

/** The licence as a foreign member of the collection (RFC 7946 §6.1 allows them). */
function licenceMember(licence: DataLicence) {
  return { name: licence.name, url: licence.url };
}

export function geoJsonRoutes(router: Router, deps: OpenDataDeps): void {
  router.get(
    "/elements.geojson",
    exportHandler(async (req, res) => {
      const pages = elementPages(deps.read, queryOf(req));
      const licence = await startExport(deps, req, res, { type: TYPE, filename: "elements.geojson", sources: SOURCES });
      if (!licence) return;
      await streamList(res, pages, {
        opening: `{"type":"FeatureCollection","license":${JSON.stringify(licenceMember(licence))},"features":[\n`,
        // Only located elements: a map has nowhere to put the others.
        item: (element) => (element.location ? JSON.stringify(elementFeature(element, deps.publicUrl)) : null),
        separator: ",\n",
        closing: "\n]}\n",
      });
    }),
  );
}

/** /open-data/<path>/<slug>.geojson: one element as a Feature (people have no public place). */
export const geoJsonOfOne: OneExport = async (deps, req, res, path, slug) => {
  const found = path === "people" ? null : await readOne(deps.read, path, slug);
  if (!found || found.__typename === "Person") return answerNotFound(res);
  const licence = await startExport(deps, req, res, { type: TYPE, filename: `${slug}.geojson`, sources: SOURCES });
  if (!licence) return;
  res.send(JSON.stringify({ ...elementFeature(found, deps.publicUrl), license: licenceMember(licence) }));
};
