import { Agent, codeOf, type GraphQLResponse } from "../support/client";
import { createPerson, type PersonFixture } from "../support/factories";
import { QUIET_JOBS_MS, startTestServer, type TestServer } from "../support/server";
import { statementsDuring } from "../support/statements";

let server: TestServer;
let admin: PersonFixture;
let stranger: PersonFixture;
const anonymous = () => new Agent(server.url);

const ORGANIZERS = `organizers { __typename ... on Organization { id } ... on Project { id } ... on Person { id } }`;
const FIELDS = `id slug name kind type startsAt endsAt timeZone allDay onlineUrl address { street postalCode city country inseeCode } location { latitude longitude } attendeeLimit
  recurrenceRule recurrenceExceptions recurrenceOriginalStart ${ORGANIZERS}
  parentEvent { id } viewer { inCommunity isAdmin canEdit } creator { id }`;
const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { ${FIELDS} } }`;
const BY_ID = `query($id: ID!) { event(id: $id) { ${FIELDS} } }`;
const BY_SLUG = `query($slug: String!) { event(slug: $slug) { ${FIELDS} } }`;
const SETTINGS = `mutation($input: UpdateElementSettingsInput!) { updateElementSettings(input: $input) { id } }`;
const SET_ORGANIZERS = `mutation($input: SetEventOrganizersInput!) { setEventOrganizers(input: $input) { id ${ORGANIZERS} } }`;
const OCCURRENCES = `query($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $first: Int) { event(id: $id) {
  occurrences(from: $from, to: $to, first: $first) { originalStart startsAt endsAt changedEvent { id slug name } } } }`;
const CANCEL = `mutation($eventId: ID!, $start: DateTimeISO!) {
  cancelOccurrence(input: { eventId: $eventId, originalStart: $start }) { id recurrenceExceptions } }`;
const RESTORE = `mutation($eventId: ID!, $start: DateTimeISO!) {
  restoreOccurrence(input: { eventId: $eventId, originalStart: $start }) { id recurrenceExceptions } }`;
const CHANGE = `mutation($input: ChangeOccurrenceInput!) { changeOccurrence(input: $input) {
  ${FIELDS} recurrenceSeries { id } settings { private } } }`;
const LIST = `query($after: String, $from: DateTimeISO, $to: DateTimeISO, $first: Int) {
  events(first: $first, after: $after, from: $from, to: $to) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }`;

const PARIS = "Europe/Paris";

async function createEvent(by: PersonFixture, input: Record<string, unknown> = {}) {
  const { createEvent } = await by.agent.ok(CREATE, {
    input: {
      name: "Concert au jardin",
      type: "CONCERT",
      startsAt: "2030-06-21T18:00:00Z",
      endsAt: "2030-06-21T21:00:00Z",
      timeZone: PARIS,
      ...input,
    },
  });
  return createEvent;
}

async function createElement(by: PersonFixture, kind: "Organization" | "Project", name: string) {
  const input = kind === "Organization" ? { name, type: "NGO" } : { name };
  const data = await by.agent.ok(`mutation($input: Create${kind}Input!) { create${kind}(input: $input) { id slug } }`, {
    input,
  });
  return data[`create${kind}`] as { id: string; slug: string };
}

const fieldsOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.fields?.map((f) => f.field);
const countEvents = async () =>
  (
    await server.database.dataSource.query(
      `SELECT count(*)::int AS n FROM element WHERE kind = 'event' AND creator_id IN ($1, $2)`,
      [admin.id, stranger.id],
    )
  )[0].n;

/** Every id of a connection, page after page. */
async function allIds(agent: Agent, query: string, pick: (data: any) => any, variables = {}) {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const connection = pick(await agent.ok(query, { ...variables, after }));
    ids.push(...connection.nodes.map((n: { id: string }) => n.id));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

async function occurrences(agent: Agent, id: string, from: string, to: string, first?: number) {
  return (await agent.ok(OCCURRENCES, { id, from, to, first })).event.occurrences as {
    originalStart: string;
    startsAt: string;
    endsAt: string | null;
    changedEvent: { id: string; slug: string; name: string } | null;
  }[];
}

beforeAll(async () => {
  // Statements are counted: no job queue poll may fall in between, and every request reads its session
  // (none is remembered from one request to the next), so that two requests make the same count.
  server = await startTestServer({ jobPollMs: QUIET_JOBS_MS, sessionCacheMs: 0 });
  [admin, stranger] = await Promise.all([createPerson(server), createPerson(server)]);
});
afterAll(() => server.stop());

describe("events", () => {
  it("are created by any logged-in person, who becomes administrator and organizer", async () => {
    const event = await createEvent(admin, {
      address: { street: "Place du marché", city: "Lyon" },
      onlineUrl: "https://stream.example/concert",
      attendeeLimit: 150,
    });
    expect(event).toMatchObject({
      kind: "EVENT",
      type: "CONCERT",
      startsAt: "2030-06-21T18:00:00.000Z",
      endsAt: "2030-06-21T21:00:00.000Z",
      timeZone: PARIS,
      allDay: false,
      address: { street: "Place du marché", postalCode: null, city: "Lyon", country: "FR", inseeCode: "69123" },
      location: { latitude: 45.74846, longitude: 4.84671 },
      onlineUrl: "https://stream.example/concert",
      attendeeLimit: 150,
      recurrenceRule: null,
      recurrenceExceptions: [],
      organizers: [{ __typename: "Person", id: admin.id }],
      parentEvent: null,
      viewer: { inCommunity: true, isAdmin: true, canEdit: true },
      creator: { id: admin.id },
    });
    expect(event.slug).toMatch(/^concert-au-jardin(-[a-z0-9]{6})?$/);
    const { element } = await anonymous().ok(`query($slug: String!) { element(slug: $slug) { __typename id } }`, {
      slug: event.slug,
    });
    expect(element).toEqual({ __typename: "Event", id: event.id });
    expect((await anonymous().ok(BY_SLUG, { slug: event.slug })).event.id).toBe(event.id);
    expect((await anonymous().ok(BY_ID, { id: event.id })).event.organizers).toEqual([
      { __typename: "Person", id: admin.id },
    ]);
  });

  it("span whole days in their time zone when all-day", async () => {
    const event = await createEvent(admin, {
      allDay: true,
      timeZone: "America/New_York",
      startsAt: "2030-07-14T10:00:00Z",
      endsAt: "2030-07-15T12:00:00Z",
    });
    expect(event).toMatchObject({
      allDay: true,
      startsAt: "2030-07-14T04:00:00.000Z",
      endsAt: "2030-07-16T03:59:59.999Z",
    });
    const oneDay = await createEvent(admin, {
      allDay: true,
      timeZone: PARIS,
      startsAt: "2030-12-24T12:00:00Z",
      endsAt: null,
    });
    expect(oneDay).toMatchObject({ startsAt: "2030-12-23T23:00:00.000Z", endsAt: "2030-12-24T22:59:59.999Z" });
  });

  it("refuse anonymous creation and bad input, naming the field and writing nothing", async () => {
    expect(
      codeOf(
        await anonymous().gql(CREATE, {
          input: { name: "Nope", type: "OTHER", startsAt: "2030-01-01T00:00:00Z", timeZone: PARIS },
        }),
      ),
    ).toBe("UNAUTHENTICATED");
    const before = await countEvents();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: " " }, "name"],
      [{ timeZone: "Mars/Olympus" }, "timeZone"],
      [{ timeZone: "CEST+2" }, "timeZone"],
      [{ endsAt: "2030-06-21T17:59:59Z" }, "endsAt"],
      [{ startsAt: "2300-01-01T00:00:00Z", endsAt: null }, "startsAt"],
      [{ attendeeLimit: 0 }, "attendeeLimit"],
      [{ attendeeLimit: 100001 }, "attendeeLimit"],
      [{ onlineUrl: "javascript:alert(1)" }, "onlineUrl"],
      [{ organizerIds: [] }, "organizerIds"],
      [{ organizerIds: ["nope"] }, "organizerIds"],
      [{ parentEventId: "nope" }, "parentEventId"],
      [{ recurrenceRule: "FREQ=HOURLY" }, "recurrenceRule"],
    ];
    for (const [bad, field] of cases) {
      const result = await admin.agent.gql(CREATE, {
        input: { name: "Valid", type: "MEETING", startsAt: "2030-06-21T18:00:00Z", timeZone: PARIS, ...bad },
      });
      expect([bad, codeOf(result), fieldsOf(result)]).toEqual([bad, "BAD_USER_INPUT", expect.arrayContaining([field])]);
    }
    const party = await admin.agent.gql(CREATE, {
      input: { name: "Valid", type: "PARTY", startsAt: "2030-06-21T18:00:00Z", timeZone: PARIS },
    });
    expect(codeOf(party)).toBe("BAD_USER_INPUT");
    const noDate = await admin.agent.gql(CREATE, {
      input: { name: "Valid", type: "MEETING", startsAt: "tomorrow", timeZone: PARIS },
    });
    expect(codeOf(noDate)).toBe("BAD_USER_INPUT");
    expect(await countEvents()).toBe(before);

    const event = await createEvent(admin);
    for (const [bad, field] of [
      [{ endsAt: "2030-06-20T00:00:00Z" }, "endsAt"],
      [{ startsAt: null }, "startsAt"],
      [{ timeZone: "Europe/Lyon" }, "timeZone"],
      [{ recurrenceRule: "FREQ=WEEKLY;BYDAY=MO" }, "recurrenceRule"],
    ] as const) {
      const result = await admin.agent.gql(UPDATE, { input: { id: event.id, ...bad } });
      expect([codeOf(result), fieldsOf(result)]).toEqual(["BAD_USER_INPUT", [field]]);
    }
    expect((await anonymous().ok(BY_ID, { id: event.id })).event).toMatchObject({
      endsAt: event.endsAt,
      timeZone: PARIS,
      recurrenceRule: null,
    });
  });

  it("are organized by organizations and projects their administrators commit, listed on their pages", async () => {
    const org = await createElement(admin, "Organization", "Comité des fêtes");
    const project = await createElement(admin, "Project", "Fête de la musique");
    const event = await createEvent(admin, {
      organizerIds: [org.id, project.id, admin.id],
      startsAt: "2031-06-21T16:00:00Z",
      endsAt: "2031-06-21T23:00:00Z",
    });
    expect(event.organizers).toEqual([
      { __typename: "Organization", id: org.id },
      { __typename: "Project", id: project.id },
      { __typename: "Person", id: admin.id },
    ]);
    const ON_PAGE = `query($id: ID!) {
      organization(id: $id) { events(from: "2031-01-01T00:00:00Z") { totalCount nodes { id } } } }`;
    expect((await anonymous().ok(ON_PAGE, { id: org.id })).organization.events).toEqual({
      totalCount: 1,
      nodes: [{ id: event.id }],
    });
    const PROJECT_PAGE = `query($id: ID!) { project(id: $id) { events(from: "2031-01-01T00:00:00Z") { nodes { id } } } }`;
    expect((await anonymous().ok(PROJECT_PAGE, { id: project.id })).project.events.nodes).toEqual([{ id: event.id }]);

    const before = await countEvents();
    const base = { name: "Squat", type: "MEETING", startsAt: "2031-01-01T10:00:00Z", timeZone: PARIS };
    expect(codeOf(await stranger.agent.gql(CREATE, { input: { ...base, organizerIds: [org.id] } }))).toBe("FORBIDDEN");
    expect(codeOf(await stranger.agent.gql(CREATE, { input: { ...base, organizerIds: [admin.id] } }))).toBe(
      "FORBIDDEN",
    );
    const asEvent = await admin.agent.gql(CREATE, { input: { ...base, organizerIds: [event.id] } });
    expect([codeOf(asEvent), fieldsOf(asEvent)]).toEqual(["BAD_USER_INPUT", ["organizerIds"]]);
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(codeOf(await admin.agent.gql(CREATE, { input: { ...base, organizerIds: [unknown] } }))).toBe("NOT_FOUND");
    expect(await countEvents()).toBe(before);

    // Replacing organizers is for the event's administrators, adding only what they administer.
    const strangersOrg = await createElement(stranger, "Organization", "Voisins");
    const replace = (by: PersonFixture, organizerIds: string[]) =>
      by.agent.gql(SET_ORGANIZERS, { input: { eventId: event.id, organizerIds } });
    expect(codeOf(await replace(stranger, [strangersOrg.id]))).toBe("FORBIDDEN");
    expect(codeOf(await replace(admin, [org.id, strangersOrg.id]))).toBe("FORBIDDEN");
    expect(
      codeOf(await anonymous().gql(SET_ORGANIZERS, { input: { eventId: event.id, organizerIds: [org.id] } })),
    ).toBe("UNAUTHENTICATED");
    const { data } = await replace(admin, [project.id]);
    expect(data?.setEventOrganizers.organizers).toEqual([{ __typename: "Project", id: project.id }]);
    expect((await anonymous().ok(ON_PAGE, { id: org.id })).organization.events.totalCount).toBe(0);
  });

  it("hold sub-events within their time span, added by the parent's administrators", async () => {
    const festival = await createEvent(admin, {
      name: "Festival des Nuits",
      type: "FESTIVAL",
      startsAt: "2032-07-01T08:00:00Z",
      endsAt: "2032-07-03T22:00:00Z",
    });
    const concert = await createEvent(admin, {
      name: "Ouverture",
      parentEventId: festival.id,
      startsAt: "2032-07-01T19:00:00Z",
      endsAt: "2032-07-01T21:00:00Z",
    });
    expect(concert.parentEvent).toEqual({ id: festival.id });
    const closing = await createEvent(admin, {
      name: "Clôture",
      parentEventId: festival.id,
      startsAt: "2032-07-03T19:00:00Z",
      endsAt: "2032-07-03T22:00:00Z",
    });
    const SUB = `query($id: ID!) { event(id: $id) { subEvents(first: 1) {
      totalCount nodes { id parentEvent { id } } pageInfo { hasNextPage } } } }`;
    expect((await anonymous().ok(SUB, { id: festival.id })).event.subEvents).toEqual({
      totalCount: 2,
      nodes: [{ id: concert.id, parentEvent: { id: festival.id } }],
      pageInfo: { hasNextPage: true },
    });

    const before = await countEvents();
    const outside = { name: "Avant-première", parentEventId: festival.id };
    const early = await admin.agent.gql(CREATE, {
      input: { ...outside, type: "CONCERT", timeZone: PARIS, startsAt: "2032-06-30T19:00:00Z" },
    });
    expect([codeOf(early), fieldsOf(early)]).toEqual(["BAD_USER_INPUT", ["startsAt"]]);
    const late = await admin.agent.gql(CREATE, {
      input: {
        ...outside,
        type: "CONCERT",
        timeZone: PARIS,
        startsAt: "2032-07-03T21:00:00Z",
        endsAt: "2032-07-04T01:00:00Z",
      },
    });
    expect([codeOf(late), fieldsOf(late)]).toEqual(["BAD_USER_INPUT", ["endsAt"]]);
    const hijack = await stranger.agent.gql(CREATE, {
      input: {
        name: "Intrus",
        type: "CONCERT",
        timeZone: PARIS,
        startsAt: "2032-07-02T19:00:00Z",
        parentEventId: festival.id,
      },
    });
    expect(codeOf(hijack)).toBe("FORBIDDEN");
    expect(await countEvents()).toBe(before);

    // The parent cannot shrink away from its sub-events, nor become a sub-event of its own.
    const shrink = await admin.agent.gql(UPDATE, { input: { id: festival.id, endsAt: "2032-07-02T22:00:00Z" } });
    expect([codeOf(shrink), fieldsOf(shrink)]).toEqual(["BAD_USER_INPUT", ["endsAt"]]);
    const loop = await admin.agent.gql(UPDATE, { input: { id: festival.id, parentEventId: closing.id } });
    expect([codeOf(loop), fieldsOf(loop)]).toEqual(["BAD_USER_INPUT", ["parentEventId"]]);
    expect(codeOf(await stranger.agent.gql(UPDATE, { input: { id: concert.id, parentEventId: null } }))).toBe(
      "FORBIDDEN",
    );
    const moved = await admin.agent.ok(UPDATE, { input: { id: closing.id, parentEventId: null } });
    expect(moved.updateEvent.parentEvent).toBeNull();
  });

  it("are open to edition with a history that administrators can revert", async () => {
    const event = await createEvent(admin, { startsAt: "2033-05-01T08:00:00Z", endsAt: "2033-05-01T10:00:00Z" });
    const { updateEvent } = await stranger.agent.ok(UPDATE, {
      input: { id: event.id, startsAt: "2033-05-02T08:00:00Z", endsAt: "2033-05-02T12:00:00Z", type: "MARKET" },
    });
    expect(updateEvent).toMatchObject({ startsAt: "2033-05-02T08:00:00.000Z", type: "MARKET" });
    const HISTORY = `query($id: ID!) { event(id: $id) { history { nodes { id changes { field before after } } } } }`;
    const [revision] = (await anonymous().ok(HISTORY, { id: event.id })).event.history.nodes;
    expect(revision.changes).toEqual(
      expect.arrayContaining([
        { field: "startsAt", before: "2033-05-01T08:00:00.000Z", after: "2033-05-02T08:00:00.000Z" },
        // The history speaks the API: its field names and enum values.
        { field: "type", before: "CONCERT", after: "MARKET" },
      ]),
    );
    const REVERT = `mutation($id: ID!) { revertElementRevision(input: { revisionId: $id }) { ... on Event { startsAt endsAt type } } }`;
    expect(codeOf(await stranger.agent.gql(REVERT, { id: revision.id }))).toBe("FORBIDDEN");
    const { revertElementRevision } = await admin.agent.ok(REVERT, { id: revision.id });
    expect(revertElementRevision).toEqual({
      startsAt: "2033-05-01T08:00:00.000Z",
      endsAt: "2033-05-01T10:00:00.000Z",
      type: "CONCERT",
    });
    // The reverted times are those lists filter on.
    const ids = await allIds(anonymous(), LIST, (data) => data.events, {
      from: "2033-05-01T09:00:00Z",
      to: "2033-05-01T09:30:00Z",
    });
    expect(ids).toContain(event.id);

    await admin.agent.ok(SETTINGS, { input: { id: event.id, openEdition: false } });
    expect(codeOf(await stranger.agent.gql(UPDATE, { input: { id: event.id, name: "Taken" } }))).toBe("FORBIDDEN");
  });

  it("hide a private event from strangers in every query and list", async () => {
    const org = await createElement(admin, "Organization", "Association discrète");
    const festival = await createEvent(admin, {
      name: "Festival public",
      organizerIds: [org.id],
      startsAt: "2034-08-01T08:00:00Z",
      endsAt: "2034-08-05T22:00:00Z",
    });
    const secret = await createEvent(admin, {
      name: "Soirée privée",
      organizerIds: [org.id],
      parentEventId: festival.id,
      startsAt: "2034-08-02T19:00:00Z",
      endsAt: "2034-08-02T23:00:00Z",
    });
    await admin.agent.ok(SETTINGS, { input: { id: secret.id, private: true } });
    const range = { from: "2034-01-01T00:00:00Z", to: "2035-01-01T00:00:00Z" };
    const ORG_EVENTS = `query($id: ID!, $after: String) { organization(id: $id) {
      events(from: "2034-01-01T00:00:00Z", after: $after) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } } }`;
    const SUB = `query($id: ID!, $after: String) { event(id: $id) {
      subEvents(after: $after) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } } }`;

    for (const agent of [anonymous(), stranger.agent]) {
      expect((await agent.ok(BY_ID, { id: secret.id })).event).toBeNull();
      expect((await agent.ok(BY_SLUG, { slug: secret.slug })).event).toBeNull();
      expect(
        (await agent.ok(`query($slug: String!) { element(slug: $slug) { id } }`, { slug: secret.slug })).element,
      ).toBeNull();
      expect(await allIds(agent, LIST, (data) => data.events, range)).toEqual([festival.id]);
      expect(await allIds(agent, ORG_EVENTS, (data) => data.organization.events, { id: org.id })).toEqual([
        festival.id,
      ]);
      expect((await agent.ok(ORG_EVENTS, { id: org.id })).organization.events.totalCount).toBe(1);
      expect(await allIds(agent, SUB, (data) => data.event.subEvents, { id: festival.id })).toEqual([]);
      expect((await agent.ok(SUB, { id: festival.id })).event.subEvents.totalCount).toBe(0);
      expect(codeOf(await agent.gql(UPDATE, { input: { id: secret.id, name: "Found" } }))).toMatch(
        /NOT_FOUND|UNAUTHENTICATED/,
      );
    }
    expect(await allIds(admin.agent, SUB, (data) => data.event.subEvents, { id: festival.id })).toEqual([secret.id]);

    // A changed occurrence of a private series is private too.
    const rehearsal = await createEvent(admin, {
      name: "Répétition privée",
      startsAt: "2034-09-05T17:00:00Z",
      endsAt: "2034-09-05T19:00:00Z",
      recurrenceRule: "FREQ=WEEKLY;COUNT=3",
    });
    await admin.agent.ok(SETTINGS, { input: { id: rehearsal.id, private: true } });
    const { changeOccurrence: moved } = await admin.agent.ok(CHANGE, {
      input: { eventId: rehearsal.id, originalStart: "2034-09-12T17:00:00Z", startsAt: "2034-09-12T18:00:00Z" },
    });
    expect(moved.settings.private).toBe(true);
    for (const agent of [anonymous(), stranger.agent]) {
      expect((await agent.ok(BY_ID, { id: moved.id })).event).toBeNull();
      expect((await agent.ok(BY_ID, { id: rehearsal.id })).event).toBeNull();
    }

    // A private organizer or parent is left out for those who may not see it.
    await admin.agent.ok(SETTINGS, { input: { id: org.id, private: true } });
    await admin.agent.ok(SETTINGS, { input: { id: secret.id, private: false } });
    await admin.agent.ok(SETTINGS, { input: { id: festival.id, private: true } });
    const { event } = await stranger.agent.ok(BY_ID, { id: secret.id });
    expect(event).toMatchObject({ organizers: [], parentEvent: null });
    expect((await admin.agent.ok(BY_ID, { id: secret.id })).event).toMatchObject({
      organizers: [{ __typename: "Organization", id: org.id }],
      parentEvent: { id: festival.id },
    });
  });

  it("list soonest first with cursors, upcoming by default", async () => {
    const created: string[] = [];
    for (const day of [5, 3, 4, 1, 2]) {
      created.push(
        (await createEvent(admin, { name: `Paged ${day}`, startsAt: `2035-03-0${day}T10:00:00Z`, endsAt: null })).id,
      );
    }
    const soonest = [3, 4, 1, 2, 0].map((index) => created[index]);
    const range = { from: "2035-03-01T00:00:00Z", to: "2035-03-06T00:00:00Z", first: 2 };
    expect(await allIds(anonymous(), LIST, (data) => data.events, range)).toEqual(soonest);
    const firstPage = (await anonymous().ok(LIST, range)).events;
    expect(firstPage).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    expect(firstPage.nodes).toHaveLength(2);

    const past = await createEvent(admin, {
      name: "Passé",
      startsAt: "2020-01-01T10:00:00Z",
      endsAt: "2020-01-01T12:00:00Z",
    });
    const upcoming = await allIds(anonymous(), LIST, (data) => data.events, { first: 100 });
    expect(upcoming).toEqual(expect.arrayContaining(created));
    expect(upcoming).not.toContain(past.id);

    const backwards = await anonymous().gql(LIST, { from: "2035-03-06T00:00:00Z", to: "2035-03-01T00:00:00Z" });
    expect([codeOf(backwards), fieldsOf(backwards)]).toEqual(["BAD_USER_INPUT", ["to"]]);
    expect(codeOf(await anonymous().gql(LIST, { after: "garbage" }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await anonymous().gql(LIST, { first: 101 }))).toBe("BAD_USER_INPUT");
  });

  describe("recurring", () => {
    it("repeat weekly, with a cancelled and a changed occurrence", async () => {
      // Tuesdays at 19:00 in Paris (18:00 UTC in winter), five times.
      const series = await createEvent(admin, {
        name: "Atelier du mardi",
        type: "WORKSHOP",
        startsAt: "2036-01-08T18:00:00Z",
        endsAt: "2036-01-08T20:00:00Z",
        recurrenceRule: "RRULE:freq=weekly;byday=TU;count=5",
      });
      expect(series.recurrenceRule).toBe("FREQ=WEEKLY;BYDAY=TU;COUNT=5");
      const from = "2036-01-01T00:00:00Z";
      const to = "2036-03-01T00:00:00Z";
      const weeks = ["08", "15", "22", "29"]
        .map((day) => `2036-01-${day}T18:00:00.000Z`)
        .concat("2036-02-05T18:00:00.000Z");
      expect((await occurrences(anonymous(), series.id, from, to)).map((o) => o.startsAt)).toEqual(weeks);

      // Cancelling is an edit (open edition, in the history); it needs a real occurrence.
      const notOne = await stranger.agent.gql(CANCEL, { eventId: series.id, start: "2036-01-09T18:00:00Z" });
      expect([codeOf(notOne), fieldsOf(notOne)]).toEqual(["BAD_USER_INPUT", ["originalStart"]]);
      expect(codeOf(await anonymous().gql(CANCEL, { eventId: series.id, start: weeks[1] }))).toBe("UNAUTHENTICATED");
      const { cancelOccurrence } = await stranger.agent.ok(CANCEL, { eventId: series.id, start: weeks[1] });
      expect(cancelOccurrence.recurrenceExceptions).toEqual([weeks[1]]);

      // Changing one creates an event of its own: for the series' administrators.
      const change = {
        eventId: series.id,
        originalStart: weeks[2],
        startsAt: "2036-01-23T19:00:00Z",
        name: "Atelier exceptionnel",
      };
      expect(codeOf(await stranger.agent.gql(CHANGE, { input: change }))).toBe("FORBIDDEN");
      const cancelled = await admin.agent.gql(CHANGE, { input: { ...change, originalStart: weeks[1] } });
      expect([codeOf(cancelled), fieldsOf(cancelled)]).toEqual(["BAD_USER_INPUT", ["originalStart"]]);
      const { changeOccurrence: changed } = await admin.agent.ok(CHANGE, { input: change });
      expect(changed).toMatchObject({
        name: "Atelier exceptionnel",
        type: "WORKSHOP",
        startsAt: "2036-01-23T19:00:00.000Z",
        endsAt: "2036-01-23T21:00:00.000Z",
        recurrenceRule: null,
        recurrenceOriginalStart: weeks[2],
        recurrenceSeries: { id: series.id },
        organizers: [{ __typename: "Person", id: admin.id }],
        viewer: { isAdmin: true },
      });
      expect(codeOf(await admin.agent.gql(CHANGE, { input: change }))).toBe("CONFLICT");

      const listed = await occurrences(anonymous(), series.id, from, to);
      expect(listed.map((o) => [o.startsAt, o.changedEvent?.id ?? null])).toEqual([
        [weeks[0], null],
        ["2036-01-23T19:00:00.000Z", changed.id],
        [weeks[3], null],
        [weeks[4], null],
      ]);
      expect(listed[1]).toMatchObject({ originalStart: weeks[2], changedEvent: { slug: changed.slug } });
      expect((await occurrences(anonymous(), series.id, from, to, 2)).map((o) => o.startsAt)).toEqual([
        weeks[0],
        "2036-01-23T19:00:00.000Z",
      ]);

      // A series appears once in lists; its changed occurrences are reached through it.
      const ids = await allIds(anonymous(), LIST, (data) => data.events, { from, to, first: 100 });
      expect(ids).toContain(series.id);
      expect(ids).not.toContain(changed.id);

      const { restoreOccurrence } = await admin.agent.ok(RESTORE, { eventId: series.id, start: weeks[1] });
      expect(restoreOccurrence.recurrenceExceptions).toEqual([]);
      expect((await occurrences(anonymous(), series.id, from, to)).map((o) => o.startsAt)).toContain(weeks[1]);
      const again = await admin.agent.gql(RESTORE, { eventId: series.id, start: weeks[1] });
      expect([codeOf(again), fieldsOf(again)]).toEqual(["BAD_USER_INPUT", ["originalStart"]]);
    });

    it("keep their local time across daylight-saving changes", async () => {
      // Tuesdays 19:00–21:00 in Paris; clocks go forward on Sunday 2037-03-29.
      const series = await createEvent(admin, {
        name: "Chorale",
        startsAt: "2037-03-17T18:00:00Z",
        endsAt: "2037-03-17T20:00:00Z",
        recurrenceRule: "FREQ=WEEKLY",
      });
      const listed = await occurrences(anonymous(), series.id, "2037-03-16T00:00:00Z", "2037-04-08T00:00:00Z");
      expect(listed.map((o) => [o.startsAt, o.endsAt])).toEqual([
        ["2037-03-17T18:00:00.000Z", "2037-03-17T20:00:00.000Z"],
        ["2037-03-24T18:00:00.000Z", "2037-03-24T20:00:00.000Z"],
        ["2037-03-31T17:00:00.000Z", "2037-03-31T19:00:00.000Z"],
        ["2037-04-07T17:00:00.000Z", "2037-04-07T19:00:00.000Z"],
      ]);
      // Without an end, the series stays in the upcoming list for ever.
      const upcoming = await allIds(anonymous(), LIST, (data) => data.events, {
        from: "2099-01-01T00:00:00Z",
        first: 100,
      });
      expect(upcoming).toContain(series.id);
      const late = await occurrences(anonymous(), series.id, "2199-06-01T00:00:00Z", "2199-06-15T00:00:00Z");
      expect(late.map((o) => o.startsAt)).toEqual(["2199-06-04T17:00:00.000Z", "2199-06-11T17:00:00.000Z"]);
    });

    it("repeat monthly on a day of the month, skipping months without it", async () => {
      const series = await createEvent(admin, {
        name: "Marché du 31",
        type: "MARKET",
        startsAt: "2038-01-31T08:00:00Z",
        endsAt: null,
        recurrenceRule: "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4",
      });
      const listed = await occurrences(anonymous(), series.id, "2038-01-01T00:00:00Z", "2038-12-31T00:00:00Z");
      expect(listed.map((o) => o.startsAt)).toEqual([
        "2038-01-31T08:00:00.000Z",
        "2038-03-31T07:00:00.000Z",
        "2038-05-31T07:00:00.000Z",
        "2038-07-31T07:00:00.000Z",
      ]);
      // Once its last occurrence is over, the series leaves the lists.
      const after = await allIds(anonymous(), LIST, (data) => data.events, {
        from: "2038-08-01T00:00:00Z",
        first: 100,
      });
      expect(after).not.toContain(series.id);
      const during = await allIds(anonymous(), LIST, (data) => data.events, {
        from: "2038-07-01T00:00:00Z",
        to: "2038-08-01T00:00:00Z",
        first: 100,
      });
      expect(during).toContain(series.id);
    });

    it("refuse rules that are not valid, bounded RFC 5545 rules, naming recurrenceRule", async () => {
      const before = await countEvents();
      // 2039-02-01 is a Tuesday.
      for (const rule of [
        "FREQ=HOURLY",
        "FREQ=MINUTELY;COUNT=3",
        "FREQ=SECONDLY",
        "garbage",
        "FREQ=WEEKLY;BYDAY=XX",
        "FREQ=WEEKLY;BYDAY=WE",
        "FREQ=WEEKLY;COUNT=5000",
        "FREQ=WEEKLY;COUNT=3;UNTIL=20391231T000000Z",
        "FREQ=WEEKLY;UNTIL=20380101T000000Z",
        "FREQ=DAILY;BYHOUR=1,2,3",
        "FREQ=DAILY;BYMONTHDAY=1",
        "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=WEEKLY;DTSTART=20200101T000000Z",
        "FREQ=WEEKLY;INTERVAL=0",
      ]) {
        const result = await admin.agent.gql(CREATE, {
          input: {
            name: "Règle",
            type: "MEETING",
            startsAt: "2039-02-01T18:00:00Z",
            timeZone: PARIS,
            recurrenceRule: rule,
          },
        });
        expect([rule, codeOf(result), fieldsOf(result)]).toEqual([rule, "BAD_USER_INPUT", ["recurrenceRule"]]);
      }
      expect(await countEvents()).toBe(before);

      const event = await createEvent(admin, { startsAt: "2039-02-01T18:00:00Z", endsAt: null });
      const bad = await admin.agent.gql(UPDATE, { input: { id: event.id, recurrenceRule: "FREQ=HOURLY" } });
      expect([codeOf(bad), fieldsOf(bad)]).toEqual(["BAD_USER_INPUT", ["recurrenceRule"]]);
      const { updateEvent } = await admin.agent.ok(UPDATE, {
        input: { id: event.id, recurrenceRule: "FREQ=MONTHLY;BYDAY=1TU" },
      });
      expect(updateEvent.recurrenceRule).toBe("FREQ=MONTHLY;BYDAY=1TU");
      const single = await createEvent(admin);
      const notRecurring = await admin.agent.gql(CANCEL, { eventId: single.id, start: single.startsAt });
      expect([codeOf(notRecurring), fieldsOf(notRecurring)]).toEqual(["BAD_USER_INPUT", ["eventId"]]);

      // Expansion is bounded: at most a year, at most 500 occurrences.
      const tooLong = await anonymous().gql(OCCURRENCES, {
        id: event.id,
        from: "2039-01-01T00:00:00Z",
        to: "2040-06-01T00:00:00Z",
      });
      expect([codeOf(tooLong), fieldsOf(tooLong)]).toEqual(["BAD_USER_INPUT", ["to"]]);
      const tooMany = await anonymous().gql(OCCURRENCES, {
        id: event.id,
        from: "2039-01-01T00:00:00Z",
        to: "2039-06-01T00:00:00Z",
        first: 501,
      });
      expect(codeOf(tooMany)).toBe("BAD_USER_INPUT");
    });
  });

  it("load organizers, parents, sub-events and occurrences in a constant number of statements", async () => {
    const org = await createElement(admin, "Organization", "Organisateur en série");
    const parent = await createEvent(admin, {
      name: "Saison",
      startsAt: "2040-01-01T00:00:00Z",
      endsAt: "2040-12-31T00:00:00Z",
    });
    for (let i = 1; i <= 12; i++) {
      const month = String(i).padStart(2, "0");
      await createEvent(admin, {
        name: `Rendez-vous ${i}`,
        organizerIds: [org.id, admin.id],
        parentEventId: parent.id,
        startsAt: `2040-${month}-02T18:00:00Z`,
        endsAt: `2040-${month}-02T19:00:00Z`,
        recurrenceRule: "FREQ=DAILY;COUNT=3",
      });
    }
    // Endless series from other tests overlap any future range: list through the organizer.
    const PAGE = `query($id: ID!, $first: Int!) { organization(id: $id) { events(first: $first, from: "2040-01-02T00:00:00Z") {
      nodes { id ${ORGANIZERS} parentEvent { id } subEvents(first: 2) { totalCount nodes { id } }
        occurrences(from: "2040-01-01T00:00:00Z", to: "2040-12-31T00:00:00Z") { startsAt changedEvent { id } } } } } }`;
    const statements = async (first: number) => {
      let nodes: unknown[] = [];
      const run = await statementsDuring(server, async () => {
        ({ nodes } = (await stranger.agent.ok(PAGE, { id: org.id, first })).organization.events);
      });
      expect(nodes).toHaveLength(first);
      expect(nodes[0]).toMatchObject({
        organizers: [{ id: org.id }, { id: admin.id }],
        parentEvent: { id: parent.id },
      });
      return run.length;
    };
    expect(await statements(12)).toBe(await statements(3));
  });
});
