import { Agent } from "../support/client";
import { createOrganization } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { ADD, makeMember } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";

/**
 * A person whose directory is HIDDEN does not show in any field that ties them to an
 * element, for strangers and anonymous visitors; they themselves, and those in the
 * element's community, still see them.
 */
let server: TestServer;
let discreet: PersonFixture;
let stranger: PersonFixture;
let fellow: PersonFixture;
let editedBy: PersonFixture;
let added: PersonFixture;
const anonymous = () => new Agent(server.url);

const PRIVACY = `mutation($input: UpdatePrivacySettingsInput!) { updatePrivacySettings(input: $input) { id } }`;
const TIES = `query($org: ID!, $edited: ID!, $project: ID!, $event: ID!) {
  organization(id: $org) {
    creator { id }
    administrators { id }
    community { nodes { person { id } invitedBy { id } } }
  }
  edited: organization(id: $edited) { history { nodes { author { id } } } }
  project(id: $project) { creator { id } carrier { __typename ... on Person { id } } }
  event(id: $event) { creator { id } organizers { __typename ... on Person { id } } }
}`;

let variables: { org: string; edited: string; project: string; event: string };

beforeAll(async () => {
  server = await startTestServer();
  [discreet, stranger, fellow, editedBy, added] = await Promise.all([
    createPerson(server),
    createPerson(server),
    createPerson(server),
    createPerson(server),
    createPerson(server),
  ]);
  // Everything is made while the directory is public, then hidden: what shows is decided when read.
  const org = await createOrganization(discreet);
  await makeMember(discreet, fellow, org.id);
  await discreet.agent.ok(ADD, { input: { elementId: org.id, personId: added.id } });
  const edited = await createOrganization(editedBy);
  await discreet.agent.ok(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, {
    input: { id: edited.id, shortDescription: "Edited by someone discreet" },
  });
  const { createProject } = await discreet.agent.ok(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
    { input: { name: "Discreet project" } },
  );
  const { createEvent } = await discreet.agent.ok(
    `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
    {
      input: {
        name: "Discreet event",
        type: "CONCERT",
        startsAt: "2030-06-21T18:00:00Z",
        endsAt: "2030-06-21T21:00:00Z",
        timeZone: "Europe/Paris",
      },
    },
  );
  variables = { org: org.id, edited: edited.id, project: createProject.id, event: createEvent.id };
  await discreet.agent.ok(PRIVACY, { input: { directory: "HIDDEN" } });
}, 120_000);
afterAll(() => server.stop());

describe("a person who hides their directory", () => {
  it("shows in no field tying them to an element for strangers and anonymous visitors, but to themselves", async () => {
    for (const agent of [anonymous(), stranger.agent]) {
      const data = await agent.ok(TIES, variables);
      expect(data.organization.creator).toBeNull();
      expect(data.organization.administrators).toEqual([]);
      const community = data.organization.community.nodes;
      expect(community.map((n: { person: { id: string } }) => n.person.id).sort()).toEqual(
        [fellow.id, added.id].sort(),
      );
      // The one discreet person added: who did is theirs to hide.
      expect(community.find((n: { person: { id: string } }) => n.person.id === added.id).invitedBy).toBeNull();
      expect(data.edited.history.nodes).toEqual([{ author: null }]);
      expect(data.project.creator).toBeNull();
      expect(data.project.carrier).toBeNull();
      expect(data.event.creator).toBeNull();
      expect(data.event.organizers).toEqual([]);
      expect(JSON.stringify(data)).not.toContain(discreet.id);
    }
    // They still see themselves everywhere.
    const data = await discreet.agent.ok(TIES, variables);
    expect(data.organization.creator).toEqual({ id: discreet.id });
    expect(data.organization.administrators).toEqual([{ id: discreet.id }]);
    expect(data.edited.history.nodes).toEqual([{ author: { id: discreet.id } }]);
    expect(data.project.carrier).toEqual({ __typename: "Person", id: discreet.id });
    expect(data.event.organizers).toEqual([{ __typename: "Person", id: discreet.id }]);
    expect(data.event.creator).toEqual({ id: discreet.id });
  });

  it("still shows to those in the element's community", async () => {
    const data = await fellow.agent.ok(TIES, variables);
    expect(data.organization.creator).toEqual({ id: discreet.id });
    expect(data.organization.administrators).toEqual([{ id: discreet.id }]);
    const community = data.organization.community.nodes;
    expect(community.find((n: { person: { id: string } }) => n.person.id === added.id).invitedBy).toEqual({
      id: discreet.id,
    });
    // Not in the community of the other elements: hidden there as for anyone.
    expect(data.project.carrier).toBeNull();
    expect(data.event.organizers).toEqual([]);
  });

  it("shows to contacts when the directory is for contacts", async () => {
    await discreet.agent.ok(PRIVACY, { input: { directory: "CONTACTS" } });
    try {
      // The fellow member chose to join the organization the discreet person is in: they are contacts.
      const data = await fellow.agent.ok(TIES, variables);
      expect(data.project.carrier).toEqual({ __typename: "Person", id: discreet.id });
      expect(data.event.organizers).toEqual([{ __typename: "Person", id: discreet.id }]);
      expect((await stranger.agent.ok(TIES, variables)).project.carrier).toBeNull();
    } finally {
      await discreet.agent.ok(PRIVACY, { input: { directory: "HIDDEN" } });
    }
  });
});
