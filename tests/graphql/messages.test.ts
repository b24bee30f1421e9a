import { readFileSync } from "node:fs";
import path from "node:path";
import { getMetadataStorage } from "class-validator";
import type { ValidationMetadata } from "class-validator/types/metadata/ValidationMetadata";
import "reflect-metadata";
import { resolvers } from "../../server/graphql/schema";
import { MESSAGES } from "../../server/graphql/messages";
import { Agent, codeOf } from "../support/client";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

type Messages = { [key: string]: string | Messages };

function localeTexts(language: string): Messages {
  const file = path.join(__dirname, "../../client/src/i18n", `${language}.json`);
  return (JSON.parse(readFileSync(file, "utf8")) as { server: Messages }).server;
}

/** The text of `key` (or its plural forms) in a locale's `server` section. */
function textsOf(messages: Messages, key: string): string[] {
  const [group, name] = key.split(".");
  const inGroup = messages[group];
  if (typeof inGroup !== "object") return [];
  const forms = [name, `${name}_one`, `${name}_other`].map((form) => inGroup[form]);
  return forms.filter((text): text is string => typeof text === "string" && text.trim() !== "");
}

/** Every constraint the input classes declare, as the key its failure is sent with. */
function constraintKeys(): string[] {
  // Building the schema loads every resolver, hence every input and argument class.
  expect(resolvers.length).toBeGreaterThan(0);
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, ValidationMetadata[]> };
  const keys = new Set<string>();
  for (const metadatas of storage.validationMetadatas.values()) {
    for (const metadata of metadatas) {
      // @IsOptional and whitelisting decide whether to validate; they never fail themselves.
      if (metadata.type === "conditionalValidation" || metadata.type === "whitelistValidation") continue;
      const context = metadata.context as { messageKey?: string } | undefined;
      keys.add(context?.messageKey ?? `validation.${metadata.name ?? metadata.type}`);
    }
  }
  return [...keys].sort();
}

describe("the catalogue of server messages", () => {
  const fr = localeTexts("fr");
  const en = localeTexts("en");

  it("has a French and an English text in the web app for every key", () => {
    for (const key of Object.keys(MESSAGES)) {
      expect({ key, fr: textsOf(fr, key).length > 0, en: textsOf(en, key).length > 0 }).toEqual({
        key,
        fr: true,
        en: true,
      });
    }
  });

  it("has a key, with both texts, for every constraint of the input classes", () => {
    const keys = constraintKeys();
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      expect({ key, inCatalogue: key in MESSAGES }).toEqual({ key, inCatalogue: true });
      expect({ key, fr: textsOf(fr, key).length > 0, en: textsOf(en, key).length > 0 }).toEqual({
        key,
        fr: true,
        en: true,
      });
    }
  });

  it("names a count `count` wherever a translation chooses a plural form by it", () => {
    const plural = Object.keys(MESSAGES).filter((key) => textsOf(fr, key).length > 1 || textsOf(en, key).length > 1);
    expect(plural).toContain("validation.maxLength");
    for (const key of plural) {
      expect({ key, template: MESSAGES[key as keyof typeof MESSAGES] }).toEqual({
        key,
        template: expect.stringContaining("{{count}}"),
      });
    }
  });
});

describe("errors sent by the API", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`;

  it("carry a message key and its parameters besides the English text", async () => {
    const admin = await createPerson(server);
    const stranger = await createPerson(server);
    const organization = await createOrganization(admin);
    await setElementSettings(admin, organization.id, { openEdition: false });

    const missing = await stranger.agent.gql(UPDATE, {
      input: { id: "00000000-0000-4000-8000-000000000000", shortDescription: "x" },
    });
    expect(codeOf(missing)).toBe("NOT_FOUND");
    expect(missing.errors![0]).toMatchObject({
      message: "This organization was not found.",
      extensions: { messageKey: "notFound.organization", messageParams: {} },
    });

    const refused = await stranger.agent.gql(UPDATE, { input: { id: organization.id, shortDescription: "x" } });
    expect(codeOf(refused)).toBe("FORBIDDEN");
    expect(refused.errors![0].extensions).toMatchObject({ messageKey: "forbidden.membersOnlyEdit", messageParams: {} });

    const tooLong = await admin.agent.gql(UPDATE, {
      input: { id: organization.id, shortDescription: "x".repeat(281) },
    });
    expect(codeOf(tooLong)).toBe("BAD_USER_INPUT");
    expect(tooLong.errors![0].extensions).toMatchObject({
      messageKey: "input.invalid",
      messageParams: { fields: "shortDescription" },
      fields: [
        {
          field: "shortDescription",
          message: "must be shorter than or equal to 280 characters",
          messageKey: "validation.maxLength",
          messageParams: { count: 280 },
        },
      ],
    });

    const common = await new Agent(server.url).gql(
      `mutation($input: RegisterInput!) { register(input: $input) { id } }`,
      { input: { email: "common@example.org", password: "password123", displayName: "C", username: "common_pw" } },
    );
    expect(codeOf(common)).toBe("BAD_USER_INPUT");
    expect(common.errors![0].extensions!.fields).toEqual([
      {
        field: "password",
        message: "is one of the most common passwords: choose another",
        messageKey: "password.common",
        messageParams: {},
      },
    ]);
  });

  it("carry a key on refusals of the document itself, keeping graphql's wording", async () => {
    const broken = await new Agent(server.url).gql(`{ organizations(first: 1) { nodes { id }`);
    expect(codeOf(broken)).toBe("GRAPHQL_PARSE_FAILED");
    expect(broken.errors![0].message).toMatch(/^Syntax Error/);
    expect(broken.errors![0].extensions).toMatchObject({ messageKey: "request.invalid", messageParams: {} });

    const unknown = await new Agent(server.url).gql(`{ organizations(first: 1) { nodes { nope } } }`);
    expect(codeOf(unknown)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(unknown.errors![0].extensions).toMatchObject({ messageKey: "request.invalid", messageParams: {} });
  });
});
