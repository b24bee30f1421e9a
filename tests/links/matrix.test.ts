import { randomBytes } from "node:crypto";
import { ElementResolver } from "../../server/modules/elements/element.resolver";
import { Link, LinkState, LinkType } from "../../server/modules/links/link.entity";
import { LinkResolver } from "../../server/modules/links/link.resolver";
import { OrganizationResolver } from "../../server/modules/organizations/organization.resolver";
import { createOrganization, type ElementFixture } from "../support/elements";
import type { PersonFixture } from "../support/factories";
import {
  ACCEPT,
  ADD,
  DECLINE,
  FOLLOW,
  INVITE,
  INVITE_BY_EMAIL,
  JOIN,
  LEAVE,
  REFUSE,
  REFUSE_ADMINISTRATION,
  REMOVE,
  REQUEST_ADMINISTRATION,
  SET_ROLES,
  STEP_DOWN,
  UNFOLLOW,
  VALIDATE,
  VALIDATE_ADMINISTRATION,
} from "../support/links";
import { agentOf, cellsOf, type Column, createCast, expectOutcome, mutationsOf, readMatrix } from "../support/matrix";
import { startTestServer, type TestServer } from "../support/server";

type Scenario = "public" | "open edition off" | "private" | "no administrator";

/** A fresh organization where each cast member has their standing, and the links rows act on. */
interface Stage {
  org: ElementFixture;
  links: { request: string; invitation: string; member: string };
}

interface Cast {
  admin: PersonFixture;
  stranger: PersonFixture;
  follower: PersonFixture;
  requested: PersonFixture;
  member: PersonFixture;
  /** Owners of the links that rows act on ("someone else's"). */
  applicant: PersonFixture;
  invitee: PersonFixture;
  other: PersonFixture;
  outsider: PersonFixture;
  coAdmin: PersonFixture;
}

