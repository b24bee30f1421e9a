import { Agent, codeOf } from "../support/client";
import { CREATE_ORGANIZATION } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { FOLLOW, INVITE_BY_EMAIL, JOIN } from "../support/links";
import { QUIET_JOBS_MS, startTestServer, type TestServer } from "../support/server";
import { statementsDuring } from "../support/statements";

let server: TestServer;
let newcomer: PersonFixture;
let neighbour: PersonFixture;

const FIRST_STEPS = `firstSteps { steps { key done url } dismissed }`;
const ME = `{ me { id ${FIRST_STEPS} } }`;
const DISMISS = `mutation { dismissFirstSteps { steps { key done } dismissed } }`;
const HELP_COMMUNITY = `{ helpCommunity { id slug name viewerLink { id } } }`;

/** The keys of the steps done, in the checklist's order. */
async function done(person: PersonFixture): Promise<string[]> {
  const { me } = await person.agent.ok(ME);
  return me.firstSteps.steps.filter((step: { done: boolean }) => step.done).map((step: { key: string }) => step.key);
}

beforeAll(async () => {
  // Statements are counted: no job queue poll may fall in between.
  server = await startTestServer({ jobPollMs: QUIET_JOBS_MS });
  [newcomer, neighbour] = await Promise.all([createPerson(server), createPerson(server)]);
});
afterAll(() => server.stop());

describe("first steps", () => {
  it("lists the seven steps in order, each with where it is done, none done after sign-up", async () => {
    const { me } = await newcomer.agent.ok(ME);
    expect(me.firstSteps).toEqual({
      dismissed: false,
      steps: [
        { key: "PROFILE", done: false, url: "/settings/profile" },
        { key: "PLACE", done: false, url: "/discover" },
        { key: "FOLLOW", done: false, url: "/people" },
        { key: "ORGANIZATION", done: false, url: "/organizations" },
        { key: "INVITE", done: false, url: "/me/elements" },
        { key: "PLANS", done: false, url: "/projects/new" },
        { key: "NEWS", done: false, url: "/live" },
      ],
    });
  });

  it("ticks each step from what the person does, wherever they do it", async () => {
    await newcomer.agent.ok(`mutation { updateProfile(input: { shortDescription: "Gardener in Lyon" }) { id } }`);
    expect(await done(newcomer)).toEqual(["PROFILE"]);

    await newcomer.agent.ok(`mutation { setHomeArea(input: { placeId: "fr:69123" }) { id } }`);
    expect(await done(newcomer)).toEqual(["PROFILE", "PLACE"]);

    await newcomer.agent.ok(FOLLOW, { input: { personId: neighbour.id } });
    expect(await done(newcomer)).toEqual(["PROFILE", "PLACE", "FOLLOW"]);

    // Joining the help community to ask a question is not joining one's own organizations (and the
    // Live's item recording that they joined is not a post of theirs).
    const { helpCommunity } = await newcomer.agent.ok(HELP_COMMUNITY);
    await newcomer.agent.ok(JOIN, { input: { elementId: helpCommunity.id } });
    expect(await done(newcomer)).toEqual(["PROFILE", "PLACE", "FOLLOW"]);

    const { createOrganization: garden } = await newcomer.agent.ok(CREATE_ORGANIZATION, {
      input: { name: "Shared garden", type: "INFORMAL_GROUP" },
    });
    expect(await done(newcomer)).toEqual(["PROFILE", "PLACE", "FOLLOW", "ORGANIZATION"]);

    await newcomer.agent.ok(INVITE_BY_EMAIL, { input: { elementId: garden.id, email: "friend@example.org" } });
    expect(await done(newcomer)).toEqual(["PROFILE", "PLACE", "FOLLOW", "ORGANIZATION", "INVITE"]);

    await newcomer.agent.ok(`mutation { createProject(input: { name: "Seed library" }) { id } }`);
    expect(await done(newcomer)).toEqual(["PROFILE", "PLACE", "FOLLOW", "ORGANIZATION", "INVITE", "PLANS"]);

    await newcomer.agent.ok(`mutation($input: PostNewsInput!) { postNews(input: $input) { id } }`, {
      input: { wallId: newcomer.id, text: "Hello, I just arrived!", audience: "RESTRICTED" },
    });
    expect(await done(newcomer)).toEqual(["PROFILE", "PLACE", "FOLLOW", "ORGANIZATION", "INVITE", "PLANS", "NEWS"]);

    // The neighbour did nothing: their checklist is untouched by someone else's steps.
    expect(await done(neighbour)).toEqual([]);
  });

  it("is read in one statement", async () => {
    const statements = await statementsDuring(server, () => newcomer.agent.ok(`{ me { ${FIRST_STEPS} } }`));
    // The session's statement (or, when this process remembers the session, the person's), then the checklist's.
    expect(statements).toHaveLength(2);
    expect(statements[1]).toMatch(/first_steps_dismissed_at/);
  });

  it("is dismissed by its owner only, for good, and shown to nobody else", async () => {
    const anonymous = new Agent(server.url);
    expect(codeOf(await anonymous.gql(DISMISS))).toBe("UNAUTHENTICATED");

    const read = `query($id: ID!) { person(id: $id) { id ${FIRST_STEPS} } }`;
    expect((await neighbour.agent.ok(read, { id: newcomer.id })).person.firstSteps).toBeNull();
    expect((await anonymous.ok(read, { id: newcomer.id })).person.firstSteps).toBeNull();

    const { dismissFirstSteps } = await neighbour.agent.ok(DISMISS);
    expect(dismissFirstSteps.dismissed).toBe(true);
    expect((await neighbour.agent.ok(DISMISS)).dismissFirstSteps.dismissed).toBe(true);
    expect((await neighbour.agent.ok(ME)).me.firstSteps.dismissed).toBe(true);
    // Someone else's dismissal is theirs alone.
    expect((await newcomer.agent.ok(ME)).me.firstSteps.dismissed).toBe(false);
  });
});

describe("the help community", () => {
  it("exists from the install, public, administered by the instance's, and anyone may join to ask", async () => {
    const { helpCommunity } = await new Agent(server.url).ok(
      `{ helpCommunity { id slug name type settings { private openEdition openMembership } administrators { id } } }`,
    );
    expect(helpCommunity).toMatchObject({
      slug: "communect-pour-les-debutants",
      name: "Communect pour les débutants",
      type: "INFORMAL_GROUP",
      settings: { private: false, openEdition: false, openMembership: true },
    });
    // The first verified account of the run's database administers the instance, hence the community.
    const [first] = await server.database.dataSource.query(
      `SELECT id FROM person WHERE email_verified_at IS NOT NULL ORDER BY created_at, id LIMIT 1`,
    );
    expect(helpCommunity.administrators.map((a: { id: string }) => a.id)).toContain(first.id);
    const question = await neighbour.agent.ok(JOIN, { input: { elementId: helpCommunity.id } });
    expect(question.joinElement.state).toBe("ACTIVE");
    const { postNews } = await neighbour.agent.ok(
      `mutation($input: PostNewsInput!) { postNews(input: $input) { id wall { id } } }`,
      { input: { wallId: helpCommunity.id, text: "How do I hide my phone number?", audience: "RESTRICTED" } },
    );
    expect(postNews.wall.id).toBe(helpCommunity.id);
  });
});
