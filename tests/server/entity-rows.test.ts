import { EntityRows } from "../../server/db/rows";
import { Person } from "../../server/modules/accounts/person.entity";
import { Element } from "../../server/modules/elements/element.entity";
import { Event } from "../../server/modules/events/event.entity";
import { Organization } from "../../server/modules/organizations/organization.entity";
import { Project } from "../../server/modules/projects/project.entity";
import { createOrganization, insertEventDirectly } from "../support/elements";
import { createPerson } from "../support/factories";
import { startTestServer, type TestServer } from "../support/server";

// The hot read paths hydrate rows by hand (server/db/rows.ts): they must give what TypeORM gives.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe("entities read by hand-written SQL", () => {
  it("equal TypeORM's, dates, JSON and arrays included", async () => {
    const dataSource = server.database.dataSource;
    const person = await createPerson(server);
    await dataSource.query(
      `UPDATE person SET birth_date = '1990-02-03', tags = ARRAY['a', 'b'], social_links = $2 WHERE id = $1`,
      [person.id, JSON.stringify([{ network: "MASTODON", url: "https://example.org/@me" }])],
    );
    const [hydrated] = await EntityRows.of(dataSource, Person).byIds([person.id]);
    const loaded = await dataSource.getRepository(Person).findOneByOrFail({ id: person.id });
    expect(hydrated).toBeInstanceOf(Person);
    expect(hydrated).toEqual(loaded);
    expect(hydrated.birthDate).toBe("1990-02-03");
  });

  it("become the child class their kind names, with its own columns", async () => {
    const dataSource = server.database.dataSource;
    const admin = await createPerson(server);
    const organization = await createOrganization(admin);
    const event = await insertEventDirectly(server, admin);
    const project = await dataSource.getRepository(Project).save(
      dataSource.getRepository(Project).create({
        name: "Hydrated project",
        slug: `hydrated-project-${Date.now()}`,
        startsOn: "2026-01-02",
        creatorId: admin.id,
      }),
    );
    const ids = [organization.id, event.id, project.id];
    const hydrated = await EntityRows.of(dataSource, Element).byIds(ids);
    const loaded = await dataSource.getRepository(Element).findBy(ids.map((id) => ({ id })));
    const byId = (rows: Element[]) => new Map(rows.map((row) => [row.id, row]));
    expect(byId(hydrated)).toEqual(byId(loaded));
    expect(byId(hydrated).get(organization.id)).toBeInstanceOf(Organization);
    expect(byId(hydrated).get(event.id)).toBeInstanceOf(Event);
    expect((byId(hydrated).get(project.id) as Project).startsOn).toBe("2026-01-02");
  });

  it("leave out rows the condition refuses", async () => {
    const dataSource = server.database.dataSource;
    const person = await createPerson(server);
    await dataSource.query(`UPDATE person SET email_verified_at = NULL WHERE id = $1`, [person.id]);
    expect(await EntityRows.of(dataSource, Person).byIds([person.id], "person.email_verified_at IS NOT NULL")).toEqual(
      [],
    );
    expect(await EntityRows.of(dataSource, Person).byIds([person.id])).toHaveLength(1);
  });
});
