import { randomBytes } from "node:crypto";
import { check as checkGeoJson } from "@placemarkio/check-geojson";
import { XMLParser } from "fast-xml-parser";
import ICAL from "ical.js";
import jsonld from "jsonld";
import Parser from "rss-parser";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

/**
 * The open data exports, read back with parsers that are not ours: jsonld (expansion), ical.js,
 * @placemarkio/check-geojson, rss-parser and fast-xml-parser. Values planted where the public
 * may not see them (a private organization, hidden contact fields, a person's phone, private
 * and restricted posts) must appear in none of them.
 */

const LYON_ADDRESS = { street: "1 place des Terreaux", postalCode: "69001", city: "Lyon" };
const SECRETS = {
  privateOrganization: `Hidden collective ${randomBytes(4).toString("hex")}`,
  contactEmail: `contact-${randomBytes(4).toString("hex")}@example.org`,
  personPhone: "+33 6 12 34 56 78",
  privatePost: `private words ${randomBytes(4).toString("hex")}`,
  restrictedPost: `restricted words ${randomBytes(4).toString("hex")}`,
};

let server: TestServer;
let alice: PersonFixture;
let tag: string;
let org: { id: string; slug: string; name: string };
let project: { id: string; slug: string };
let series: { id: string; slug: string };
let publicPost: string;
let hiddenSlug: string;

const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id slug } }`;
const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id slug } }`;
const POST = `mutation($input: PostNewsInput!) { postNews(input: $input) { id audience } }`;

beforeAll(async () => {
  const aliceName = uniqueName("alice");
  // Alice also administers the instance (she changes its licence in the last test).
  server = await startTestServer({ ownDatabase: true, env: { INSTANCE_ADMINS: aliceName } });
  alice = await createPerson(server, { username: aliceName });
  tag = `odata${randomBytes(3).toString("hex")}`;
  await alice.agent.ok(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, {
    input: { phone: SECRETS.personPhone, shortDescription: "Gardener" },
  });
  org = await createOrganization(alice, {
    name: "Jardins </script><script>alert(1)</script> & co",
    shortDescription: "Shared gardens",
    address: LYON_ADDRESS,
    tags: [tag],
    email: SECRETS.contactEmail,
  });
  await setElementSettings(alice, org.id, { contactFields: "MEMBERS" });
  const hidden = await createOrganization(alice, {
    name: SECRETS.privateOrganization,
    address: LYON_ADDRESS,
    tags: [tag],
  });
  await setElementSettings(alice, hidden.id, { private: true });
  hiddenSlug = hidden.slug;
  ({ createProject: project } = await alice.agent.ok(CREATE_PROJECT, {
    input: {
      name: "Compost",
      address: LYON_ADDRESS,
      location: { latitude: 45.7676, longitude: 4.8344 },
      tags: [tag],
      carrierOrganizationId: org.id,
      stage: "STARTED",
    },
  }));
  // Wednesdays 19:00–21:00 in Paris from 2037-03-18, across the change to summer time.
  ({ createEvent: series } = await alice.agent.ok(CREATE_EVENT, {
    input: {
      name: "Garden night",
      type: "WORKSHOP",
      timeZone: "Europe/Paris",
      startsAt: "2037-03-18T18:00:00Z",
      endsAt: "2037-03-18T20:00:00Z",
      address: LYON_ADDRESS,
      tags: [tag],
      organizerIds: [org.id],
      recurrenceRule: "FREQ=WEEKLY;BYDAY=WE;UNTIL=20370415",
    },
  }));
  await alice.agent.ok(
    `mutation($eventId: ID!, $start: DateTimeISO!) { cancelOccurrence(input: { eventId: $eventId, originalStart: $start }) { id } }`,
    { eventId: series.id, start: "2037-03-25T18:00:00.000Z" },
  );
  await alice.agent.ok(`mutation($input: ChangeOccurrenceInput!) { changeOccurrence(input: $input) { id } }`, {
    input: { eventId: series.id, originalStart: "2037-04-01T17:00:00.000Z", startsAt: "2037-04-02T17:30:00.000Z" },
  });
  ({
    postNews: { id: publicPost },
  } = await alice.agent.ok(POST, {
    input: { wallId: org.id, text: `Harvest day #${tag}`, audience: "PUBLIC" },
  }));
  await alice.agent.ok(POST, {
    input: { wallId: org.id, text: `${SECRETS.privatePost} #${tag}`, audience: "PRIVATE" },
  });
  await alice.agent.ok(POST, {
    input: { wallId: org.id, text: `${SECRETS.restrictedPost} #${tag}`, audience: "RESTRICTED" },
  });
});

afterAll(async () => {
  await server?.stop();
});

