import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { browserSession, DESKTOP, PHONE, type BrowserTab, type TabOptions } from "../support/browser";
import { createOrganization } from "../support/elements";
import { createPerson, type PersonFixture, uniqueName } from "../support/factories";
import type { TestServer } from "../support/server";

/** The event form (organizers, recurrence picker, time zone) and the next dates of a series, in a browser. */

const TIMEOUT = 120_000;
const SCREENSHOTS = path.join(__dirname, "../screenshots");

const session = browserSession({ timeout: TIMEOUT });

let server: TestServer;
let alice: PersonFixture;

beforeAll(async () => {
  server = session.server;
  alice = await createPerson(server, { displayName: "Alice Martin" });
}, TIMEOUT);

/** A tab of its own, logged in as `person` when given, in a language. */
const tab = (person: PersonFixture | null, options: TabOptions = {}): Promise<BrowserTab> =>
  session.tab({ as: person, language: "fr", ...options });

/** The Wednesday two to three weeks from now, as a date input holds it: within the next dates' year. */
function comingWednesday(): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + 14 + ((3 - day.getUTCDay() + 7) % 7));
  return day.toISOString().slice(0, 10);
}

async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForLoadState("networkidle");
  writeFileSync(path.join(SCREENSHOTS, `${name}.png`), await page.screenshot({ fullPage: true }));
}

