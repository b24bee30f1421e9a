import type { Router } from "express";
import type { ElementRef, OpenDataAddress, OpenDataElement, OpenDataPerson, PublicPerson } from "./elements";
import { elementPages, type PagePath, pageUrl, readOne } from "./elements";
import type { DataSourceName } from "./freshness";
import { type DataLicence, dataLicence } from "./licence";
import {
  type OneExport,
  type OpenDataDeps,
  answerNotFound,
  exportHandler,
  queryOf,
  startExport,
  streamList,
} from "./respond";

/**
 * schema.org terms, given in the document itself so that any JSON-LD processor expands it
 * without fetching a context (the schema.org vocabulary, with URLs as links).
 */
export const JSON_LD_CONTEXT = {
  "@vocab": "https://schema.org/",
  url: { "@type": "@id" },
  license: { "@type": "@id" },
  sameAs: { "@type": "@id" },
};

const TYPES = { Organization: "Organization", Project: "Project", Event: "Event", Person: "Person" } as const;

type Json = Record<string, unknown>;

/** Leaves out the fields without a value, so that the document says only what is known. */
function compact(object: Json): Json {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== null && value !== undefined && value !== ""),
  );
}

function postalAddress(address: OpenDataAddress | null): Json | undefined {
  if (!address || !(address.street || address.postalCode || address.city)) return undefined;
  return compact({
    "@type": "PostalAddress",
    streetAddress: address.street,
    postalCode: address.postalCode,
    addressLocality: address.city,
    addressCountry: address.country,
  });
}

function geo(location: OpenDataElement["location"]): Json | undefined {
  return location
    ? { "@type": "GeoCoordinates", latitude: location.latitude, longitude: location.longitude }
    : undefined;
}

/** An element named from another one: its type, name and page. */
function reference(ref: ElementRef, publicUrl: string): Json {
  const url = pageUrl(publicUrl, ref);
  return {
    "@type": TYPES[ref.__typename],
    "@id": url,
    name: ref.__typename === "Person" ? ref.displayName : ref.name,
    url,
  };
}

/** A person: their name, username and short presentation, never their contact or private fields. */
export function personJsonLd(person: OpenDataPerson & PublicPerson, publicUrl: string): Json {
  const url = pageUrl(publicUrl, person);
  return compact({
    "@type": "Person",
    "@id": url,
    name: person.displayName,
    alternateName: person.username,
    description: person.shortDescription,
    url,
  });
}

/** An organization, a project or an event as schema.org describes it. */
export function elementJsonLd(element: OpenDataElement, publicUrl: string): Json {
  const url = pageUrl(publicUrl, element);
  const address = postalAddress(element.address);
  const point = geo(element.location);
  const common = {
    "@type": TYPES[element.__typename],
    "@id": url,
    identifier: element.id,
    name: element.name,
    description: element.shortDescription,
    url,
    sameAs: element.website,
    keywords: element.tags.length ? element.tags.join(", ") : undefined,
    email: element.email,
    telephone: element.phone,
    dateCreated: element.createdAt,
    dateModified: element.updatedAt,
  };
  if (element.__typename === "Event") {
    const place = address || point ? compact({ "@type": "Place", address, geo: point }) : undefined;
    const online = element.onlineUrl ? { "@type": "VirtualLocation", url: element.onlineUrl } : undefined;
    const locations = [place, online].filter(Boolean);
    return compact({
      ...common,
      startDate: element.startsAt,
      endDate: element.endsAt,
      eventAttendanceMode: online
        ? place
          ? "https://schema.org/MixedEventAttendanceMode"
          : "https://schema.org/OnlineEventAttendanceMode"
        : "https://schema.org/OfflineEventAttendanceMode",
      location: locations.length > 1 ? locations : locations[0],
      organizer: element.organizers?.length
        ? element.organizers.map((organizer) => reference(organizer, publicUrl))
        : undefined,
    });
  }
  return compact({
    ...common,
    address,
    location: point ? { "@type": "Place", geo: point } : undefined,
    foundingDate: element.startsOn,
    dissolutionDate: element.endsOn,
    parentOrganization: element.carrier ? reference(element.carrier, publicUrl) : undefined,
  });
}

/** The dataset node every export document begins with: what it is and under which licence. */
function datasetNode(url: string, licence: DataLicence): Json {
  return { "@type": "Dataset", "@id": url, url, license: licence.url };
}

/** An element's JSON-LD document, as served and as put in its page's HTML. */
export function jsonLdDocument(node: Json, licence: DataLicence): Json {
  return { "@context": JSON_LD_CONTEXT, ...node, license: licence.url };
}

async function oneNode(deps: OpenDataDeps, path: PagePath, slug: string): Promise<Json | null> {
  const found = await readOne(deps.read, path, slug);
  if (!found) return null;
  return found.__typename === "Person" ? personJsonLd(found, deps.publicUrl) : elementJsonLd(found, deps.publicUrl);
}

/** The JSON-LD of a public element's page (null when there is none), for the HTML the server sends. */
export async function pageJsonLd(deps: OpenDataDeps, path: PagePath, slug: string): Promise<string | null> {
  const node = await oneNode(deps, path, slug);
  return node && JSON.stringify(jsonLdDocument(node, await dataLicence(deps.read)));
}

const TYPE = "application/ld+json; charset=utf-8";
const SOURCES: DataSourceName[] = ["elements", "people", "links"];

export function jsonLdRoutes(router: Router, deps: OpenDataDeps): void {
  router.get(
    "/elements.jsonld",
    exportHandler(async (req, res) => {
      const pages = elementPages(deps.read, queryOf(req));
      const licence = await startExport(deps, req, res, { type: TYPE, filename: "elements.jsonld", sources: SOURCES });
      if (!licence) return;
      const dataset = datasetNode(`${deps.publicUrl}/open-data/elements.jsonld`, licence);
      await streamList(res, pages, {
        opening: `{"@context":${JSON.stringify(JSON_LD_CONTEXT)},"@graph":[${JSON.stringify(dataset)}`,
        // After the dataset node, every element follows a comma.
        item: (element) => `,\n${JSON.stringify(elementJsonLd(element, deps.publicUrl))}`,
        separator: "",
        closing: "\n]}\n",
      });
    }),
  );
}

/** /open-data/<path>/<slug>.jsonld: one element, or a person's public fields. */
export const jsonLdOfOne: OneExport = async (deps, req, res, path, slug) => {
  const node = await oneNode(deps, path, slug);
  if (!node) return answerNotFound(res);
  const licence = await startExport(deps, req, res, { type: TYPE, filename: `${slug}.jsonld`, sources: SOURCES });
  if (!licence) return;
  res.send(JSON.stringify(jsonLdDocument(node, licence)));
};