async function get(path: string, headers: Record<string, string> = {}) {
  // fetch adds "Cache-Control: no-cache" to conditional requests unless told otherwise (a
  // browser revalidating sends max-age=0).
  const response = await fetch(`${server.url}${path}`, { headers: { "Cache-Control": "max-age=0", ...headers } });
  const text = await response.text();
  return { response, text };
}

/** An export answered 200 with its type, the licence's link, and none of the planted values. */
async function exported(path: string, type: RegExp): Promise<string> {
  const { response, text } = await get(path);
  expect({ path, status: response.status }).toEqual({ path, status: 200 });
  expect(response.headers.get("content-type")).toMatch(type);
  expect(response.headers.get("link")).toBe('<https://opendatacommons.org/licenses/odbl/1-0/>; rel="license"');
  expect(response.headers.get("etag")).toBeTruthy();
  expect(response.headers.get("last-modified")).toBeTruthy();
  for (const secret of [...Object.values(SECRETS), alice.email]) expect(text).not.toContain(secret);
  return text;
}

const SCHEMA = "https://schema.org/";
type Expanded = Record<string, unknown[]> & { "@id"?: string; "@type"?: string[] };

/** Expands with jsonld, which must need nothing from the network. */
async function expand(text: string): Promise<Expanded[]> {
  return (await jsonld.expand(JSON.parse(text), {
    documentLoader: (url: string) => Promise.reject(new Error(`no fetching here: ${url}`)),
  })) as Expanded[];
}

function value(node: Expanded, property: string): unknown {
  const first = node[SCHEMA + property]?.[0] as { "@value"?: unknown; "@id"?: string } | undefined;
  return first?.["@value"] ?? first?.["@id"] ?? first;
}

describe("JSON-LD", () => {
  it("lists the filtered elements as schema.org nodes that expand, with the licence", async () => {
    const text = await exported(`/open-data/elements.jsonld?tags=${tag}`, /^application\/ld\+json/);
    const nodes = await expand(text);
    const byType = (type: string) => nodes.filter((node) => node["@type"]?.includes(SCHEMA + type));
    const [dataset] = byType("Dataset");
    expect(value(dataset, "license")).toBe("https://opendatacommons.org/licenses/odbl/1-0/");
    const [organization] = byType("Organization");
    expect(organization["@id"]).toBe(`${server.config.publicUrl}/organizations/${org.slug}`);
    expect(value(organization, "name")).toBe(org.name);
    const address = organization[SCHEMA + "address"][0] as Expanded;
    expect(value(address, "postalCode")).toBe("69001");
    expect(value(address, "addressLocality")).toBe("Lyon");
    expect(byType("Project").map((node) => node["@id"])).toEqual([
      `${server.config.publicUrl}/projects/${project.slug}`,
    ]);
    const event = byType("Event").find((node) => node["@id"]?.endsWith(`/events/${series.slug}`))!;
    expect(value(event, "startDate")).toBe("2037-03-18T18:00:00.000Z");
    const place = event[SCHEMA + "location"][0] as Expanded;
    const geo = place[SCHEMA + "geo"][0] as Expanded;
    expect(value(geo, "latitude")).toBeCloseTo(45.76, 1);
    expect(value(geo, "longitude")).toBeCloseTo(4.83, 1);
    const organizer = event[SCHEMA + "organizer"][0] as Expanded;
    expect(organizer["@id"]).toBe(organization["@id"]);
  });

  it("gives one element, and a person's public fields only", async () => {
    const one = await expand(await exported(`/open-data/projects/${project.slug}.jsonld`, /^application\/ld\+json/));
    expect(one).toHaveLength(1);
    expect(value(one[0], "name")).toBe("Compost");
    expect((one[0][SCHEMA + "parentOrganization"][0] as Expanded)["@id"]).toMatch(`/organizations/${org.slug}`);
    const person = await expand(await exported(`/open-data/people/${alice.username}.jsonld`, /^application\/ld\+json/));
    expect(Object.keys(person[0]).sort()).toEqual(
      ["@id", "@type", ...["alternateName", "description", "license", "name", "url"].map((key) => SCHEMA + key)].sort(),
    );
    for (const path of ["organizations/no-such-thing.jsonld", "events/bad%20name.jsonld", "things/x.jsonld"]) {
      expect((await get(`/open-data/${path}`)).response.status).toBe(404);
    }
  });

  it("is embedded in the element's page, escaped so that no text closes the script", async () => {
    const { response, text } = await get(`/organizations/${org.slug}`);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const scripts = [...text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0][1]).not.toMatch(/[<>]/);
    const [node] = await expand(scripts[0][1]);
    expect(value(node, "name")).toBe(org.name);
    // Pages of nothing public have none.
    expect((await get(`/organizations/no-such-thing`)).text).not.toContain("application/ld+json");
  });
});

