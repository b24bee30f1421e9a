import { Agent, codeOf } from "../support/client";
import { createPerson } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const FIELD_TYPES = `query($name: String!) { __type(name: $name) {
  fields { name type { name ofType { name } } } inputFields { name type { name ofType { name } } } } }`;

/** The named type of each field of a type (object or input), unwrapping non-null. */
async function fieldTypes(typeName: string): Promise<Record<string, string>> {
  const { __type } = await new Agent(server.url).ok(FIELD_TYPES, { name: typeName });
  const fields: { name: string; type: { name: string | null; ofType: { name: string } | null } }[] =
    __type.fields ?? __type.inputFields;
  return Object.fromEntries(fields.map((field) => [field.name, field.type.name ?? field.type.ofType!.name]));
}

describe("scalars that say what a string holds", () => {
  it.each([
    ["Person", { website: "URL", email: "EmailAddress", birthDate: "LocalDate" }],
    ["SocialLink", { url: "URL" }],
    ["ExtraLink", { url: "URL" }],
    ["Organization", { website: "URL", email: "EmailAddress" }],
    ["Project", { startsOn: "LocalDate", endsOn: "LocalDate" }],
    ["Event", { timeZone: "TimeZone", onlineUrl: "URL" }],
    ["Image", { url: "URL" }],
    ["ImageUrls", { thumb: "URL", original: "URL" }],
    ["Instance", { mailOutboxUrl: "URL" }],
    ["RegisterInput", { email: "EmailAddress" }],
    ["ChangeEmailInput", { newEmail: "EmailAddress" }],
    ["RequestPasswordResetInput", { email: "EmailAddress" }],
    ["InviteByEmailInput", { email: "EmailAddress" }],
    ["UpdateProfileInput", { website: "URL", birthDate: "LocalDate" }],
    ["CreateEventInput", { timeZone: "TimeZone", onlineUrl: "URL" }],
    ["CreateProjectInput", { startsOn: "LocalDate", endsOn: "LocalDate" }],
  ])("%s uses them", async (typeName, expected) => {
    expect(await fieldTypes(typeName)).toMatchObject(expected);
  });

  it("refuses a value that is not of its scalar with BAD_USER_INPUT naming the field, even inside a list", async () => {
    const person = await createPerson(server);
    const update = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`;
    const cases: [Record<string, unknown>, { field: string; message: string; messageKey: string }][] = [
      [
        { website: "not a url" },
        {
          field: "website",
          message: "must be a web address starting with http:// or https://",
          messageKey: "validation.webUrl",
        },
      ],
      [
        { birthDate: "17/05/1990" },
        { field: "birthDate", message: "must be a date written YYYY-MM-DD", messageKey: "validation.date" },
      ],
      [
        {
          socialLinks: [
            { network: "GITHUB", url: "https://github.com/x" },
            { network: "GITHUB", url: "nope" },
          ],
        },
        {
          field: "socialLinks.1.url",
          message: "must be a web address starting with http:// or https://",
          messageKey: "validation.webUrl",
        },
      ],
    ];
    for (const [input, problem] of cases) {
      const result = await person.agent.gql(update, { input });
      expect([input, result.status, codeOf(result), result.errors?.[0].extensions?.fields]).toEqual([
        input,
        400,
        "BAD_USER_INPUT",
        [{ ...problem, messageParams: {} }],
      ]);
      expect(result.errors?.[0].message).toBe(`Some values are not valid: ${problem.field} (${problem.message}).`);
    }
    const register = await new Agent(server.url).gql(
      `mutation($input: RegisterInput!) { register(input: $input) { id } }`,
      { input: { email: "camille@", password: "a long enough passphrase", displayName: "C", username: "camille_x" } },
    );
    expect(register.errors?.[0].extensions?.fields).toEqual([
      { field: "email", message: "must be a valid e-mail address", messageKey: "validation.email", messageParams: {} },
    ]);
  });

  it("returns a URL as it was written (graphql-scalars' URL would add a slash)", async () => {
    const person = await createPerson(server);
    const { updateProfile } = await person.agent.ok(
      `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { website birthDate } }`,
      { input: { website: "https://example.org", birthDate: "1990-05-17" } },
    );
    expect(updateProfile).toEqual({ website: "https://example.org", birthDate: "1990-05-17" });
  });
});
