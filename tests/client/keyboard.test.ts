import type { Page } from "playwright-core";
import { browserSession } from "../support/browser";
import { insertOrganizationWithoutAdministrator } from "../support/elements";
import { newPersonInput } from "../support/factories";
import { Agent } from "../support/client";

/**
 * Someone who uses only the keyboard signs up, confirms their address from the local
 * outbox, logs in and joins an organization: every step with Tab, Enter and Space,
 * and the focused control always visibly marked.
 */
const TIMEOUT = 120_000;
// Without SMTP, mail goes to the outbox, which the web app shows to local visitors.
const session = browserSession({ timeout: TIMEOUT, server: { withoutSmtp: true } });

/** A Tab press more than any page here needs to reach a control: a missing control fails fast. */
const MAX_TABS = 60;

interface Focused {
  name: string;
  /** The browser shows focus from the keyboard, and the page draws it (an outline or a shadow). */
  visible: boolean;
}

/** The focused element's name as a person hears it (its label, or its text) and whether focus shows. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(`(() => {
    const element = document.activeElement;
    // The body, or the main region the app focuses after a route change (tabindex -1): no Tab stop.
    if (!element || element === document.body || element.tabIndex < 0) return { name: "", visible: false };
    const label = element.labels?.[0]?.innerText ?? element.getAttribute("aria-label") ?? element.innerText ?? "";
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none";
    // Required fields end their label with a star.
    return { name: label.replace(/\\s*\\*\\s*$/, "").trim(), visible: element.matches(":focus-visible") && (outline || shadow) };
  })()`);
}

/**
 * Presses Tab until the focused control's name matches, checking at every stop that the focus
 * is visible; fails after MAX_TABS presses.
 */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  const seen: string[] = [];
  for (let presses = 0; presses < MAX_TABS; presses++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (now.name) {
      expect({ focused: now.name, visible: now.visible }).toEqual({ focused: now.name, visible: true });
    }
    if (typeof name === "string" ? now.name === name : name.test(now.name)) return;
    seen.push(now.name);
  }
  throw new Error(`Tab never reached "${name}"; it went through: ${seen.join(" | ")}`);
}

it(
  "signs up, confirms the address, logs in and joins an organization with the keyboard alone",
  async () => {
    const { server } = session;
    // Nobody administers it (as after an import): joining is immediate.
    const organization = await insertOrganizationWithoutAdministrator(server);
    const person = newPersonInput();
    const { page, problems } = await session.tab();

    await page.goto(`${server.url}/signup`);
    await page.getByRole("heading", { level: 1, name: "Créer un compte" }).waitFor();
    for (const [label, value] of [
      ["Adresse e-mail", person.email],
      ["Nom affiché", person.displayName],
      ["Nom d’utilisateur", person.username],
      ["Mot de passe", person.password],
    ]) {
      await tabTo(page, label);
      await page.keyboard.type(value);
    }
    await tabTo(page, "Créer mon compte");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/check-mail/);
    await page.getByRole("heading", { level: 1, name: "Consultez vos e-mails" }).waitFor();

    await tabTo(page, "Ouvrir la boîte d’envoi locale");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/outbox$/);
    await page.getByText(person.email, { exact: false }).first().waitFor();
    await tabTo(page, /\/verify-email\?token=/);
    await page.keyboard.press("Enter");
    await page.getByRole("status").getByText("Votre adresse e-mail est confirmée").waitFor();

    await tabTo(page, "Se connecter");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/login/);
    await page.getByRole("heading", { level: 1, name: "Se connecter" }).waitFor();
    await tabTo(page, "Adresse e-mail ou nom d’utilisateur");
    await page.keyboard.type(person.username);
    await tabTo(page, "Mot de passe");
    await page.keyboard.type(person.password);
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/people/${person.username}$`));

    // Typing an address is keyboard use too.
    await page.goto(`${server.url}/organizations/${organization.slug}`);
    await page.getByRole("heading", { level: 1, name: organization.name }).waitFor();
    await tabTo(page, "Rejoindre");
    await page.keyboard.press("Space");
    await page.getByRole("status").getByText("Vous avez rejoint cette page.").waitFor();

    const { organization: joined } = await new Agent(server.url).ok(
      `query($id: ID!) { organization(id: $id) { community { nodes { person { username } } } } }`,
      { id: organization.id },
    );
    expect(joined.community.nodes).toEqual([{ person: { username: person.username } }]);
    expect(problems).toEqual([]);
  },
  TIMEOUT,
);
