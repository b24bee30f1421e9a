import { type FieldNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from "graphql";
import { personColumns } from "../../server/modules/profiles/person.columns";
import { Agent } from "../support/client";
import { createPerson, type PersonFixture } from "../support/factories";
import { QUIET_JOBS_MS, startTestServer, type TestServer } from "../support/server";
import { statementsDuring } from "../support/statements";

let server: TestServer;
let owner: PersonFixture;

const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`;
/** Every field that reads a column of the person's row and no other table. */
const PUBLIC_FIELDS = `id username displayName slug name kind shortDescription description descriptionHtml tags
  website socialLinks { network url } language createdAt image { id }`;
const PRIVATE_FIELDS = ["email", "phone", "birthDate", "locality", "privacySettings { email }", "emailVerified"];
const PRIVATE_COLUMNS = /\b(email|phone|birth_date|locality|privacy|password_hash)\b/;

beforeAll(async () => {
  // Statements are counted: no job queue poll may fall in between.
  server = await startTestServer({ jobPollMs: QUIET_JOBS_MS });
  owner = await createPerson(server);
  await owner.agent.ok(UPDATE, {
    input: { phone: "+33 6 12 34 56 78", birthDate: "1990-05-17", shortDescription: "Hello", tags: ["bees"] },
  });
});
afterAll(() => server.stop());

/** The SQL statements the server runs while answering `query`, and the answer. */
async function statementsFor(agent: Agent, query: string, variables: Record<string, unknown>) {
  let data: Record<string, any> = {};
  const statements = await statementsDuring(server, async () => {
    data = await agent.ok(query, variables);
  });
  return { statements, data };
}

/** The SELECT list of a statement (its conditions name email_verified_at). */
const selected = (sql: string) => sql.slice(0, sql.indexOf(" FROM "));

describe("person(id:) reads the columns its selection needs", () => {
  it("reads a few columns, none of them private, for public fields, and answers as with the whole row", async () => {
    const narrow = await statementsFor(
      new Agent(server.url),
      `query($id: ID!) { person(id: $id) { ${PUBLIC_FIELDS} } }`,
      {
        id: owner.id,
      },
    );
    expect(narrow.statements).toHaveLength(1);
    expect(selected(narrow.statements[0])).not.toMatch(PRIVATE_COLUMNS);
    const whole = await statementsFor(
      new Agent(server.url),
      `query($id: ID!) { person(id: $id) { ${PUBLIC_FIELDS} email } }`,
      { id: owner.id },
    );
    expect(selected(whole.statements[0])).toMatch(PRIVATE_COLUMNS);
    const { email, ...publicPart } = whole.data.person as Record<string, unknown>;
    expect(email).toBeNull();
    expect(narrow.data.person).toEqual(publicPart);
    expect(narrow.data.person).toMatchObject({ username: owner.username, shortDescription: "Hello", tags: ["bees"] });
  });

  it.each(PRIVATE_FIELDS)("reads the whole row for %s, which goes through the visibility check", async (field) => {
    for (const query of [
      `query($id: ID!) { person(id: $id) { id ${field} } }`,
      `query($id: ID!) { person(id: $id) { id ...F } } fragment F on Person { ${field} }`,
      `query($id: ID!) { person(id: $id) { id ... on Person { ${field} } } }`,
    ]) {
      const { statements, data } = await statementsFor(new Agent(server.url), query, { id: owner.id });
      expect(statements).toHaveLength(1);
      expect(selected(statements[0])).toMatch(PRIVATE_COLUMNS);
      // Phone, birth date and e-mail are for contacts by default; the settings and verification for the owner.
      const name = field.split(" ")[0];
      if (name !== "locality") expect((data.person as Record<string, unknown>)[name]).toBeNull();
    }
    // The owner reads them, from the same whole row.
    const { data } = await statementsFor(owner.agent, `query($id: ID!) { person(id: $id) { id phone } }`, {
      id: owner.id,
    });
    expect(data.person).toEqual({ id: owner.id, phone: "+33 6 12 34 56 78" });
  });
});

describe("personColumns", () => {
  const columnsOf = (query: string) => {
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    const nodes = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
    return personColumns(nodes, fragments);
  };

  it("never narrows a selection with a private field, or a field it does not know", () => {
    for (const field of [...PRIVATE_FIELDS, "updatedAt", "memberships { totalCount }", "unknownField"]) {
      expect(columnsOf(`{ person(id: "x") { id ${field} } }`)).toBeUndefined();
      expect(columnsOf(`{ person(id: "x") { ...F } } fragment F on Person { id ${field} }`)).toBeUndefined();
    }
  });

  it("names the columns of the public fields asked for, the id always", () => {
    expect(columnsOf(`{ person(id: "x") { username displayName } }`)).toEqual(["display_name", "id", "username"]);
    expect(columnsOf(`{ person(id: "x") { __typename } }`)).toEqual(["id"]);
  });
});
