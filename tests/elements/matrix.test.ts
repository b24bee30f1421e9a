import { randomBytes } from "node:crypto";
import { ElementKind } from "../../server/modules/elements/element.entity";
import { EventResolver } from "../../server/modules/events/event.resolver";
import { COMMUNITY_LINK, Link, LinkState, LinkType } from "../../server/modules/links/link.entity";
import { ProjectResolver } from "../../server/modules/projects/project.resolver";
import { createOrganization, type ElementFixture } from "../support/elements";
import type { PersonFixture } from "../support/factories";
import { agentOf, cellsOf, createCast, expectOutcome, mutationsOf, readMatrix } from "../support/matrix";
import { startTestServer, type TestServer } from "../support/server";

/** The README's "Authorization matrix for projects and events", row by row. */
const matrix = readMatrix("### Authorization matrix for projects and events");

type Kind = ElementKind.ORGANIZATION | ElementKind.PROJECT | ElementKind.EVENT;

interface Cast {
  admin: PersonFixture;
  stranger: PersonFixture;
  follower: PersonFixture;
  requested: PersonFixture;
  member: PersonFixture;
  /** A person the rows name (a new carrier). */
  outsider: PersonFixture;
}

interface Call {
  query: string;
  variables: Record<string, unknown>;
}

interface Row {
  /** What the row acts on: a fresh element of this kind, where each caller has their standing. */
  on: Kind;
  /** Settings the element has instead of the defaults (public, open edition). */
  settings?: { private?: boolean; openEdition?: boolean };
  call: (element: ElementFixture) => Promise<Call> | Call;
}

/** The series every event row acts on: weekly, ten times, from a Tuesday evening in Paris. */
const SERIES = {
  type: "WORKSHOP",
  startsAt: "2030-06-04T17:00:00.000Z",
  endsAt: "2030-06-04T19:00:00.000Z",
  timeZone: "Europe/Paris",
  recurrenceRule: "FREQ=WEEKLY;COUNT=10",
};
const SECOND_OCCURRENCE = "2030-06-11T17:00:00.000Z";

const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id slug name } }`;
const UPDATE_PROJECT = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`;
const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id slug name } }`;
const UPDATE_EVENT = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id } }`;
const SET_ORGANIZERS = `mutation($input: SetEventOrganizersInput!) { setEventOrganizers(input: $input) { id } }`;
const CANCEL = `mutation($input: CancelOccurrenceInput!) { cancelOccurrence(input: $input) { id } }`;
const RESTORE = `mutation($input: RestoreOccurrenceInput!) { restoreOccurrence(input: $input) { id } }`;
const CHANGE = `mutation($input: ChangeOccurrenceInput!) { changeOccurrence(input: $input) { id } }`;

const edited = () => `Edited ${randomBytes(3).toString("hex")}`;

const updateProject = ({ id }: ElementFixture): Call => ({
  query: UPDATE_PROJECT,
  variables: { input: { id, shortDescription: edited() } },
});
const updateEvent = ({ id }: ElementFixture): Call => ({
  query: UPDATE_EVENT,
  variables: { input: { id, shortDescription: edited() } },
});
const cancelSecond = ({ id }: ElementFixture): Call => ({
  query: CANCEL,
  variables: { input: { eventId: id, originalStart: SECOND_OCCURRENCE } },
});
/** A one-off event organized by the element (organization or project). */
const organizedBy = ({ id }: ElementFixture): Call => ({
  query: CREATE_EVENT,
  variables: {
    input: { ...SERIES, recurrenceRule: null, name: "Organized by the element", organizerIds: [id] },
  },
});

