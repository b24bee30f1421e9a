import { codeOf } from "../support/client";
import { insertEventDirectly } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import { ADD, INVITE, JOIN, join, VALIDATE } from "../support/links";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let organizer: PersonFixture;
let people: PersonFixture[];

const attending = async (eventId: string) =>
  (
    await server.database.dataSource.query(
      `SELECT count(*)::int AS n FROM link WHERE element_id = $1 AND type = 'attendee' AND state = 'active'`,
      [eventId],
    )
  )[0].n as number;

beforeAll(async () => {
  server = await startTestServer();
  organizer = await createPerson(server);
  people = [];
  // Registration hashes passwords: a few at a time is kinder to a shared machine.
  for (let i = 0; i < 8; i += 4) people.push(...(await Promise.all([0, 1, 2, 3].map(() => createPerson(server)))));
});
afterAll(() => server.stop());

describe("attending an event", () => {
  it("concerns an event with everything the API declares non-null, its type included", async () => {
    const event = await insertEventDirectly(server, organizer);
    const { event: read } = await organizer.agent.ok(`query($id: ID!) { event(id: $id) { id type } }`, {
      id: event.id,
    });
    expect(read).toEqual({ id: event.id, type: "WORKSHOP" });
  });

  it("is direct for a public event, as an attendee", async () => {
    const event = await insertEventDirectly(server, organizer);
    expect(await join(people[0], event.id)).toMatchObject({ type: "ATTENDEE", state: "ACTIVE" });
    expect(await attending(event.id)).toBe(2);
  });

  it("stops at the attendee limit, whoever asks (join, validation, invitation, addition)", async () => {
    const event = await insertEventDirectly(server, organizer, { attendeeLimit: 3 });
    await join(people[0], event.id);
    const invitation = (await organizer.agent.ok(INVITE, { input: { elementId: event.id, personId: people[2].id } }))
      .inviteToElement;
    await join(people[1], event.id);
    expect(await attending(event.id)).toBe(3);

    const full = await people[3].agent.gql(JOIN, { input: { elementId: event.id } });
    expect(codeOf(full)).toBe("CONFLICT");
    expect(full.errors![0].message).toMatch(/full/);
    expect(
      codeOf(
        await people[2].agent.gql(`mutation($id: ID!) { acceptInvitation(input: { linkId: $id }) { id } }`, {
          id: invitation.id,
        }),
      ),
    ).toBe("CONFLICT");
    expect(codeOf(await organizer.agent.gql(ADD, { input: { elementId: event.id, personId: people[4].id } }))).toBe(
      "CONFLICT",
    );
    expect(await attending(event.id)).toBe(3);
  });

  it("cannot be raced past the limit by people joining at the same moment", async () => {
    const event = await insertEventDirectly(server, organizer, { attendeeLimit: 4 });
    const results = await Promise.all(
      people.map((person) => person.agent.gql(JOIN, { input: { elementId: event.id } })),
    );
    const codes = results.map((result) => codeOf(result) ?? "ok");
    expect(codes.filter((code) => code === "ok")).toHaveLength(3);
    expect(codes.filter((code) => code === "CONFLICT")).toHaveLength(people.length - 3);
    expect(await attending(event.id)).toBe(4);
  });

  it("of a private event needs an invitation, which joining accepts", async () => {
    const event = await insertEventDirectly(server, organizer, { private: true, attendeeLimit: 2 });
    expect(codeOf(await people[0].agent.gql(JOIN, { input: { elementId: event.id } }))).toBe("NOT_FOUND");
    const invitation = (await organizer.agent.ok(INVITE, { input: { elementId: event.id, personId: people[0].id } }))
      .inviteToElement;
    expect(invitation.state).toBe("INVITED");
    expect(await join(people[0], event.id)).toMatchObject({ id: invitation.id, state: "ACTIVE" });
    expect(codeOf(await organizer.agent.gql(VALIDATE, { linkId: invitation.id }))).toBe("BAD_USER_INPUT");
  });
});
