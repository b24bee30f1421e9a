import { parse } from "csv-parse/sync";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

/** GET /open-data/elements.csv, read back with csv-parse (an RFC 4180 parser that is not ours). */

const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id slug } }`;
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id slug } }`;

let server: TestServer;
let alice: PersonFixture;
/** A tag only this file's elements carry, to read them apart from other files' elements. */
const tag = uniqueName("csv");

beforeAll(async () => {
  server = await startTestServer({ ownDatabase: true });
  alice = await createPerson(server);
});

afterAll(async () => {
  await server?.stop();
});

async function csvOf(query = "", conditions: Record<string, string> = {}) {
  // fetch adds "Cache-Control: no-cache" to conditional requests unless told otherwise, and a
  // server must not answer 304 to that: revalidate as a browser does (max-age=0).
  const headers = Object.keys(conditions).length ? { ...conditions, "Cache-Control": "max-age=0" } : {};
  const response = await fetch(`${server.url}/open-data/elements.csv${query}`, { headers });
  return { response, text: response.status === 200 ? await response.text() : "" };
}

function rowsOf(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: false, strict: true } as never);
}

describe("the elements CSV", () => {
  it("gives one row per public element with the API's values, quoted as RFC 4180 asks", async () => {
    const organization = await createOrganization(alice, {
      name: `Atelier "vélo", ${tag}`,
      type: "COOPERATIVE",
      shortDescription: "Réparer, prêter; apprendre",
      description: 'Ligne 1\nLigne 2, avec « guillemets » et "quotes"',
      tags: [tag, "vélo"],
      website: "https://velo.example.org",
      email: "contact@velo.example.org",
      address: { street: "3 rue des Roses", postalCode: "93100", city: "Montreuil" },
      location: { latitude: 48.8638, longitude: 2.4485 },
      extraLinks: [{ kind: "CHAT", url: "https://chat.example.org/velo", label: "Salon" }],
    });
    const { createEvent: event } = await alice.agent.ok(CREATE_EVENT, {
      input: {
        name: `Bourse aux vélos ${tag}`,
        type: "MARKET",
        timeZone: "Europe/Paris",
        startsAt: "2037-05-02T08:00:00.000Z",
        endsAt: "2037-05-02T16:00:00.000Z",
        tags: [tag],
        recurrenceRule: "FREQ=YEARLY;COUNT=3",
      },
    });
    const { createProject: project } = await alice.agent.ok(CREATE_PROJECT, {
      input: { name: `Vélo-école ${tag}`, stage: "STARTED", startsOn: "2037-01-10", tags: [tag], licence: "CC-BY-4.0" },
    });

    const { response, text } = await csvOf(`?tags=${tag}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("link")).toBe(
      '<https://opendatacommons.org/licenses/odbl/1-0/>; rel="license"; title="ODbL-1.0"',
    );
    expect(text).toContain("\r\n");
    expect(text.replace(/\r\n/g, "")).not.toMatch(/(?<!Ligne 1)\n/);
    const rows = rowsOf(text);
    expect(rows.map((row) => row.name).sort()).toEqual(
      [`Atelier "vélo", ${tag}`, `Bourse aux vélos ${tag}`, `Vélo-école ${tag}`].sort(),
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(organization.id)).toMatchObject({
      kind: "organization",
      slug: organization.slug,
      url: `${server.config.publicUrl}/organizations/${organization.slug}`,
      type: "cooperative",
      stage: "",
      shortDescription: "Réparer, prêter; apprendre",
      description: 'Ligne 1\nLigne 2, avec « guillemets » et "quotes"',
      tags: `${tag}|vélo`,
      website: "https://velo.example.org",
      email: "contact@velo.example.org",
      street: "3 rue des Roses",
      postalCode: "93100",
      city: "Montreuil",
      country: "FR",
      inseeCode: "93048",
      latitude: "48.8638",
      longitude: "2.4485",
      extraLinks: JSON.stringify([{ kind: "CHAT", url: "https://chat.example.org/velo", label: "Salon" }]),
      socialLinks: "",
      startsAt: "",
      source: "",
    });
    expect(new Date(byId.get(organization.id)!.createdAt).getTime()).toBeGreaterThan(Date.now() - 600_000);
    expect(byId.get(event.id)).toMatchObject({
      kind: "event",
      type: "market",
      startsAt: "2037-05-02T08:00:00.000Z",
      endsAt: "2037-05-02T16:00:00.000Z",
      timeZone: "Europe/Paris",
      allDay: "false",
      recurrenceRule: "FREQ=YEARLY;COUNT=3",
    });
    expect(byId.get(project.id)).toMatchObject({
      kind: "project",
      stage: "started",
      startsOn: "2037-01-10",
      licence: "CC-BY-4.0",
      type: "",
    });
  });

  it("leaves out private elements and contact fields kept for members", async () => {
    const secret = uniqueName("secret");
    const hidden = await createOrganization(alice, { name: `Hidden ${secret}`, tags: [tag] });
    await setElementSettings(alice, hidden.id, { private: true });
    const discreet = await createOrganization(alice, {
      name: `Discreet ${tag}`,
      tags: [tag],
      email: `${secret}@example.org`,
      phone: "+33 6 12 34 56 78",
    });
    await setElementSettings(alice, discreet.id, { contactFields: "MEMBERS" });

    const whole = (await csvOf()).text;
    expect(whole).not.toContain(secret);
    expect(whole).not.toContain(hidden.id);
    expect(whole).not.toContain("+33 6 12 34 56 78");
    const row = rowsOf((await csvOf(`?tags=${tag}`)).text).find((candidate) => candidate.id === discreet.id);
    expect(row).toMatchObject({ email: "", phone: "" });
  });

  it("answers 304 to a client whose copy is current, and again 200 after a change", async () => {
    const first = await csvOf(`?tags=${tag}`);
    const etag = first.response.headers.get("etag")!;
    const lastModified = first.response.headers.get("last-modified")!;
    expect(etag).toMatch(/^"/);
    expect((await csvOf(`?tags=${tag}`, { "If-None-Match": etag })).response.status).toBe(304);
    expect((await csvOf(`?tags=${tag}`, { "If-Modified-Since": lastModified })).response.status).toBe(304);
    // Another filter is another answer.
    expect((await csvOf(`?tags=${tag}&kind=event`, { "If-None-Match": etag })).response.status).toBe(200);
    await createOrganization(alice, { tags: [tag] });
    expect((await csvOf(`?tags=${tag}`, { "If-None-Match": etag })).response.status).toBe(200);
  });

  it("refuses a filter it cannot read with 400 and the parameter", async () => {
    const response = await fetch(`${server.url}/open-data/elements.csv?kind=castle`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "BAD_REQUEST", parameter: "kind" } });
  });
});