/** How to call each row's mutation on a fresh element, and what to prepare first. */
const ROWS: Record<string, Row> = {
  createProject: {
    on: ElementKind.PROJECT,
    call: () => ({ query: CREATE_PROJECT, variables: { input: { name: "Matrix row" } } }),
  },
  "createProject (carried by the organization)": {
    on: ElementKind.ORGANIZATION,
    call: ({ id }) => ({
      query: CREATE_PROJECT,
      variables: { input: { name: "Matrix row", carrierOrganizationId: id } },
    }),
  },
  "createProject (carried by another person)": {
    on: ElementKind.PROJECT,
    call: () => ({
      query: CREATE_PROJECT,
      variables: { input: { name: "Matrix row", carrierPersonId: cast.outsider.id } },
    }),
  },
  updateProject: { on: ElementKind.PROJECT, call: updateProject },
  "updateProject (open edition off)": {
    on: ElementKind.PROJECT,
    settings: { openEdition: false },
    call: updateProject,
  },
  "updateProject (private project)": { on: ElementKind.PROJECT, settings: { private: true }, call: updateProject },
  "updateProject (changing the carrier)": {
    on: ElementKind.PROJECT,
    call: ({ id }) => ({ query: UPDATE_PROJECT, variables: { input: { id, carrierPersonId: cast.outsider.id } } }),
  },
  createEvent: {
    on: ElementKind.EVENT,
    call: () => ({ query: CREATE_EVENT, variables: { input: { ...SERIES, name: "Matrix row" } } }),
  },
  "createEvent (organized by the organization)": { on: ElementKind.ORGANIZATION, call: organizedBy },
  "createEvent (organized by the project)": { on: ElementKind.PROJECT, call: organizedBy },
  "createEvent (sub-event of the event)": {
    on: ElementKind.EVENT,
    call: ({ id }) => ({
      query: CREATE_EVENT,
      variables: { input: { ...SERIES, recurrenceRule: null, name: "Matrix sub-event", parentEventId: id } },
    }),
  },
  updateEvent: { on: ElementKind.EVENT, call: updateEvent },
  "updateEvent (open edition off)": { on: ElementKind.EVENT, settings: { openEdition: false }, call: updateEvent },
  "updateEvent (private event)": { on: ElementKind.EVENT, settings: { private: true }, call: updateEvent },
  "updateEvent (attendee limit)": {
    on: ElementKind.EVENT,
    call: ({ id }) => ({ query: UPDATE_EVENT, variables: { input: { id, attendeeLimit: 1 } } }),
  },
  "updateEvent (recurrence rule)": {
    on: ElementKind.EVENT,
    call: ({ id }) => ({ query: UPDATE_EVENT, variables: { input: { id, recurrenceRule: "FREQ=WEEKLY;COUNT=2" } } }),
  },
  "updateEvent (moving it into another event)": {
    on: ElementKind.EVENT,
    call: async ({ id }) => {
      // A summer festival run by the event's administrator, holding the whole series.
      const festival = await create(cast.admin, ElementKind.EVENT, {
        ...SERIES,
        recurrenceRule: null,
        startsAt: "2030-06-01T00:00:00.000Z",
        endsAt: "2030-09-01T00:00:00.000Z",
      });
      return { query: UPDATE_EVENT, variables: { input: { id, parentEventId: festival.id } } };
    },
  },
  setEventOrganizers: {
    on: ElementKind.EVENT,
    call: ({ id }) => ({ query: SET_ORGANIZERS, variables: { input: { eventId: id, organizerIds: [cast.admin.id] } } }),
  },
  cancelOccurrence: { on: ElementKind.EVENT, call: cancelSecond },
  "cancelOccurrence (open edition off)": {
    on: ElementKind.EVENT,
    settings: { openEdition: false },
    call: cancelSecond,
  },
  "restoreOccurrence (cancelled by the administrator)": {
    on: ElementKind.EVENT,
    call: async (event) => {
      const cancel = cancelSecond(event);
      await cast.admin.agent.ok(cancel.query, cancel.variables);
      return { query: RESTORE, variables: cancel.variables };
    },
  },
  changeOccurrence: {
    on: ElementKind.EVENT,
    call: ({ id }) => ({
      query: CHANGE,
      variables: {
        input: { eventId: id, originalStart: SECOND_OCCURRENCE, startsAt: "2030-06-12T17:00:00.000Z" },
      },
    }),
  },
};

let server: TestServer;
let cast: Cast;
const db = () => server.database.dataSource;

/** An element created through the API: `by` becomes its administrator. */
async function create(by: PersonFixture, kind: Kind, input: Record<string, unknown> = {}): Promise<ElementFixture> {
  const name = `Matrix ${kind} ${randomBytes(3).toString("hex")}`;
  if (kind === ElementKind.ORGANIZATION) return createOrganization(by, { name, ...input });
  if (kind === ElementKind.PROJECT)
    return (await by.agent.ok(CREATE_PROJECT, { input: { name, ...input } })).createProject;
  return (await by.agent.ok(CREATE_EVENT, { input: { ...SERIES, name, ...input } })).createEvent;
}

/** A fresh element made by the administrator, with everyone in place (links written directly). */
async function stage({ on, settings }: Row): Promise<ElementFixture> {
  const element = await create(cast.admin, on);
  const community = { type: COMMUNITY_LINK[on], elementId: element.id };
  await db()
    .getRepository(Link)
    .insert([
      { type: LinkType.FOLLOW, personId: cast.follower.id, elementId: element.id },
      { ...community, state: LinkState.REQUESTED, personId: cast.requested.id },
      { ...community, state: LinkState.ACTIVE, personId: cast.member.id },
    ]);
  if (settings) {
    await db().query(`UPDATE element SET settings = settings || $2::jsonb WHERE id = $1`, [
      element.id,
      JSON.stringify(settings),
    ]);
  }
  return element;
}

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server, ["admin", "stranger", "follower", "requested", "member", "outsider"]);
}, 300_000);
afterAll(() => server.stop());

describe("the authorization matrix for projects and events", () => {
  it("has a runnable row for every project and event mutation, and no other", () => {
    const mutations = mutationsOf([ProjectResolver, EventResolver]);
    const rows = matrix.map(({ row }) => row);
    expect([...new Set(rows.map((row) => row.split(" ")[0]))].sort()).toEqual([...mutations].sort());
    expect(rows.sort()).toEqual(Object.keys(ROWS).sort());
  });

  it.each(cellsOf(matrix))("%s by %s: %s", async (row, column, expected) => {
    const { query, variables } = await ROWS[row].call(await stage(ROWS[row]));
    expectOutcome(await agentOf(server, cast, column).gql(query, variables), expected);
  });
});
