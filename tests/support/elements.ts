import { randomBytes } from "node:crypto";
import { DEFAULT_SETTINGS } from "../../server/modules/elements/element.entity";
import { Event, EventType } from "../../server/modules/events/event.entity";
import { Organization, OrganizationType } from "../../server/modules/organizations/organization.entity";
import { Link, LinkState, LinkType } from "../../server/modules/links/link.entity";
import type { PersonFixture } from "./factories";
import type { TestServer } from "./server";

export const CREATE_ORGANIZATION = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id slug name }
}`;

export interface ElementFixture {
  id: string;
  slug: string;
  name: string;
}

/** An organization created through the API: `by` becomes its administrator. */
export async function createOrganization(
  by: PersonFixture,
  input: Record<string, unknown> = {},
): Promise<ElementFixture> {
  const { createOrganization } = await by.agent.ok(CREATE_ORGANIZATION, {
    input: { name: `Organization ${randomBytes(3).toString("hex")}`, type: "NGO", ...input },
  });
  return createOrganization;
}

/** Changes an element's settings through the API (as one of its administrators). */
export async function setElementSettings(by: PersonFixture, id: string, settings: Record<string, unknown>) {
  await by.agent.ok(`mutation($input: UpdateElementSettingsInput!) { updateElementSettings(input: $input) { id } }`, {
    input: { id, ...settings },
  });
}

/** An organization nobody administers, as an import would leave it: written to the database directly. */
export async function insertOrganizationWithoutAdministrator(server: TestServer): Promise<ElementFixture> {
  const repository = server.database.dataSource.getRepository(Organization);
  const suffix = randomBytes(4).toString("hex");
  const saved = await repository.save(
    repository.create({ name: `Imported ${suffix}`, slug: `imported-${suffix}`, type: OrganizationType.NGO }),
  );
  return { id: saved.id, slug: saved.slug, name: saved.name };
}

/**
 * An event written to the database directly, administered by `admin` (the events API is
 * built elsewhere; only attendance is tested here).
 */
export async function insertEventDirectly(
  server: TestServer,
  admin: PersonFixture,
  options: { attendeeLimit?: number | null; private?: boolean } = {},
): Promise<ElementFixture> {
  const dataSource = server.database.dataSource;
  const suffix = randomBytes(4).toString("hex");
  const event = await dataSource.getRepository(Event).save(
    dataSource.getRepository(Event).create({
      name: `Event ${suffix}`,
      slug: `event-${suffix}`,
      eventType: EventType.WORKSHOP,
      startsAt: new Date(Date.now() + 7 * 24 * 3600_000),
      timeZone: "Europe/Paris",
      attendeeLimit: options.attendeeLimit ?? null,
      creatorId: admin.id,
      settings: { ...DEFAULT_SETTINGS, private: options.private ?? false },
    }),
  );
  await dataSource.getRepository(Link).insert({
    type: LinkType.ATTENDEE,
    state: LinkState.ACTIVE,
    personId: admin.id,
    elementId: event.id,
    isAdmin: true,
  });
  return { id: event.id, slug: event.slug, name: event.name };
}
