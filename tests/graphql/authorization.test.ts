import {
  getNamedType,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isCompositeType,
} from "graphql";
import { getMetadataStorage } from "type-graphql";
import { Access } from "../../server/graphql/authorization";
import { resolvers } from "../../server/graphql/schema";
import { Agent, codeOf } from "../support/client";
import { startTestServer, type TestServer } from "../support/server";

/** Every operation that can change or stream data, and the rule it declares. */
function declaredRules() {
  void resolvers; // the resolver classes register their metadata when imported
  const storage = getMetadataStorage();
  const operations = [
    ...storage.mutations.map((m) => ({
      kind: "mutation",
      target: m.target,
      name: m.methodName,
      schemaName: m.schemaName,
    })),
    ...storage.subscriptions.map((s) => ({
      kind: "subscription",
      target: s.target,
      name: s.methodName,
      schemaName: s.schemaName,
    })),
  ];
  return operations.map((op) => {
    const rule = storage.authorizedFields.find((a) => a.target === op.target && a.fieldName === op.name);
    return { ...op, roles: rule?.roles as Access[] | undefined };
  });
}

/** A value of the right GraphQL type (not necessarily valid for the domain). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type)]));
  }
  const scalars: Record<string, unknown> = {
    DateTimeISO: new Date().toISOString(),
    EmailAddress: "someone@example.org",
    URL: "https://example.org",
    LocalDate: "2000-01-01",
    TimeZone: "Europe/Paris",
    Boolean: true,
    Int: 1,
  };
  return String(type) in scalars ? scalars[String(type)] : "x";
}

describe("authorization rules", () => {
  it("are declared on every mutation and subscription", () => {
    const rules = declaredRules();
    expect(rules.length).toBeGreaterThan(10);
    const missing = rules.filter((r) => !r.roles || r.roles.length === 0).map((r) => `${r.kind} ${r.schemaName}`);
    expect(missing).toEqual([]);
    for (const rule of rules) expect(Object.values(Access)).toEqual(expect.arrayContaining(rule.roles!));
  });

  describe("refuse a stranger (anonymous) on every SIGNED_IN mutation", () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer();
    });
    afterAll(() => server.stop());

    const signedIn = declaredRules().filter((r) => r.kind === "mutation" && r.roles?.includes(Access.SIGNED_IN));

    it.each(signedIn.map((r) => [r.schemaName]))("%s answers UNAUTHENTICATED", async (name) => {
      const field = server.app.schema.getMutationType()!.getFields()[name];
      // Authorization runs before input validation, so any well-typed input shows the rule.
      const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
      const vars = field.args.map((a) => `$${a.name}: ${a.type}`).join(", ");
      const selection = isCompositeType(getNamedType(field.type)) ? " { __typename }" : "";
      const query = `mutation${vars ? `(${vars})` : ""} { ${name}${args ? `(${args})` : ""}${selection} }`;
      const variables = Object.fromEntries(field.args.map((a) => [a.name, sample(a.type)]));
      const result = await new Agent(server.url).gql(query, variables);
      expect(codeOf(result)).toBe("UNAUTHENTICATED");
    });
  });
});
