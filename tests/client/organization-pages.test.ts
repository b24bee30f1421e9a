import path from "node:path";
import type { Page } from "playwright-core";
import { browserSession, PHONE, type BrowserTab } from "../support/browser";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import type { TestServer } from "../support/server";

const TIMEOUT = 90_000;
/** Where the settings page's screenshots go (git-ignored, with the other pages'). */
const SCREENSHOTS = path.join(__dirname, "../screenshots");

const session = browserSession({ timeout: TIMEOUT });

let server: TestServer;
let alice: PersonFixture;
let bruno: PersonFixture;

beforeAll(async () => {
  server = session.server;
  [alice, bruno] = await Promise.all([createPerson(server), createPerson(server)]);
}, TIMEOUT);

/** A tab of its own for this person, logged in with the session the API gave them. */
const tabFor = (person: PersonFixture): Promise<BrowserTab> => session.tab({ as: person });

/** Fills the creation form with a name and a type, then what `more` adds, and returns the page's address. */
async function createOrganization(page: Page, name: string, more: () => Promise<void> = async () => {}) {
  await page.goto(`${server.url}/organizations`);
  await page.getByRole("main").getByRole("link", { name: "Créer une organisation", exact: true }).click();
  await page.waitForURL(/\/organizations\/new$/);
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill(name);
  await page.getByLabel("Type d’organisation").selectOption("COOPERATIVE");
  await more();
  await page.getByRole("button", { name: "Créer l’organisation" }).click();
  await page.waitForURL(/\/organizations\/(?!new$)[a-z0-9-]+$/);
  await page.getByRole("heading", { level: 1, name }).waitFor();
  return page.url();
}

/** Edits the short description through the Edit page, as anyone the page lets edit. */
async function editShortDescription(page: Page, value: string) {
  await page.getByRole("main").getByRole("link", { name: "Modifier la page" }).click();
  await page.waitForURL(/\/edit$/);
  await page.getByLabel("Description courte").fill(value);
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await page.getByRole("status").getByText("Modifications enregistrées").waitFor();
}