describe("GeoJSON", () => {
  it("is a valid FeatureCollection of located elements, longitude first", async () => {
    const text = await exported(`/open-data/elements.geojson?tags=${tag}`, /^application\/geo\+json/);
    const collection = checkGeoJson(text) as unknown as {
      type: string;
      license: { url: string };
      features: {
        id: string;
        geometry: { type: string; coordinates: number[] };
        properties: Record<string, unknown>;
      }[];
    };
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.license.url).toBe("https://opendatacommons.org/licenses/odbl/1-0/");
    expect(collection.features.map((feature) => feature.properties.slug).sort()).toEqual(
      [org.slug, project.slug, series.slug].sort(),
    );
    for (const { geometry } of collection.features) {
      const [longitude, latitude] = geometry.coordinates;
      expect(geometry.type).toBe("Point");
      expect(longitude).toBeCloseTo(4.83, 1);
      expect(latitude).toBeCloseTo(45.76, 1);
    }
    const one = checkGeoJson(await exported(`/open-data/events/${series.slug}.geojson`, /geo\+json/)) as unknown as {
      type: string;
      properties: { startsAt: string };
    };
    expect(one).toMatchObject({ type: "Feature", properties: { startsAt: "2037-03-18T18:00:00.000Z" } });
    // Filters narrow the list; a box elsewhere has nothing.
    const empty = JSON.parse(await exported(`/open-data/elements.geojson?tags=${tag}&bbox=2.2,48.8,2.4,48.9`, /geo/));
    expect(empty.features).toEqual([]);
    const projects = JSON.parse(await exported(`/open-data/elements.geojson?tags=${tag}&kind=project`, /geo/));
    expect(projects.features.map((feature: { id: string }) => feature.id)).toEqual([project.id]);
  });
});

function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent)) };
}

describe("iCalendar", () => {
  it("gives the filtered events with their rules, cancelled and changed dates, in their zone", async () => {
    const text = await exported(`/open-data/events.ics?tags=${tag}`, /^text\/calendar/);
    const { calendar, events } = readCalendar(text);
    expect(calendar.getFirstPropertyValue("x-license")).toBe("https://opendatacommons.org/licenses/odbl/1-0/");
    const main = events.find((event) => !event.isRecurrenceException())!;
    const changed = events.find((event) => event.isRecurrenceException())!;
    expect(events).toHaveLength(2);
    expect(main.summary).toBe("Garden night");
    expect(main.startDate.zone.tzid).toBe("Europe/Paris");
    main.relateException(changed);
    const starts: string[] = [];
    const iterator = main.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      starts.push(main.getOccurrenceDetails(next).startDate.toJSDate().toISOString());
    }
    expect(starts).toEqual([
      "2037-03-18T18:00:00.000Z",
      "2037-04-02T17:30:00.000Z",
      "2037-04-08T17:00:00.000Z",
      "2037-04-15T17:00:00.000Z",
    ]);
    const one = readCalendar(await exported(`/open-data/events/${series.slug}.ics`, /^text\/calendar/));
    expect(one.events.map((event) => event.uid)).toEqual([main.uid, main.uid]);
    expect((await get(`/open-data/organizations/${org.slug}.ics`)).response.status).toBe(404);
  });
});

describe("RSS and Atom", () => {
  it("give an area's public posts with a tag, and a wall's, without private or restricted ones", async () => {
    const rss = await new Parser().parseString(
      await exported(`/open-data/live.rss?town=69123&tags=${tag}`, /^application\/rss\+xml/),
    );
    expect(rss.items.map((item) => item.guid)).toEqual([`urn:uuid:${publicPost}`]);
    expect(rss.items[0].title).toBe(`Harvest day #${tag}`);
    expect(rss.copyright).toContain("https://opendatacommons.org/licenses/odbl/1-0/");

    const atom = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" }).parse(
      await exported(`/open-data/live.atom?wall=${org.slug}`, /^application\/atom\+xml/),
    ).feed;
    expect(atom.rights).toContain("https://opendatacommons.org/licenses/odbl/1-0/");
    expect(atom.entry.map((entry: { id: string }) => entry.id)).toContain(`urn:uuid:${publicPost}`);
    expect((await get(`/open-data/live.atom?wall=no-such-wall`)).response.status).toBe(404);
  });
});