interface Call {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * What a ✓ cell changed, checked in the database (a Boolean answer shows nothing): the caller,
 * the stage, and the cell's annotation, which the check must know.
 */
type Effect = (stage: Stage, caller: PersonFixture, annotation: string | undefined) => Promise<void>;

/** How to call each row's mutation on a stage, what to prepare first, and what it must have changed. */
const ROWS: Record<string, { scenario?: Scenario; call: (stage: Stage) => Promise<Call> | Call; effect?: Effect }> = {
  createOrganization: {
    call: () => ({
      query: `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      variables: { input: { name: "Matrix row", type: "NGO" } },
    }),
  },
  updateOrganization: { call: (stage) => update(stage) },
  "updateOrganization (open edition off)": { scenario: "open edition off", call: (stage) => update(stage) },
  "updateOrganization (private organization)": { scenario: "private", call: (stage) => update(stage) },
  updateElementSettings: {
    call: ({ org }) => ({
      query: `mutation($id: ID!) { updateElementSettings(input: { id: $id, memberList: MEMBERS }) { id } }`,
      variables: { id: org.id },
    }),
  },
  revertElementRevision: {
    call: async ({ org }) => {
      await cast.admin.agent.ok(update({ org } as Stage).query, update({ org } as Stage).variables);
      const [revision] = await db().query(`SELECT id FROM element_revision WHERE element_id = $1`, [org.id]);
      return {
        query: `mutation($id: ID!) { revertElementRevision(input: { revisionId: $id }) { id } }`,
        variables: { id: revision.id },
      };
    },
  },
  requestElementDeletion: {
    call: ({ org }) => ({
      query: `mutation($id: ID!) { requestElementDeletion(input: { id: $id }) { id } }`,
      variables: { id: org.id },
    }),
  },
  "refuseElementDeletion (asked by another admin)": {
    call: async ({ org }) => {
      await insertLink(org, cast.coAdmin, { isAdmin: true });
      await db().query(`UPDATE element SET deletion_requested_at = now(), deletion_requested_by = $2 WHERE id = $1`, [
        org.id,
        cast.coAdmin.id,
      ]);
      return {
        query: `mutation($id: ID!) { refuseElementDeletion(input: { id: $id }) { id } }`,
        variables: { id: org.id },
      };
    },
  },
  follow: { call: ({ org }) => ({ query: FOLLOW, variables: { input: { elementId: org.id } } }) },
  "follow (private organization)": {
    scenario: "private",
    call: ({ org }) => ({ query: FOLLOW, variables: { input: { elementId: org.id } } }),
  },
  unfollow: {
    call: ({ org }) => ({ query: UNFOLLOW, variables: { input: { elementId: org.id } } }),
    effect: async ({ org }, caller) => expect(await linkOf(org, caller, LinkType.FOLLOW)).toBeNull(),
  },
  joinElement: { call: ({ org }) => ({ query: JOIN, variables: { input: { elementId: org.id } } }) },
  "joinElement (private organization)": {
    scenario: "private",
    call: ({ org }) => ({ query: JOIN, variables: { input: { elementId: org.id } } }),
  },
  "joinElement (organization without administrator)": {
    scenario: "no administrator",
    call: ({ org }) => ({ query: JOIN, variables: { input: { elementId: org.id } } }),
  },
  leaveElement: {
    call: ({ org }) => ({ query: LEAVE, variables: { input: { elementId: org.id } } }),
    // A member leaves; a pending request is withdrawn: either way the link is gone.
    effect: async ({ org }, caller, annotation) => {
      expect([undefined, "withdraws the request"]).toContain(annotation);
      expect(await linkOf(org, caller, LinkType.MEMBER)).toBeNull();
    },
  },
  addToElement: { call: (stage) => addOutsider(stage, ADD) },
  "addToElement (organization without administrator)": {
    scenario: "no administrator",
    call: (stage) => addOutsider(stage, ADD),
  },
  inviteToElement: { call: (stage) => addOutsider(stage, INVITE) },
  inviteByEmail: {
    call: ({ org }) => ({
      query: INVITE_BY_EMAIL,
      variables: { input: { elementId: org.id, email: `matrix-${randomBytes(5).toString("hex")}@example.org` } },
    }),
  },
  "acceptInvitation (someone else's)": {
    call: ({ links }) => ({ query: ACCEPT, variables: { linkId: links.invitation } }),
  },
  "declineInvitation (someone else's)": {
    call: ({ links }) => ({ query: DECLINE, variables: { linkId: links.invitation } }),
  },
  "validateRequest (someone else's)": {
    call: ({ links }) => ({ query: VALIDATE, variables: { linkId: links.request } }),
  },
  "validateRequest (organization without administrator)": {
    scenario: "no administrator",
    call: ({ links }) => ({ query: VALIDATE, variables: { linkId: links.request } }),
  },
  "refuseRequest (someone else's)": {
    call: ({ links }) => ({ query: REFUSE, variables: { linkId: links.request } }),
    effect: async ({ links }) => expect(await db().getRepository(Link).findOneBy({ id: links.request })).toBeNull(),
  },
  "removeFromElement (someone else's)": {
    call: ({ links }) => ({ query: REMOVE, variables: { linkId: links.member } }),
    effect: async ({ links }) => expect(await db().getRepository(Link).findOneBy({ id: links.member })).toBeNull(),
  },
  requestAdministration: {
    call: ({ org }) => ({ query: REQUEST_ADMINISTRATION, variables: { elementId: org.id } }),
    effect: (stage, caller, annotation) => expectAdministration(stage, caller, annotation),
  },
  "requestAdministration (organization without administrator)": {
    scenario: "no administrator",
    call: ({ org }) => ({ query: REQUEST_ADMINISTRATION, variables: { elementId: org.id } }),
    effect: (stage, caller, annotation) => expectAdministration(stage, caller, annotation),
  },
  "validateAdministration (someone else's)": {
    call: ({ links }) => ({ query: VALIDATE_ADMINISTRATION, variables: { linkId: links.member } }),
    effect: async ({ links }) =>
      expect(await db().getRepository(Link).findOneBy({ id: links.member })).toMatchObject({
        isAdmin: true,
        adminRequested: false,
      }),
  },
  "refuseAdministration (someone else's)": {
    call: ({ links }) => ({ query: REFUSE_ADMINISTRATION, variables: { linkId: links.member } }),
    effect: async ({ links }) =>
      expect(await db().getRepository(Link).findOneBy({ id: links.member })).toMatchObject({
        isAdmin: false,
        adminRequested: false,
      }),
  },
  stepDown: { call: ({ org }) => ({ query: STEP_DOWN, variables: { input: { elementId: org.id } } }) },
  "setRoles (someone else's)": {
    call: ({ links }) => ({ query: SET_ROLES, variables: { linkId: links.member, roles: ["volunteer"] } }),
    effect: async ({ links }) =>
      expect(await db().getRepository(Link).findOneBy({ id: links.member })).toMatchObject({ roles: ["volunteer"] }),
  },
};

function update({ org }: Stage): Call {
  return {
    query: `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
    variables: { input: { id: org.id, shortDescription: `Edited ${randomBytes(3).toString("hex")}` } },
  };
}

function linkOf(org: ElementFixture, person: PersonFixture, type: LinkType): Promise<Link | null> {
  return db().getRepository(Link).findOneBy({ elementId: org.id, personId: person.id, type });
}

/** "asked": the member's request waits for the administrators; "granted", "already is": they administer. */
async function expectAdministration({ org }: Stage, caller: PersonFixture, annotation: string | undefined) {
  const expected: Record<string, Partial<Link>> = {
    asked: { isAdmin: false, adminRequested: true },
    granted: { isAdmin: true, adminRequested: false },
    "already is": { isAdmin: true },
  };
  expect(Object.keys(expected)).toContain(annotation);
  expect(await linkOf(org, caller, LinkType.MEMBER)).toMatchObject(expected[annotation!]);
}

function addOutsider({ org }: Stage, query: string): Call {
  return { query, variables: { input: { elementId: org.id, personId: cast.outsider.id } } };
}

let server: TestServer;
let cast: Cast;
const db = () => server.database.dataSource;

async function insertLink(org: ElementFixture, person: PersonFixture, values: Partial<Link> = {}): Promise<string> {
  const link = await db()
    .getRepository(Link)
    .save({ type: LinkType.MEMBER, state: LinkState.ACTIVE, personId: person.id, elementId: org.id, ...values });
  return link.id;
}

/** An organization made by the administrator, with everyone in place (links written directly). */
async function stage(scenario: Scenario): Promise<Stage> {
  const org = await createOrganization(cast.admin);
  await db().getRepository(Link).insert({ type: LinkType.FOLLOW, personId: cast.follower.id, elementId: org.id });
  await insertLink(org, cast.requested, { state: LinkState.REQUESTED });
  await insertLink(org, cast.member);
  const links = {
    request: await insertLink(org, cast.applicant, { state: LinkState.REQUESTED }),
    invitation: await insertLink(org, cast.invitee, { state: LinkState.INVITED, invitedById: cast.admin.id }),
    member: await insertLink(org, cast.other, { adminRequested: true }),
  };
  const settings: Record<Scenario, string | null> = {
    public: null,
    "open edition off": `{"openEdition": false}`,
    private: `{"private": true}`,
    "no administrator": null,
  };
  if (settings[scenario]) {
    await db().query(`UPDATE element SET settings = settings || $2::jsonb WHERE id = $1`, [org.id, settings[scenario]]);
  }
  if (scenario === "no administrator")
    await db().query(`UPDATE link SET is_admin = false WHERE element_id = $1`, [org.id]);
  return { org, links };
}

function callerOf(column: Column): PersonFixture | undefined {
  const people: Record<Column, PersonFixture | undefined> = {
    anonymous: undefined,
    "logged-in stranger": cast.stranger,
    follower: cast.follower,
    "requested member": cast.requested,
    member: cast.member,
    administrator: cast.admin,
  };
  return people[column];
}

/** The README's "Authorization matrix for elements and links", row by row. */
const matrix = readMatrix("## Authorization matrix for elements and links");

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server, [
    "admin",
    "stranger",
    "follower",
    "requested",
    "member",
    "applicant",
    "invitee",
    "other",
    "outsider",
    "coAdmin",
  ]);
}, 300_000);
afterAll(() => server.stop());

describe("the authorization matrix", () => {
  it("has a runnable row for every element and link mutation, and no other", () => {
    const mutations = mutationsOf([ElementResolver, OrganizationResolver, LinkResolver]);
    const rows = matrix.map(({ row }) => row);
    expect([...new Set(rows.map((row) => row.split(" ")[0]))].sort()).toEqual([...mutations].sort());
    expect(rows.sort()).toEqual(Object.keys(ROWS).sort());
  });

  it.each(cellsOf(matrix))("%s by %s: %s", async (row, column, expected) => {
    const { scenario = "public", call, effect } = ROWS[row];
    const staged = await stage(scenario);
    const { query, variables } = await call(staged);
    const annotation = expectOutcome(await agentOf(server, cast, column).gql(query, variables), expected);
    if (!expected.startsWith("✓")) return;
    const caller = callerOf(column);
    if (effect && caller) await effect(staged, caller, annotation);
    // An annotation says what a ✓ did: a row that has one must check it.
    else expect([row, annotation]).toEqual([row, undefined]);
  });
});