describe("event pages", () => {
  it(
    "create an event for an organization from its Events tab; it appears in that tab",
    async () => {
      const organization = await createOrganization(alice, { name: `Maison ${uniqueName("")}` });
      const other = await createOrganization(alice, { name: `Voisins ${uniqueName("")}` });
      const { page, problems } = await tab(alice);
      await page.goto(`${server.url}/organizations/${organization.slug}/events`);
      await page.getByText("Aucun événement à venir. Annoncez le prochain").waitFor();
      await page.getByRole("link", { name: "Créer un événement pour cette organisation" }).click();
      await page.waitForURL(/\/events\/new\?organization=/);

      // The organization is chosen, the creator is not; the other organization they run is offered.
      const organizers = page.getByRole("group", { name: "Organisé par" });
      expect(await organizers.getByRole("checkbox", { name: new RegExp(organization.name) }).isChecked()).toBe(true);
      expect(await organizers.getByRole("checkbox", { name: "Vous (Alice Martin)" }).isChecked()).toBe(false);
      expect(await organizers.getByRole("checkbox", { name: new RegExp(other.name) }).isChecked()).toBe(false);
      // The area's time zone by default.
      expect(await page.getByRole("combobox", { name: "Fuseau horaire" }).inputValue()).toBe("Europe/Paris");

      const name = `Troc de graines ${uniqueName("")}`;
      await page.getByRole("textbox", { name: "Nom", exact: true }).fill(name);
      await page.getByLabel("Type d’événement").selectOption("MARKET");
      await page.getByLabel(/^Début/).fill(`${comingWednesday()}T14:00`);
      // The place sits with the times, before the contact details.
      await page.getByRole("group", { name: "Quand et où" }).getByLabel("Lieu").fill("Cour de la Maison");
      await page.getByRole("button", { name: "Créer l’événement" }).click();
      await page.getByRole("heading", { level: 1, name }).waitFor();
      const facts = page.getByRole("region", { name: "L’événement" });
      await facts.getByRole("link", { name: organization.name }).waitFor();
      await facts.getByText("Cour de la Maison").waitFor();
      expect(await facts.getByRole("link", { name: "Alice Martin" }).count()).toBe(0);

      // Its administrator adds the other organization they run, from the edit page.
      await page.getByRole("main").getByRole("link", { name: "Modifier la page" }).click();
      const editOrganizers = page.getByRole("group", { name: "Organisé par" });
      expect(await editOrganizers.getByRole("checkbox", { name: new RegExp(organization.name) }).isChecked()).toBe(
        true,
      );
      await editOrganizers.getByRole("checkbox", { name: new RegExp(other.name) }).check();
      await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
      await page.getByRole("status").getByText("Modifications enregistrées").waitFor();
      await page.getByRole("link", { name: "Voir la page" }).click();
      await facts.getByRole("link", { name: other.name }).waitFor();

      await page.goto(`${server.url}/organizations/${organization.slug}/events`);
      await page.getByRole("main").getByRole("link", { name }).waitFor();
      await page.getByRole("link", { name: "Créer un événement pour cette organisation" }).waitFor();
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "make a weekly event with the picker, cancel one date, and see it cancelled after reload, as anyone",
    async () => {
      const { page, problems } = await tab(alice);
      await page.goto(`${server.url}/events/new`);
      const name = `Chorale ${uniqueName("")}`;
      await page.getByRole("textbox", { name: "Nom", exact: true }).fill(name);
      await page.getByLabel("Type d’événement").selectOption("COURSE");
      const start = comingWednesday();
      await page.getByLabel(/^Début/).fill(`${start}T19:00`);
      await page.getByLabel(/^Fin/).fill(`${start}T21:00`);

      // The time zone combobox filters the zones as one types, and the keyboard chooses.
      const zone = page.getByRole("combobox", { name: "Fuseau horaire" });
      await zone.fill("toronto");
      await page.getByRole("option", { name: "America/Toronto" }).waitFor();
      await zone.press("Enter");
      expect(await zone.inputValue()).toBe("America/Toronto");
      // A zone typed in full is kept on leaving the field.
      await zone.fill("Asia/Tokyo");
      await zone.press("Tab");
      expect(await zone.inputValue()).toBe("Asia/Tokyo");
      await zone.fill("paris");
      await zone.press("ArrowDown");
      await zone.press("ArrowUp");
      await zone.press("Enter");
      expect(await zone.inputValue()).toBe("Europe/Paris");

      const repetition = page.getByRole("group", { name: "Répétition" });
      await repetition.getByLabel("Se répète").selectOption("WEEKLY");
      const wednesday = repetition.getByRole("checkbox", { name: "mercredi" });
      expect(await wednesday.isChecked()).toBe(true);
      expect(await wednesday.isDisabled()).toBe(true);
      await repetition.getByRole("checkbox", { name: "samedi" }).check();
      await repetition.getByRole("spinbutton", { name: "Nombre de fois" }).fill("5");
      await repetition.getByText("toutes les semaines, le mercredi et le samedi, 5 fois").waitFor();
      await screenshot(page, "event-form-recurrence-desktop-fr");
      // The rule it wrote is there, under Advanced.
      await repetition.getByText("Avancé").click();
      expect(await repetition.getByLabel("Répétition (RRULE)").inputValue()).toBe("FREQ=WEEKLY;BYDAY=WE,SA;COUNT=5");
      await page.getByRole("button", { name: "Créer l’événement" }).click();
      await page.getByRole("heading", { level: 1, name }).waitFor();
      const eventUrl = page.url();

      const dates = () =>
        page.getByRole("region", { name: "L’événement" }).getByRole("region", { name: "Prochaines dates" });
      await dates().getByRole("listitem").nth(4).waitFor();
      expect(await dates().getByRole("listitem").count()).toBe(5);
      const second = dates().getByRole("listitem").nth(1);
      const secondText = await second.locator("time").textContent();
      await second.getByRole("button", { name: "Annuler cette date" }).click();
      await second.getByText("Annulée").waitFor();

      await page.reload();
      await dates().getByRole("listitem").nth(1).getByText("Annulée").waitFor();
      expect(await dates().getByRole("listitem").nth(1).locator("del time").textContent()).toBe(secondText);
      expect(await dates().getByRole("listitem").count()).toBe(5);
      await dates().getByRole("listitem").nth(1).getByRole("button", { name: "Rétablir cette date" }).waitFor();
      await screenshot(page, "event-recurring-desktop-fr");

      // Anyone sees the cancelled date, without the administrators' buttons; the calendar file is offered.
      const visitor = await tab(null, { language: "en" });
      await visitor.page.goto(eventUrl);
      const visitorDates = visitor.page.getByRole("region", { name: "Next dates" });
      await visitorDates.getByRole("listitem").nth(1).getByText("Cancelled").waitFor();
      expect(await visitorDates.getByRole("button").count()).toBe(0);
      await visitor.page.getByText("every week, on Wednesday and Saturday, 5 times").waitFor();
      const calendar = visitor.page.getByRole("link", { name: "Add to my calendar" });
      const href = await calendar.getAttribute("href");
      const file = await visitor.page.request.get(`${server.url}${href}`);
      expect(file.ok()).toBe(true);
      expect(await file.text()).toMatch(/EXDATE;TZID=Europe\/Paris:/);
      await visitor.page.getByRole("button", { name: "Copy the link" }).waitFor();
      expect(problems).toEqual([]);
      expect(visitor.problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "move one date of a series to another time",
    async () => {
      const start = comingWednesday();
      const { createEvent: series } = await alice.agent.ok(
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { slug } }`,
        {
          input: {
            name: `Permanence ${uniqueName("")}`,
            type: "MEETING",
            startsAt: `${start}T17:00:00Z`,
            timeZone: "UTC",
            recurrenceRule: "FREQ=WEEKLY;COUNT=3",
          },
        },
      );
      const { page, problems } = await tab(alice);
      await page.goto(`${server.url}/events/${series.slug}`);
      const dates = page.getByRole("region", { name: "Prochaines dates" });
      const third = dates.getByRole("listitem").nth(2);
      await third.getByRole("button", { name: "Changer l’horaire" }).click();
      const form = third.getByRole("group", { name: /^Nouvel horaire du/ });
      const moved = (await form.getByLabel(/^Début/).inputValue()).replace("T17:00", "T18:30");
      await form.getByLabel(/^Début/).fill(moved);
      await form.getByRole("button", { name: "Enregistrer l’horaire" }).click();
      await dates.getByRole("listitem").nth(2).getByText("Date modifiée").waitFor();
      await dates.getByRole("listitem").nth(2).getByRole("link", { name: /18:30/ }).waitFor();
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "write screenshots of the event form and a recurring event, on a laptop and a phone, in French and English",
    async () => {
      const organization = await createOrganization(alice, { name: "Les Jardins du Lavoir" });
      const { createEvent: series } = await alice.agent.ok(
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { id slug } }`,
        {
          input: {
            name: "Atelier du mercredi",
            type: "WORKSHOP",
            startsAt: `${comingWednesday()}T13:00:00Z`,
            endsAt: `${comingWednesday()}T15:00:00Z`,
            timeZone: "Europe/Paris",
            address: { street: "12 rue du Lavoir", postalCode: "93100", city: "Montreuil" },
            shortDescription: "On jardine ensemble, tous niveaux.",
            recurrenceRule: "FREQ=WEEKLY;BYDAY=WE;COUNT=8",
            organizerIds: [organization.id],
          },
        },
      );
      const { event } = await alice.agent.ok(
        `query($slug: String!, $from: DateTimeISO!, $to: DateTimeISO!) {
          event(slug: $slug) { occurrences(from: $from, to: $to, first: 3) { originalStart } } }`,
        {
          slug: series.slug,
          from: new Date().toISOString(),
          to: new Date(Date.now() + 300 * 86_400_000).toISOString(),
        },
      );
      await alice.agent.ok(`mutation($input: CancelOccurrenceInput!) { cancelOccurrence(input: $input) { id } }`, {
        input: { eventId: series.id, originalStart: event.occurrences[2].originalStart },
      });
      for (const language of ["fr", "en"] as const) {
        await alice.agent.ok(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, {
          input: { language: language.toUpperCase() },
        });
        for (const [device, viewport] of [
          ["desktop", DESKTOP],
          ["phone", PHONE],
        ] as const) {
          const { page, problems } = await tab(alice, { viewport, language });
          await page.goto(`${server.url}/events/new?organization=${organization.slug}`);
          const fr = language === "fr";
          // Coming from the organization's Events tab, the form starts with it as the organizer.
          await page.getByRole("checkbox", { name: /^Les Jardins du Lavoir/ }).waitFor();
          expect(await page.getByRole("checkbox", { name: /^Les Jardins du Lavoir/ }).isChecked()).toBe(true);
          await page.getByLabel(fr ? /^Début/ : /^Start/).fill(`${comingWednesday()}T19:00`);
          await page.getByLabel(fr ? "Se répète" : "Repeats").selectOption("MONTHLY");
          await page
            .getByLabel(fr ? "Le dernier mercredi du mois" : "On the last Wednesday of the month")
            .or(page.getByLabel(fr ? /^Le \S+ mercredi du mois/ : /^On the \S+ Wednesday of the month/))
            .first()
            .check();
          await screenshot(page, `event-form-${device}-${language}`);
          await page.goto(`${server.url}/events/${series.slug}`);
          await page.getByRole("heading", { level: 1 }).waitFor();
          await page
            .getByRole("region", { name: language === "fr" ? "Prochaines dates" : "Next dates" })
            .getByRole("listitem")
            .nth(2)
            .waitFor();
          await screenshot(page, `event-recurring-${device}-${language}`);
          expect(problems).toEqual([]);
        }
      }
    },
    TIMEOUT * 2,
  );
});
