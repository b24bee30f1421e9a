import { Agent, type GraphQLResponse } from "../support/client";
import { createOrganization, type ElementFixture } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { makeMember, REQUEST_ADMINISTRATION, VALIDATE_ADMINISTRATION } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";

/**
 * Queries are compiled by graphql-jit on their second run (server/graphql/compiled-queries.ts): the first
 * goes through graphql-js. Every query here runs twice, and the compiled answer must be the very one
 * graphql-js gave (the request id of an internal error aside), errors, paths and nulls included.
 */
describe("compiled queries", () => {
  let server: TestServer;
  let admin: PersonFixture;
  let second: PersonFixture;
  let stranger: PersonFixture;
  let one: ElementFixture;
  let other: ElementFixture;

  beforeAll(async () => {
    server = await startTestServer({ compileQueriesOnRun: 2 });
    // One after the other: on a new database the first account administers the instance and its help
    // community (whose members are each other's contacts); only `admin` may be that one.
    admin = await createPerson(server);
    second = await createPerson(server);
    stranger = await createPerson(server);
    [one, other] = await Promise.all([createOrganization(admin), createOrganization(admin)]);
    const link = await makeMember(admin, second, one.id);
    await second.agent.ok(REQUEST_ADMINISTRATION, { elementId: one.id });
    await admin.agent.ok(VALIDATE_ADMINISTRATION, { linkId: link.id });
  });
  afterAll(() => server.stop());

  /** The query's answer on graphql-js, once checked the same when compiled. */
  async function twice(agent: Agent, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
    const first = await agent.gql(query, variables);
    const compiled = await agent.gql(query, variables);
    // Errors come in the order their resolvers fail, which depends on timing (and which the spec
    // leaves open): they are compared as a set.
    const inOrder = (errors: GraphQLResponse["errors"]) =>
      errors && [...errors].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const body = ({ status, data, errors }: GraphQLResponse) =>
      JSON.stringify({ status, data, errors: inOrder(errors) }).replace(/"requestId":"[^"]+"/g, "");
    expect(body(compiled)).toBe(body(first));
    return first;
  }

  const pathsOf = (result: GraphQLResponse) =>
    (result.errors ?? []).map((error) => (error as { path?: unknown[] }).path?.join(".")).sort();

  it("keep the paths, codes and nulls of errors in nested lists, one error for each field nulled", async () => {
    const result = await twice(
      new Agent(server.url),
      `query ($slug: String!) {
        organization(slug: $slug) {
          name
          administrators { id followers(first: 0) { totalCount } }
          community(first: 0) { totalCount }
        }
        sibling: organization(slug: $slug) { id followers(first: 0) { totalCount } }
      }`,
      { slug: one.slug },
    );
    expect(result.status).toBe(200);
    // A nullable field that fails is null; a non-null one nulls the nearest nullable field above it.
    expect(result.data).toEqual({
      organization: { name: one.name, administrators: null, community: null },
      sibling: null,
    });
    // Both administrators' `followers` fail, but the list they null reports one error, as graphql-js does.
    const paths = pathsOf(result);
    expect(paths).toHaveLength(3);
    expect(paths[0]).toMatch(/^organization\.administrators\.[01]\.followers$/);
    expect(paths.slice(1)).toEqual(["organization.community", "sibling.followers"]);
    for (const error of result.errors!) {
      expect(error.extensions).toEqual({
        code: "BAD_USER_INPUT",
        fields: [expect.objectContaining({ field: "first", messageKey: "validation.min", messageParams: { min: 1 } })],
        messageKey: "input.invalid",
        messageParams: { fields: "first" },
      });
      expect((error as { locations?: unknown[] }).locations).toHaveLength(1);
    }
  });

  it("hide what a variable's refusal would suggest, and name the field", async () => {
    const result = await twice(
      new Agent(server.url),
      `query ($filter: SearchFilter) { search(filter: $filter, first: 2) { totalCount } }`,
      { filter: { area: { nera: { latitude: 45.76, longitude: 4.83, radiusKm: 5 } } } },
    );
    expect(result.status).toBe(400);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "area" }] });
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean|"near"/);
  });

  it("keep private fields masked to those who may not see them", async () => {
    const query = `query ($slug: String!) { organization(slug: $slug) { administrators { id email } } }`;
    const emails = async (agent: Agent) => {
      const { data } = await twice(agent, query, { slug: one.slug });
      const administrators = (data as { organization: { administrators: { id: string; email: string | null }[] } })
        .organization.administrators;
      return Object.fromEntries(administrators.map(({ id, email }) => [id, email]));
    };
    expect(await emails(new Agent(server.url))).toEqual({ [admin.id]: null, [second.id]: null });
    expect(await emails(stranger.agent)).toEqual({ [admin.id]: null, [second.id]: null });
    // E-mail addresses are shown to contacts by default: members of one organization are.
    expect(await emails(admin.agent)).toEqual({ [admin.id]: admin.email, [second.id]: second.email });
  });

  it("answer a query compiled once with each request's own variables", async () => {
    const agent = new Agent(server.url);
    const query = `query ($slug: String!, $withName: Boolean!, $first: Int) {
      organization(slug: $slug) { id name @include(if: $withName) community(first: $first) { nodes { id } } }
    }`;
    const runs = [
      { slug: one.slug, withName: true, first: 1 },
      { slug: other.slug, withName: true, first: 2 },
      { slug: one.slug, withName: false, first: 2 },
      { slug: one.slug, withName: true, first: null },
    ];
    const answers = [];
    for (const variables of runs) answers.push((await agent.ok(query, variables)).organization);
    expect(answers.map(({ id, name, community }) => ({ id, name, count: community.nodes.length }))).toEqual([
      { id: one.id, name: one.name, count: 1 },
      { id: other.id, name: other.name, count: 1 },
      { id: one.id, name: undefined, count: 2 },
      { id: one.id, name: one.name, count: 2 },
    ]);
  });

  it("keep each operation of a document apart", async () => {
    const agent = new Agent(server.url);
    const document = `query One { organization(slug: "${one.slug}") { name } }
      query Other { organization(slug: "${other.slug}") { name } }`;
    const run = async (operationName: string) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: document, operationName }),
      });
      return ((await response.json()) as { data: { organization: { name: string } } }).data.organization.name;
    };
    for (let i = 0; i < 2; i++) {
      expect(await run("One")).toBe(one.name);
      expect(await run("Other")).toBe(other.name);
    }
    // Abstract types are resolved at once (schema.ts): an element through the Element interface.
    const { data } = await twice(agent, `{ element(id: "${one.id}") { __typename ... on Organization { name } } }`);
    expect(data).toEqual({ element: { __typename: "Organization", name: one.name } });
  });
});
