import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { browserSession, DESKTOP, PHONE } from "../support/browser";
import { createOrganization, type ElementFixture } from "../support/elements";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import { makeMember } from "../support/links";

/**
 * A person's page lists their organizations, projects, events and follows as their
 * directory setting allows; the people directory finds people by name; the owner's page
 * marks what others cannot see.
 */
const TIMEOUT = 120_000;
const SCREENSHOTS = path.join(__dirname, "../screenshots");
const session = browserSession({ timeout: TIMEOUT });

const PRIVACY = `mutation($input: UpdatePrivacySettingsInput!) { updatePrivacySettings(input: $input) { id } }`;
const marker = uniqueName("p");
let lea: PersonFixture;
let visitor: PersonFixture;
let organization: ElementFixture;
let projectName: string;

beforeAll(async () => {
  const server = session.server;
  const admin = await createPerson(server, { displayName: `Marc ${marker}` });
  let discreet: PersonFixture;
  [lea, visitor, discreet] = await Promise.all([
    createPerson(server, { displayName: `Léa ${marker}` }),
    createPerson(server, { displayName: `Visiteur ${marker}` }),
    createPerson(server, { displayName: `Discrète ${marker}` }),
  ]);
  await discreet.agent.ok(PRIVACY, { input: { directory: "HIDDEN" } });
  organization = await createOrganization(admin, { name: `Jardins ${marker}` });
  await makeMember(admin, lea, organization.id);
  projectName = `Compost ${marker}`;
  await lea.agent.ok(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, {
    input: { name: projectName },
  });
  await lea.agent.ok(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, {
    input: { phone: "+33 6 12 34 56 78", locality: "Lyon", shortDescription: "Jardinière du quartier" },
  });
  await lea.agent.ok(PRIVACY, { input: { phone: "HIDDEN" } });
}, TIMEOUT);

async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(path.join(SCREENSHOTS, `${name}.png`), await page.screenshot({ fullPage: true }));
}

describe("a person's page", () => {
  it(
    "lists their memberships while their directory is public, and hides them once it is hidden",
    async () => {
      const url = `${session.server.url}/people/${lea.username}`;
      const { page, problems } = await session.tab({ as: visitor });
      await page.goto(url);
      await page.getByRole("heading", { level: 1, name: `Léa ${marker}` }).waitFor();
      const organizations = page.getByRole("region", { name: /^Organisations/ });
      await organizations.getByRole("link", { name: organization.name }).waitFor();
      await page
        .getByRole("region", { name: /^Projets/ })
        .getByRole("link", { name: projectName })
        .waitFor();
      // Her phone is hers alone: a visitor does not see it.
      expect(await page.getByText("+33 6 12 34 56 78").count()).toBe(0);

      // The visitor follows her from her page.
      await page.getByRole("button", { name: "Suivre", exact: true }).click();
      await page.getByRole("button", { name: "Ne plus suivre" }).waitFor();
      await page.getByText("1 abonné·e", { exact: true }).waitFor();
      await screenshot(page, "person-desktop-fr");
      // The visitor's own page lists whom they follow.
      await page.goto(`${session.server.url}/people/${visitor.username}`);
      await page
        .getByRole("region", { name: /^Abonnements/ })
        .getByRole("link", { name: `Léa ${marker}` })
        .waitFor();
      await page.goto(url);

      await lea.agent.ok(PRIVACY, { input: { directory: "HIDDEN" } });
      await page.reload();
      await page.getByRole("heading", { level: 1, name: `Léa ${marker}` }).waitFor();
      await page.getByText("Cette personne garde privés ses organisations").waitFor();
      expect(await page.getByRole("link", { name: organization.name }).count()).toBe(0);
      expect(await page.getByRole("link", { name: projectName }).count()).toBe(0);
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "marks on the owner's own page what others cannot see",
    async () => {
      const { page, problems } = await session.tab({ as: lea, viewport: PHONE });
      await page.goto(`${session.server.url}/people/${lea.username}`);
      await page.getByRole("heading", { level: 1, name: `Léa ${marker}` }).waitFor();
      const phone = page.getByRole("definition").filter({ hasText: "+33 6 12 34 56 78" });
      await phone.getByText("Vous seul·e").waitFor();
      // The e-mail address is for contacts by default.
      await page.getByRole("definition").filter({ hasText: lea.email }).getByText("Vos contacts seulement").waitFor();
      // The locality is public: nothing marks it.
      expect(await page.getByRole("definition").filter({ hasText: "Lyon" }).locator(".badge").count()).toBe(0);
      await page.getByText("Vous seul·e voyez vos organisations").waitFor();
      // Still listed to herself.
      await page.getByRole("link", { name: organization.name }).waitFor();
      expect(await page.getByRole("button", { name: "Suivre", exact: true }).count()).toBe(0);
      await screenshot(page, "person-own-phone-fr");
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );
});

describe("the people directory", () => {
  it(
    "finds people by name, and leaves out those who hide from it",
    async () => {
      for (const [viewport, size] of [
        ["desktop", DESKTOP],
        ["phone", PHONE],
      ] as const) {
        const { page, problems } = await session.tab({ viewport: size, language: "en" });
        await page.goto(`${session.server.url}/people`);
        await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
        await page.getByLabel("Search by name").fill(marker);
        await page.getByRole("button", { name: "Search", exact: true }).click();
        await page.waitForURL(new RegExp(`\\?q=${marker}$`));
        await page.getByRole("link", { name: `Marc ${marker}` }).waitFor();
        await page.getByRole("link", { name: `Visiteur ${marker}` }).waitFor();
        expect(await page.getByRole("link", { name: `Discrète ${marker}` }).count()).toBe(0);
        await page.getByRole("status").getByText("2 shown of 2").waitFor();
        await screenshot(page, `people-${viewport}-en`);

        await page.getByLabel("Search by name").fill(`nobody ${marker}`);
        await page.keyboard.press("Enter");
        await page.getByText(`Nobody’s name contains “nobody ${marker}”.`).waitFor();
        expect(problems).toEqual([]);
      }
    },
    TIMEOUT,
  );
});