describe("every export", () => {
  it("answers 304 to a conditional request while nothing changed", async () => {
    for (const path of [
      `/open-data/elements.jsonld?tags=${tag}`,
      `/open-data/elements.geojson?tags=${tag}`,
      `/open-data/events.ics?tags=${tag}`,
      `/open-data/events/${series.slug}.ics`,
      `/open-data/organizations/${org.slug}.jsonld`,
      `/open-data/live.rss?wall=${org.slug}`,
      `/sitemap.xml`,
    ]) {
      const { response } = await get(path);
      const etag = response.headers.get("etag")!;
      const lastModified = response.headers.get("last-modified")!;
      expect({ path, status: (await get(path, { "If-None-Match": etag })).response.status }).toEqual({
        path,
        status: 304,
      });
      const since = await get(path, { "If-Modified-Since": lastModified });
      expect({ path, status: since.response.status }).toEqual({ path, status: 304 });
    }
    // Another filter is another answer.
    const { response } = await get(`/open-data/elements.jsonld?tags=${tag}`);
    const other = await get(`/open-data/elements.jsonld?tags=${tag}&kind=event`, {
      "If-None-Match": response.headers.get("etag")!,
    });
    expect(other.response.status).toBe(200);
  });

  it("refuses bad filter values with 400 naming the parameter", async () => {
    for (const [query, parameter] of [
      ["bbox=1,2", "bbox"],
      ["near=north", "near"],
      ["type=castle", "type"],
      ["from=yesterday", "from"],
      ["near=45,4&town=69123", "town"],
    ]) {
      for (const file of ["elements.jsonld", "elements.geojson", "events.ics"]) {
        const { response, text } = await get(`/open-data/${file}?${query}`);
        expect({ file, query, status: response.status }).toEqual({ file, query, status: 400 });
        const { error } = JSON.parse(text);
        expect(error.parameter).toBe(parameter);
        expect(error.message).toContain(parameter);
      }
    }
    // events.ics is events alone; elsewhere a person is no kind of the lists.
    expect(JSON.parse((await get(`/open-data/elements.geojson?kind=person`)).text).error.parameter).toBe("kind");
    const feed = await get(`/open-data/live.rss`);
    expect(feed.response.status).toBe(400);
    expect(JSON.parse(feed.text).error.message).toContain("wall");
  });
});

describe("robots.txt and the sitemap", () => {
  it("list the public pages and none of the private ones", async () => {
    expect((await get("/robots.txt")).text).toContain(`Sitemap: ${server.config.publicUrl}/sitemap.xml`);
    const { response, text } = await get("/sitemap.xml");
    expect(response.status).toBe(200);
    const { urlset } = new XMLParser({ isArray: (name) => name === "url" }).parse(text);
    const urls = urlset.url.map((url: { loc: string }) => url.loc);
    expect(urls).toEqual(
      expect.arrayContaining([
        `${server.config.publicUrl}/organizations/${org.slug}`,
        `${server.config.publicUrl}/events/${series.slug}`,
        `${server.config.publicUrl}/people/${alice.username}`,
      ]),
    );
    expect(text).not.toContain(hiddenSlug);
  });
});

describe("a sitemap past its page size", () => {
  let paged: TestServer;
  beforeAll(async () => {
    // On the same database as the other server, which planted the pages.
    paged = await startTestServer({ sitemapPageSize: 5, env: { DATABASE_URL: server.config.databaseUrl! } });
  });
  afterAll(async () => {
    await paged?.stop();
  });

  it("is an index of sitemap pages that together list every public page", async () => {
    const parser = new XMLParser({ isArray: (name) => name === "url" || name === "sitemap" });
    const index = await fetch(`${paged.url}/sitemap.xml`);
    const { sitemapindex } = parser.parse(await index.text());
    const parts: string[] = sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts[0]).toBe(`${paged.config.publicUrl}/sitemap-1.xml`);
    const urls: string[] = [];
    for (const part of parts) {
      const response = await fetch(part.replace(paged.config.publicUrl, paged.url));
      const { urlset } = parser.parse(await response.text());
      expect(urlset.url.length).toBeLessThanOrEqual(5);
      urls.push(...urlset.url.map((url: { loc: string }) => url.loc));
    }
    expect(urls[0]).toBe(paged.config.publicUrl);
    expect(urls).toContain(`${paged.config.publicUrl}/organizations/${org.slug}`);
    expect(urls).not.toContain(`${paged.config.publicUrl}/organizations/${hiddenSlug}`);
    const after = await fetch(`${paged.url}/sitemap-${parts.length + 1}.xml`);
    expect(after.status).toBe(404);
  });
});

describe("a change of the instance's licence", () => {
  it("makes every export current again: a copy with the old licence is not answered 304", async () => {
    const path = `/open-data/elements.jsonld?tags=${tag}`;
    const { response } = await get(path);
    expect(response.headers.get("link")).toContain("odbl");
    const SET_LICENCE = `mutation($input: UpdateInstanceInput!) { updateInstance(input: $input) { licence { id } } }`;
    await alice.agent.ok(SET_LICENCE, { input: { licence: "ETALAB_2_0" } });
    try {
      const again = await get(path, { "If-None-Match": response.headers.get("etag")! });
      expect(again.response.status).toBe(200);
      expect(again.response.headers.get("link")).toContain("etalab");
    } finally {
      await alice.agent.ok(SET_LICENCE, { input: { licence: "ODBL_1_0" } });
    }
  });
});
