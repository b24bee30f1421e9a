import { Agent } from "../support/client";
import { createOrganization, type ElementFixture } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import {
  ACCEPT,
  ADD,
  COMMUNITY,
  DECLINE,
  FOLLOW,
  INVITE,
  INVITE_BY_EMAIL,
  JOIN,
  join,
  LEAVE,
  makeMember,
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
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let admin: PersonFixture;
let member: PersonFixture;
let applicant: PersonFixture;
let outsider: PersonFixture;
let org: ElementFixture;
let other: ElementFixture;
const links = { admin: "", member: "", request: "" };

/** Everything a link mutation could change for these people and organizations. */
async function snapshot() {
  const people = [admin.id, member.id, applicant.id, outsider.id];
  const elements = [org.id, other.id];
  const dataSource = server.database.dataSource;
  return {
    links: await dataSource.query(
      `SELECT * FROM link WHERE element_id = ANY($1) OR person_id = ANY($2) OR followed_person_id = ANY($2) ORDER BY id`,
      [elements, people],
    ),
    activity: await dataSource.query(`SELECT id FROM activity WHERE element_id = ANY($1) ORDER BY id`, [elements]),
    invitations: await dataSource.query(`SELECT id FROM email_invitation WHERE element_id = ANY($1)`, [elements]),
  };
}

const NOT_AN_ID = "not-an-id";

/** Each case: the mutation, the field the error must name, and the call (built once the people exist). */
interface Case {
  name: string;
  field: string;
  call: () => [PersonFixture, string, Record<string, unknown>];
}

const CASES: Case[] = [
  { name: "follow", field: "elementId", call: () => [member, FOLLOW, { input: {} }] },
  { name: "follow", field: "elementId", call: () => [member, FOLLOW, { input: { elementId: NOT_AN_ID } }] },
  { name: "follow", field: "personId", call: () => [member, FOLLOW, { input: { personId: NOT_AN_ID } }] },
  { name: "follow", field: "personId", call: () => [member, FOLLOW, { input: { personId: member.id } }] },
  {
    name: "unfollow",
    field: "elementId",
    call: () => [member, UNFOLLOW, { input: { elementId: org.id, personId: admin.id } }],
  },
  { name: "joinElement", field: "elementId", call: () => [outsider, JOIN, { input: { elementId: NOT_AN_ID } }] },
  {
    name: "joinElement",
    field: "organizationId",
    call: () => [admin, JOIN, { input: { elementId: org.id, organizationId: NOT_AN_ID } }],
  },
  {
    name: "joinElement",
    field: "organizationId",
    call: () => [admin, JOIN, { input: { elementId: org.id, organizationId: org.id } }],
  },
  { name: "addToElement", field: "personId", call: () => [admin, ADD, { input: { elementId: org.id } }] },
  {
    name: "addToElement",
    field: "personId",
    call: () => [admin, ADD, { input: { elementId: org.id, personId: NOT_AN_ID } }],
  },
  {
    name: "addToElement",
    field: "organizationId",
    call: () => [admin, ADD, { input: { elementId: org.id, organizationId: NOT_AN_ID } }],
  },
  {
    name: "inviteToElement",
    field: "personId",
    call: () => [admin, INVITE, { input: { elementId: org.id, personId: admin.id } }],
  },
  {
    name: "inviteToElement",
    field: "elementId",
    call: () => [admin, INVITE, { input: { elementId: NOT_AN_ID, personId: outsider.id } }],
  },
  {
    name: "inviteByEmail",
    field: "email",
    call: () => [admin, INVITE_BY_EMAIL, { input: { elementId: org.id, email: "nobody" } }],
  },
  { name: "acceptInvitation", field: "linkId", call: () => [member, ACCEPT, { linkId: NOT_AN_ID }] },
  { name: "acceptInvitation", field: "linkId", call: () => [applicant, ACCEPT, { linkId: links.request }] },
  { name: "declineInvitation", field: "linkId", call: () => [member, DECLINE, { linkId: links.member }] },
  { name: "validateRequest", field: "linkId", call: () => [admin, VALIDATE, { linkId: links.member }] },
  { name: "refuseRequest", field: "linkId", call: () => [admin, REFUSE, { linkId: NOT_AN_ID }] },
  {
    name: "leaveElement",
    field: "successorId",
    call: () => [admin, LEAVE, { input: { elementId: org.id, successorId: NOT_AN_ID } }],
  },
  {
    name: "leaveElement",
    field: "successorId",
    call: () => [admin, LEAVE, { input: { elementId: org.id, successorId: applicant.id } }],
  },
  { name: "removeFromElement", field: "linkId", call: () => [admin, REMOVE, { linkId: links.admin }] },
  {
    name: "requestAdministration",
    field: "elementId",
    call: () => [member, REQUEST_ADMINISTRATION, { elementId: NOT_AN_ID }],
  },
  {
    name: "validateAdministration",
    field: "linkId",
    call: () => [admin, VALIDATE_ADMINISTRATION, { linkId: links.member }],
  },
  {
    name: "refuseAdministration",
    field: "linkId",
    call: () => [admin, REFUSE_ADMINISTRATION, { linkId: links.request }],
  },
  {
    name: "stepDown",
    field: "successorId",
    call: () => [admin, STEP_DOWN, { input: { elementId: org.id, successorId: admin.id } }],
  },
  {
    name: "setRoles",
    field: "roles",
    call: () => [admin, SET_ROLES, { linkId: links.member, roles: ["x".repeat(41)] }],
  },
  { name: "setRoles", field: "linkId", call: () => [admin, SET_ROLES, { linkId: NOT_AN_ID, roles: [] }] },
];

beforeAll(async () => {
  server = await startTestServer();
  [admin, member, applicant, outsider] = await Promise.all([
    createPerson(server),
    createPerson(server),
    createPerson(server),
    createPerson(server),
  ]);
  org = await createOrganization(admin);
  other = await createOrganization(outsider);
  links.member = (await makeMember(admin, member, org.id)).id;
  links.request = (await join(applicant, org.id)).id;
  links.admin = (await admin.agent.ok(COMMUNITY, { slug: org.slug, first: 5 })).element.community.nodes.find(
    (n: { person: { id: string } }) => n.person.id === admin.id,
  ).id;
});
afterAll(() => server.stop());

describe("bad input on link mutations", () => {
  it.each(CASES.map((c) => [c.name, c.field, c] as const))(
    "%s answers BAD_USER_INPUT naming %s and changes nothing",
    async (_name, field, { call }) => {
      const [caller, query, variables] = call();
      const before = await snapshot();
      const result = await caller.agent.gql(query, variables);
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions!.fields!.map((f) => f.field)).toContain(field);
      expect(await snapshot()).toEqual(before);
    },
  );

  it("in list arguments names the argument", async () => {
    for (const [variables, field] of [
      [{ slug: org.slug, first: 0 }, "first"],
      [{ slug: org.slug, after: "garbage" }, "after"],
      [{ slug: org.slug, role: "x".repeat(41) }, "role"],
    ] as const) {
      const result = await new Agent(server.url).gql(COMMUNITY, variables);
      expect(result.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions!.fields!.map((f) => f.field)).toContain(field);
    }
  });
});
