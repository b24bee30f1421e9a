import { browserSession, type BrowserTab } from "../support/browser";
import { createOrganization, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import { makeMember } from "../support/links";
import type { TestServer } from "../support/server";

const TIMEOUT = 90_000;
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

const displayName = (person: PersonFixture) => `Person ${person.username}`;

describe("joining an organization", () => {
  it(
    "a person asks to join, an administrator validates the request, and both see the new member",
    async () => {
      const name = `Chorale ${uniqueName("")}`;
      const organization = await createOrganization(alice, { name });
      const url = `${server.url}/organizations/${organization.slug}`;

      // Bruno follows the organization, then asks to join: it has an administrator, so it is a request.
      const b = await tabFor(bruno);
      await b.page.goto(url);
      await b.page.getByRole("heading", { level: 1, name }).waitFor();
      await b.page.getByRole("button", { name: "Suivre", exact: true }).click();
      await b.page.getByRole("status").getByText("Vous suivez cette page.").waitFor();
      await b.page.getByText("1 abonné·e", { exact: true }).waitFor();
      await b.page.getByRole("button", { name: "Demander à rejoindre" }).click();
      await b.page.getByRole("status").getByText("Votre demande attend un administrateur.").waitFor();
      await b.page.getByRole("button", { name: "Retirer ma demande" }).waitFor();

      // Alice finds the request in the Members tab and validates it.
      const a = await tabFor(alice);
      await a.page.goto(url);
      await a.page.getByRole("heading", { level: 1, name }).waitFor();
      await a.page
        .getByRole("navigation", { name: "Sections de la page" })
        .getByRole("link", { name: "Membres" })
        .click();
      await a.page.waitForURL(/\/members$/);
      const requests = a.page.getByRole("region", { name: /^Demandes en attente/ });
      const request = requests.getByRole("article", { name: displayName(bruno) });
      await request.getByRole("button", { name: "Valider" }).click();
      await a.page
        .getByRole("status")
        .getByText(`${displayName(bruno)} fait maintenant partie de la communauté.`)
        .waitFor();
      await requests.getByText("Aucune demande en attente.").waitFor();

      // After a reload, Bruno is among the members, next to Alice the administrator.
      await a.page.reload();
      const community = a.page.getByRole("region", { name: /^Communauté/ });
      await community.getByRole("article", { name: displayName(bruno) }).waitFor();
      await community
        .getByRole("article", { name: displayName(alice) })
        .getByText("Administrateur·rice", { exact: true })
        .waitFor();
      await a.page.getByRole("list", { name: "En bref" }).getByText("2 membres", { exact: true }).waitFor();

      // Bruno's own page says so too.
      await b.page.reload();
      await b.page.getByText("Vous en êtes membre", { exact: true }).waitFor();
      await b.page
        .getByRole("navigation", { name: "Sections de la page" })
        .getByRole("link", { name: "Membres" })
        .click();
      await b.page
        .getByRole("region", { name: /^Communauté/ })
        .getByRole("article", { name: displayName(bruno) })
        .waitFor();
      // Pending lists and management are for administrators only.
      expect(await b.page.getByRole("region", { name: /^Demandes en attente/ }).count()).toBe(0);
      expect(await b.page.getByRole("button", { name: "Retirer", exact: true }).count()).toBe(0);

      expect([...a.problems, ...b.problems]).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "an administrator invites a person by username, who accepts from their own list of pages, and an address by e-mail",
    async () => {
      const name = `Atelier ${uniqueName("")}`;
      const organization = await createOrganization(alice, { name });

      const a = await tabFor(alice);
      await a.page.goto(`${server.url}/organizations/${organization.slug}/members`);
      const invite = a.page.getByRole("region", { name: "Inviter" });
      await invite.getByLabel("Nom d’utilisateur").fill(`@${bruno.username}`);
      await invite.getByRole("button", { name: "Inviter cette personne" }).click();
      await invite
        .getByRole("status")
        .getByText(`${displayName(bruno)} est invité·e.`)
        .waitFor();
      await a.page
        .getByRole("region", { name: /^Invitations envoyées/ })
        .getByRole("article", { name: displayName(bruno) })
        .waitFor();

      // Someone without an account gets a mail whose link opens the sign-up form with their address.
      const newcomer = `${uniqueName("newcomer")}@example.org`;
      await invite.getByLabel("Adresse e-mail").fill(newcomer);
      await invite.getByRole("button", { name: "Envoyer l’invitation" }).click();
      await invite.getByRole("status").getByText(`Invitation envoyée à ${newcomer}.`).waitFor();
      // It waits among the invitations sent under the address typed, like any invitation by e-mail.
      await a.page
        .getByRole("region", { name: /^Invitations envoyées/ })
        .getByRole("article", { name: newcomer })
        .waitFor();
      const mail = await server.mailbox.waitFor(newcomer);
      const signup = /https?:\/\/\S*\/signup\?email=[^\s"<>]+/.exec(mail.text)?.[0];
      expect(signup).toBeDefined();
      const c = await session.tab();
      await c.page.goto(signup!.replace(/^https?:\/\/[^/]+/, server.url));
      expect(await c.page.getByLabel("Adresse e-mail").inputValue()).toBe(newcomer);

      const b = await tabFor(bruno);
      await b.page.goto(server.url);
      await b.page
        .getByRole("navigation", { name: "Navigation principale" })
        .getByRole("link", { name: "Mes pages" })
        .click();
      await b.page.getByRole("heading", { level: 1, name: "Mes organisations, projets et événements" }).waitFor();
      const invitation = b.page.getByRole("region", { name: /^Invitations à répondre/ }).getByRole("article", { name });
      await invitation.getByRole("button", { name: "Accepter l’invitation" }).click();
      await b.page.getByRole("status").getByText("Invitation acceptée.").waitFor();
      await b.page.reload();
      await b.page
        .getByRole("region", { name: /^Où je suis/ })
        .getByRole("article", { name })
        .waitFor();
      expect(await b.page.getByRole("region", { name: /^Invitations à répondre/ }).count()).toBe(0);

      expect([...a.problems, ...b.problems]).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "the last administrator names a successor before leaving, and the member list can be kept to members",
    async () => {
      const name = `Amicale ${uniqueName("")}`;
      const organization = await createOrganization(alice, { name });
      await makeMember(alice, bruno, organization.id);
      const url = `${server.url}/organizations/${organization.slug}`;

      const a = await tabFor(alice);
      await a.page.goto(url);
      // Leaving is not an administrator's first action: it waits in the page's menu.
      await a.page.getByRole("button", { name: "Plus d’actions" }).click();
      await a.page.getByRole("button", { name: "Quitter", exact: true }).click();
      await a.page
        .getByRole("alert")
        .getByText("Nommez d’abord quelqu’un pour administrer la page après vous.")
        .waitFor();
      const handOver = a.page.getByRole("form", { name: "Choisir qui administrera après vous" });
      await handOver
        .getByLabel("Nouvel administrateur ou nouvelle administratrice")
        .selectOption({ label: `Person ${bruno.username} (@${bruno.username})` });
      await handOver.getByRole("button", { name: "Transmettre et quitter" }).click();
      await a.page.getByRole("status").getByText("Vous avez quitté cette page.").waitFor();
      await a.page.getByRole("button", { name: "Demander à rejoindre" }).waitFor();

      // Bruno now administers it, and keeps the member list to members.
      await setElementSettings(bruno, organization.id, { memberList: "MEMBERS" });
      await a.page.goto(`${url}/members`);
      await a.page.getByText("La liste n’est visible que par les membres.").waitFor();
      expect(await a.page.getByRole("article", { name: displayName(bruno) }).count()).toBe(0);

      const b = await tabFor(bruno);
      await b.page.goto(`${url}/members`);
      await b.page.getByText("Vous êtes administrateur·rice", { exact: true }).waitFor();
      await b.page
        .getByRole("region", { name: /^Communauté/ })
        .getByRole("article", { name: displayName(bruno) })
        .getByText("Administrateur·rice", { exact: true })
        .waitFor();

      expect([...a.problems, ...b.problems]).toEqual([]);
    },
    TIMEOUT,
  );
});
