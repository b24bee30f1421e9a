import type { Page } from "playwright-core";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { browserSession, DESKTOP, PHONE, type BrowserTab } from "../support/browser";
import { createOrganization } from "../support/elements";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import type { TestServer } from "../support/server";

const TIMEOUT = 90_000;

const session = browserSession({ timeout: TIMEOUT });

let server: TestServer;
let alice: PersonFixture;

beforeAll(async () => {
  server = session.server;
  alice = await createPerson(server);
}, TIMEOUT);

/** A tab of its own for this person, logged in with the session the API gave them. */
const tabFor = (person: PersonFixture): Promise<BrowserTab> => session.tab({ as: person });

/** Types in the time zone combobox and picks the zone it offers. */
async function chooseTimeZone(page: Page, typed: string, zone: string) {
  const field = page.getByRole("combobox", { name: "Fuseau horaire" });
  await field.fill(typed);
  await page.getByRole("option", { name: zone.replace(/_/g, " ") }).click();
  expect(await field.inputValue()).toBe(zone);
}

describe("project and event pages", () => {
  it(
    "create a project carried by an organization, see its facts, and edit its stage",
    async () => {
      const carrier = await createOrganization(alice, { name: `Amis des jardins ${uniqueName("")}` });
      const { page, problems } = await tabFor(alice);
      const name = `Jardin ${uniqueName("")}`;
      await page.goto(`${server.url}/projects`);
      await page.getByRole("main").getByRole("link", { name: "Créer un projet", exact: true }).click();
      await page.waitForURL(/\/projects\/new$/);
      await page.getByRole("textbox", { name: "Nom", exact: true }).fill(name);
      await page.getByLabel("Avancement").selectOption("STARTED");
      await page.getByLabel("Licence", { exact: true }).selectOption("CC-BY-SA-4.0");
      await page.getByLabel("Porté par").selectOption({ label: carrier.name });
      await page.getByRole("button", { name: "Créer le projet" }).click();
      await page.waitForURL(/\/projects\/(?!new$)[a-z0-9-]+$/);
      await page.getByRole("heading", { level: 1, name }).waitFor();
      await page.getByText("Projet · Démarré").waitFor();
      const facts = page.getByRole("region", { name: "Le projet" });
      await facts.getByText("CC-BY-SA-4.0").waitFor();
      await facts.getByRole("link", { name: carrier.name }).waitFor();

      await page.getByRole("main").getByRole("link", { name: "Modifier la page" }).click();
      await page.getByLabel("Avancement").selectOption("MATURE");
      // A licence outside the list is typed under "Other"; the server's refusal reads in French.
      const licence = page.getByLabel("Licence", { exact: true });
      expect(await licence.inputValue()).toBe("CC-BY-SA-4.0");
      await licence.selectOption({ label: "Autre licence…" });
      const spdx = page.getByLabel("Identifiant SPDX de la licence");
      await spdx.fill("pas une licence");
      await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
      await page.getByText("doit être une licence connue (identifiant SPDX, comme MIT ou CC-BY-SA-4.0)").waitFor();
      const screenshots = path.join(__dirname, "../screenshots");
      mkdirSync(screenshots, { recursive: true });
      for (const [device, viewport] of [
        ["desktop", DESKTOP],
        ["phone", PHONE],
      ] as const) {
        await page.setViewportSize(viewport);
        await spdx.scrollIntoViewIfNeeded();
        writeFileSync(path.join(screenshots, `project-licence-other-${device}-fr.png`), await page.screenshot());
      }
      await page.setViewportSize(DESKTOP);
      await spdx.fill("MPL-2.0");
      await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
      await page.getByRole("status").getByText("Modifications enregistrées").waitFor();
      await page.getByText("Projet · Abouti").waitFor();
      await page
        .getByRole("navigation", { name: "Sections de la page" })
        .getByRole("link", { name: "À propos" })
        .click();
      await page.getByRole("region", { name: "Le projet" }).getByText("MPL-2.0").waitFor();

      await page
        .getByRole("navigation", { name: "Sections de la page" })
        .getByRole("link", { name: "Contributeurs" })
        .click();
      await page
        .getByRole("region", { name: /^Communauté/ })
        .getByRole("article", { name: `Person ${alice.username}` })
        .waitFor();
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "create a weekly event in another time zone and see its dates there, with the next occurrences",
    async () => {
      const { page, problems } = await tabFor(alice);
      const name = `Répétition ${uniqueName("")}`;
      await page.goto(`${server.url}/events`);
      await page.getByRole("main").getByRole("link", { name: "Créer un événement", exact: true }).click();
      await page.waitForURL(/\/events\/new$/);
      await page.getByRole("textbox", { name: "Nom", exact: true }).fill(name);
      await page.getByLabel("Type d’événement").selectOption("WORKSHOP");
      await page.getByLabel(/^Début/).fill("2027-03-10T19:00");
      await page.getByLabel(/^Fin/).fill("2027-03-10T21:30");
      await chooseTimeZone(page, "new york", "America/New_York");
      await page.getByLabel("Nombre maximal de participants").fill("12");
      // A rule typed by hand, under Advanced.
      await page.getByText("Avancé", { exact: true }).click();
      await page.getByLabel("Répétition (RRULE)").fill("FREQ=WEEKLY;BYDAY=WE;COUNT=3");
      await page.getByRole("button", { name: "Créer l’événement" }).click();
      await page.waitForURL(/\/events\/(?!new$)[a-z0-9-]+$/);
      await page.getByRole("heading", { level: 1, name }).waitFor();
      await page.getByText("Événement · Atelier").waitFor();

      const facts = page.getByRole("region", { name: "L’événement" });
      await facts
        .locator("dl")
        .getByRole("time")
        .filter({ hasText: /10 mars 2027.*19:00.*21:30.*\(America\/New_York\)/ })
        .waitFor();
      await facts.getByText("toutes les semaines, le mercredi, 3 fois").waitFor();
      await facts.getByText("Places prises : 1 sur 12").waitFor();
      const occurrences = facts.getByRole("region", { name: "Prochaines dates" }).getByRole("listitem");
      await occurrences
        .nth(2)
        .getByText(/24 mars 2027/)
        .waitFor();
      expect(await occurrences.count()).toBe(3);

      // Its administrator adds a part to its programme, within its time span.
      const eventUrl = page.url();
      await page.getByRole("link", { name: "Ajouter un événement au programme" }).click();
      await page.getByText("Cet événement fera partie de :").getByRole("link", { name }).waitFor();
      const part = `Accueil ${uniqueName("")}`;
      await page.getByRole("textbox", { name: "Nom", exact: true }).fill(part);
      await page.getByLabel("Type d’événement").selectOption("GET_TOGETHER");
      await page.getByLabel(/^Début/).fill("2027-03-10T19:00");
      await page.getByLabel(/^Fin/).fill("2027-03-10T19:30");
      await chooseTimeZone(page, "new york", "America/New_York");
      await page.getByRole("button", { name: "Créer l’événement" }).click();
      await page.getByRole("heading", { level: 1, name: part }).waitFor();
      await page.getByRole("region", { name: "L’événement" }).getByRole("link", { name }).waitFor();
      await page.goto(eventUrl);
      await page.getByRole("region", { name: "Au programme" }).getByRole("link", { name: part }).waitFor();

      // The upcoming list shows it, in its zone.
      // A fresh load (the list read when the test began is in the page's cache); other test files add
      // events to the same database: page through the list until it comes.
      await page.goto(`${server.url}/events`);
      const main = page.getByRole("main");
      const more = main.getByRole("button", { name: "Afficher plus d’événements" });
      await main.getByRole("link", { name }).or(more).first().waitFor();
      for (let page_ = 0; page_ < 30 && (await main.getByRole("link", { name }).count()) === 0; page_++) {
        await more.click();
        await main
          .getByRole("button", { name: /Afficher plus d’événements|Chargement/ })
          .or(main.getByRole("link", { name }))
          .first()
          .waitFor();
      }
      await main.getByRole("link", { name }).waitFor();
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "list an organization's projects and upcoming events in its tabs",
    async () => {
      const organization = await createOrganization(alice, { name: `Maison ${uniqueName("")}` });
      const projectName = `Compost ${uniqueName("")}`;
      const eventName = `Atelier ${uniqueName("")}`;
      const { createProject: project } = await alice.agent.ok(
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { id slug } }`,
        { input: { name: projectName, carrierOrganizationId: organization.id } },
      );
      const startsAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
      await alice.agent.ok(`mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`, {
        input: {
          name: eventName,
          type: "WORKSHOP",
          startsAt,
          timeZone: "Europe/Paris",
          organizerIds: [organization.id, project.id],
        },
      });
      const { page, problems } = await tabFor(alice);
      await page.goto(`${server.url}/organizations/${organization.slug}`);
      const sections = page.getByRole("navigation", { name: "Sections de la page" });
      await sections.getByRole("link", { name: "Projets", exact: true }).click();
      await page.getByRole("link", { name: projectName }).waitFor();
      await sections.getByRole("link", { name: "Événements", exact: true }).click();
      await page.getByRole("link", { name: eventName }).waitFor();
      await page.goto(`${server.url}/projects/${project.slug}/events`);
      await page.getByRole("link", { name: eventName }).waitFor();
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );
});
