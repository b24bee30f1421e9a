import { browserSession } from "../support/browser";
import { newPersonInput, uniqueName } from "../support/factories";

const TIMEOUT = 60_000;
const session = browserSession({ timeout: TIMEOUT });

/** The link the server mailed, as a person would click it. */
async function mailedLink(email: string, path: string): Promise<string> {
  const mail = await session.server.mailbox.waitFor(email, (m) => m.text.includes(path));
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(path));
  if (!link) throw new Error(`no ${path} link in the mail to ${email}`);
  return link;
}

describe("web app", () => {
  it(
    "walks from sign-up to an edited profile, under the server's content security policy",
    async () => {
      const { page, problems } = await session.tab();
      const person = newPersonInput();

      await page.goto(`${session.server.url}/signup`);
      await page.getByLabel("Adresse e-mail").fill(person.email);
      await page.getByLabel("Nom affiché").fill(person.displayName);
      await page.getByLabel("Nom d’utilisateur").fill(person.username);
      // The server's refusal reads in the interface's language, next to its field.
      await page.getByLabel("Mot de passe").fill("password123");
      await page.getByRole("button", { name: "Créer mon compte" }).click();
      await page.getByText("fait partie des mots de passe les plus courants : choisissez-en un autre").waitFor();
      expect(await page.getByText("is one of the most common passwords").count()).toBe(0);

      await page.getByLabel("Mot de passe").fill(person.password);
      await page.getByRole("button", { name: "Créer mon compte" }).click();

      await page.waitForURL(/\/check-mail\?email=/);
      await page.getByRole("heading", { level: 1, name: "Consultez vos e-mails" }).waitFor();
      await page.getByText(person.email).waitFor();

      const link = await mailedLink(person.email, "/verify-email");
      expect(link.startsWith(`${session.server.url}/verify-email?token=`)).toBe(true);
      await page.goto(link);
      await page.getByRole("status").getByText("Votre adresse e-mail est confirmée").waitFor();

      await page.getByRole("main").getByRole("link", { name: "Se connecter" }).click();
      await page.waitForURL(/\/login$/);
      await page.getByLabel("Adresse e-mail ou nom d’utilisateur").fill(person.username);
      await page.getByLabel("Mot de passe").fill(person.password);
      await page.getByRole("button", { name: "Se connecter" }).click();

      await page.waitForURL(new RegExp(`/people/${person.username}$`));
      await page.getByRole("heading", { level: 1, name: person.displayName }).waitFor();
      // The header knows who is logged in: their name opens their account's menu.
      await page.getByRole("banner").getByRole("button", { name: person.displayName }).waitFor();

      await page.getByRole("link", { name: "Modifier mon profil" }).click();
      await page.waitForURL(/\/settings\/profile$/);
      const shortDescription = `Jardinier du quartier ${uniqueName("")}`;
      const locality = "Saint-Denis (97400)";
      await page.getByLabel("Description courte").fill(shortDescription);
      await page.getByLabel("Localité").fill(locality);
      await page.getByRole("button", { name: "Enregistrer le profil" }).click();
      await page.getByRole("status").getByText("Votre profil est enregistré.").waitFor();

      await page.getByRole("status").getByRole("link", { name: "Voir mon profil" }).click();
      await page.waitForURL(new RegExp(`/people/${person.username}$`));
      await page.reload();
      await page.getByText(shortDescription).waitFor();
      const details = page.getByRole("region", { name: "Coordonnées" });
      expect(await details.getByText(locality).isVisible()).toBe(true);

      await page.getByRole("banner").getByRole("button", { name: person.displayName }).click();
      await page.getByRole("button", { name: "Se déconnecter" }).click();
      await page.waitForURL(`${session.server.url}/`);
      await page
        .getByRole("navigation", { name: "Navigation principale" })
        .getByRole("link", { name: "Se connecter" })
        .waitFor();

      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "speaks French by default and switches to English",
    async () => {
      const { page, problems } = await session.tab();
      await page.goto(`${session.server.url}/login`);
      expect(await page.locator("html").getAttribute("lang")).toBe("fr");
      await page.getByLabel("Mot de passe").waitFor();

      await page.getByLabel("Langue").selectOption("EN");
      await page.getByLabel("Password").waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Log in");

      // The choice is remembered in this browser.
      await page.reload();
      await page.getByLabel("Password").waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("en");

      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );
});