describe("organization pages", () => {
  it(
    "create an organization, open it to edition by others, and let its administrator revert a change",
    async () => {
      const a = await tabFor(alice);
      const name = `Coop ${uniqueName("")}`;
      const url = await createOrganization(a.page, name, async () => {
        await a.page.getByLabel("Description courte").fill("Une épicerie coopérative");
        await a.page.getByLabel("Présentation").fill("Des produits **locaux** et de saison.");
        await a.page.getByLabel("Thèmes").fill("alimentation, quartier");
        await a.page.getByLabel("Adresse e-mail").fill("bonjour@coop.example");
        const extraLinks = a.page.getByRole("group", { name: "Autres liens" });
        await extraLinks.getByRole("button", { name: "Ajouter un lien" }).click();
        await extraLinks.getByLabel("Type de lien").selectOption("CHAT");
        await extraLinks.getByRole("textbox", { name: "Lien", exact: true }).fill("https://chat.coop.example/salon");
        await extraLinks.getByLabel("Intitulé").fill("Notre salon");
      });

      // The About tab shows what was typed, the Markdown rendered.
      const description = a.page.getByRole("region", { name: "Présentation" });
      expect(await description.locator("strong").textContent()).toBe("locaux");
      await a.page.getByRole("region", { name: "Thèmes" }).getByText("quartier").waitFor();
      await a.page
        .getByRole("region", { name: "Contact" })
        .getByRole("link", { name: "bonjour@coop.example" })
        .waitFor();
      await a.page
        .getByRole("region", { name: "Liens" })
        .getByRole("link", { name: "https://chat.coop.example/salon" })
        .waitFor();
      await a.page.getByText("Organisation · Coopérative").waitFor();

      const byAlice = `Épicerie ${uniqueName("")}`;
      await editShortDescription(a.page, byAlice);

      // Open edition: someone outside the organization may edit it too.
      const b = await tabFor(bruno);
      await b.page.goto(url);
      await b.page.getByRole("heading", { level: 1, name }).waitFor();
      await b.page.getByText(byAlice).waitFor();
      await b.page.getByRole("main").getByRole("link", { name: "Modifier la page" }).click();
      await b.page.getByText("toute personne connectée peut l’améliorer").waitFor();
      const byBruno = `Vandalisme ${uniqueName("")}`;
      await b.page.getByLabel("Description courte").fill(byBruno);
      await b.page.getByRole("button", { name: "Enregistrer les modifications" }).click();
      await b.page.getByRole("status").getByText("Modifications enregistrées").waitFor();
      // Only administrators see the settings.
      expect(await b.page.getByRole("main").getByRole("link", { name: "Paramètres de la page" }).count()).toBe(0);

      // Alice finds Bruno's change in the history and reverts it.
      await a.page.goto(url);
      await a.page
        .getByRole("navigation", { name: "Sections de la page" })
        .getByRole("link", { name: "Historique" })
        .click();
      await a.page.waitForURL(/\/history$/);
      const changes = a.page.getByRole("article", { name: /^Modification du/ });
      const brunosChange = changes.filter({ hasText: byBruno });
      await brunosChange.getByText(byAlice).waitFor();
      await brunosChange.getByRole("button", { name: "Annuler cette modification" }).click();
      await a.page.getByRole("status").getByText("La modification est annulée").waitFor();
      await changes.filter({ hasText: "Annule la modification du" }).waitFor();

      // A fresh load shows what the server kept.
      await a.page.goto(url);
      await a.page.getByRole("heading", { level: 1, name }).waitFor();
      await a.page.getByText(byAlice).waitFor();
      expect(await a.page.getByText(byBruno).count()).toBe(0);

      expect([...a.problems, ...b.problems]).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "hide a private organization from people outside it, and show a pending deletion",
    async () => {
      const a = await tabFor(alice);
      const name = `Cercle ${uniqueName("")}`;
      const url = await createOrganization(a.page, name);

      await a.page.getByRole("main").getByRole("link", { name: "Paramètres de la page" }).click();
      await a.page.waitForURL(/\/settings$/);
      await a.page.getByLabel("Page privée").check();
      await a.page
        .getByRole("group", { name: "Qui voit l’e-mail et le téléphone ?" })
        .getByLabel("Les membres seulement")
        .check();
      await a.page.getByRole("button", { name: "Enregistrer les paramètres" }).click();
      await a.page.getByRole("status").getByText("Les paramètres sont enregistrés.").waitFor();
      await a.page.getByText("Privée", { exact: true }).waitFor();

      const b = await tabFor(bruno);
      await b.page.goto(url);
      await b.page.getByRole("heading", { level: 1, name: "Organisation introuvable" }).waitFor();
      expect(await b.page.getByText(name).count()).toBe(0);

      await a.page.getByLabel("Je demande la suppression de cette page").check();
      await a.page.getByRole("button", { name: "Demander la suppression" }).click();
      await a.page.getByRole("status").getByText("La suppression est demandée.").waitFor();
      await a.page.reload();
      await a.page.getByText(/Suppression demandée le .* : un autre administrateur peut la refuser jusqu’au/).waitFor();
      // The one who asked cannot refuse their own request: another administrator must.
      await a.page.getByRole("button", { name: "Refuser la suppression" }).click();
      await a.page.getByRole("alert").getByText("c’est à un autre administrateur de la refuser").waitFor();

      expect(a.problems).toEqual([]);
      expect(b.problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "open an organization's membership: joining takes effect at once",
    async () => {
      const a = await tabFor(alice);
      const name = `Ouvert ${uniqueName("")}`;
      const url = await createOrganization(a.page, name);

      await a.page.getByRole("main").getByRole("link", { name: "Paramètres de la page" }).click();
      await a.page.waitForURL(/\/settings$/);
      await a.page.getByLabel("Adhésion ouverte").check();
      await a.page.getByRole("button", { name: "Enregistrer les paramètres" }).click();
      await a.page.getByRole("status").getByText("Les paramètres sont enregistrés.").waitFor();
      await a.page.screenshot({ path: path.join(SCREENSHOTS, "organization-settings-desktop-fr.png"), fullPage: true });
      await a.page.setViewportSize(PHONE);
      await a.page.screenshot({ path: path.join(SCREENSHOTS, "organization-settings-phone-fr.png"), fullPage: true });

      const b = await tabFor(bruno);
      await b.page.goto(url);
      await b.page.getByRole("heading", { level: 1, name }).waitFor();
      expect(await b.page.getByRole("button", { name: "Demander à rejoindre" }).count()).toBe(0);
      await b.page.getByRole("button", { name: "Rejoindre", exact: true }).click();
      await b.page.getByRole("status").getByText("Vous avez rejoint cette page.").waitFor();
      await b.page.getByText("Vous en êtes membre", { exact: true }).waitFor();

      // The setting is kept: a fresh load of the settings shows it checked.
      await a.page.reload();
      expect(await a.page.getByLabel("Adhésion ouverte").isChecked()).toBe(true);

      expect(a.problems).toEqual([]);
      expect(b.problems).toEqual([]);
    },
    TIMEOUT,
  );
});
