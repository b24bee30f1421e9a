import { Agent, codeOf } from "../support/client";
import { createOrganization, insertOrganizationWithoutAdministrator, setElementSettings } from "../support/elements";
import { createPerson, type PersonFixture } from "../support/factories";
import {
  COMMUNITY,
  join,
  LEAVE,
  makeMember,
  REFUSE_ADMINISTRATION,
  REQUEST_ADMINISTRATION,
  SET_ROLES,
  STEP_DOWN,
  VALIDATE_ADMINISTRATION,
} from "../support/links";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let admin: PersonFixture;
let bruno: PersonFixture;
let chloe: PersonFixture;
const anonymous = () => new Agent(server.url);

const ADMINISTRATORS = `query($slug: String!) { element(slug: $slug) { ... on CommunityElement { administrators { id } } } }`;
const administratorsOf = async (slug: string) =>
  ((await admin.agent.ok(ADMINISTRATORS, { slug })).element.administrators as { id: string }[]).map((p) => p.id).sort();
const linkRow = async (id: string) =>
  (
    await server.database.dataSource.query(`SELECT state, is_admin, admin_requested, roles FROM link WHERE id = $1`, [
      id,
    ])
  )[0];

beforeAll(async () => {
  server = await startTestServer();
  [admin, bruno, chloe] = await Promise.all([createPerson(server), createPerson(server), createPerson(server)]);
});
afterAll(() => server.stop());

describe("administration", () => {
  it("is asked by a member and validated or refused by an administrator", async () => {
    const org = await createOrganization(admin);
    const brunoLink = await makeMember(admin, bruno, org.id);
    const chloeLink = await makeMember(admin, chloe, org.id);

    const asked = (await bruno.agent.ok(REQUEST_ADMINISTRATION, { elementId: org.id })).requestAdministration;
    expect(asked).toMatchObject({ id: brunoLink.id, isAdmin: false, adminRequested: true });
    expect(codeOf(await chloe.agent.gql(VALIDATE_ADMINISTRATION, { linkId: brunoLink.id }))).toBe("FORBIDDEN");
    expect(codeOf(await admin.agent.gql(VALIDATE_ADMINISTRATION, { linkId: chloeLink.id }))).toBe("BAD_USER_INPUT");

    const granted = (await admin.agent.ok(VALIDATE_ADMINISTRATION, { linkId: brunoLink.id })).validateAdministration;
    expect(granted).toMatchObject({ isAdmin: true, adminRequested: false });
    expect(await administratorsOf(org.slug)).toEqual([admin.id, bruno.id].sort());

    await chloe.agent.ok(REQUEST_ADMINISTRATION, { elementId: org.id });
    const refused = (await bruno.agent.ok(REFUSE_ADMINISTRATION, { linkId: chloeLink.id })).refuseAdministration;
    expect(refused).toMatchObject({ isAdmin: false, adminRequested: false });

    const activity = await server.database.dataSource.query(
      `SELECT verb, actor_id, person_id, data FROM activity WHERE element_id = $1 AND data ? 'administration' ORDER BY created_at`,
      [org.id],
    );
    expect(activity).toEqual([
      { verb: "requested", actor_id: bruno.id, person_id: null, data: { administration: true } },
      { verb: "validated", actor_id: admin.id, person_id: bruno.id, data: { administration: true } },
      { verb: "requested", actor_id: chloe.id, person_id: null, data: { administration: true } },
    ]);
  });

  it("is asked only by active members", async () => {
    const org = await createOrganization(admin);
    expect(codeOf(await bruno.agent.gql(REQUEST_ADMINISTRATION, { elementId: org.id }))).toBe("FORBIDDEN");
    await join(bruno, org.id);
    expect(codeOf(await bruno.agent.gql(REQUEST_ADMINISTRATION, { elementId: org.id }))).toBe("FORBIDDEN");
    expect(codeOf(await anonymous().gql(REQUEST_ADMINISTRATION, { elementId: org.id }))).toBe("UNAUTHENTICATED");
    const bad = await bruno.agent.gql(REQUEST_ADMINISTRATION, { elementId: "x" });
    expect(bad.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "elementId" }] });
  });

  it("is granted at once, and recorded, when the element has no administrator", async () => {
    const imported = await insertOrganizationWithoutAdministrator(server);
    await join(bruno, imported.id);
    const granted = (await bruno.agent.ok(REQUEST_ADMINISTRATION, { elementId: imported.id })).requestAdministration;
    expect(granted).toMatchObject({ isAdmin: true, adminRequested: false });
    const activity = await server.database.dataSource.query(
      `SELECT verb, actor_id, person_id, data FROM activity WHERE element_id = $1`,
      [imported.id],
    );
    expect(activity).toContainEqual({
      verb: "validated",
      actor_id: bruno.id,
      person_id: bruno.id,
      data: { administration: true, automatic: true },
    });
    // Now administered: the next one waits.
    await join(chloe, imported.id).then((link) => expect(link.state).toBe("REQUESTED"));
  });

  it("cannot be left by the last administrator without naming a successor", async () => {
    const org = await createOrganization(admin);
    const brunoLink = await makeMember(admin, bruno, org.id);

    const leaving = await admin.agent.gql(LEAVE, { input: { elementId: org.id } });
    expect(leaving.errors![0].extensions).toMatchObject({ code: "CONFLICT", fields: [{ field: "successorId" }] });
    const stepping = await admin.agent.gql(STEP_DOWN, { input: { elementId: org.id } });
    expect(stepping.errors![0].extensions).toMatchObject({ code: "CONFLICT", fields: [{ field: "successorId" }] });
    for (const successorId of [admin.id, chloe.id, "not-an-id"]) {
      const result = await admin.agent.gql(STEP_DOWN, { input: { elementId: org.id, successorId } });
      expect(result.errors![0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [{ field: "successorId" }],
      });
    }
    expect(codeOf(await bruno.agent.gql(STEP_DOWN, { input: { elementId: org.id } }))).toBe("FORBIDDEN");
    expect(await administratorsOf(org.slug)).toEqual([admin.id]);

    const stepped = (await admin.agent.ok(STEP_DOWN, { input: { elementId: org.id, successorId: bruno.id } })).stepDown;
    expect(stepped).toMatchObject({ isAdmin: false, state: "ACTIVE" });
    expect(await administratorsOf(org.slug)).toEqual([bruno.id]);
    expect((await linkRow(brunoLink.id)).is_admin).toBe(true);

    // With another administrator in place, leaving needs no successor.
    await bruno.agent.ok(VALIDATE_ADMINISTRATION, {
      linkId: (await admin.agent.ok(REQUEST_ADMINISTRATION, { elementId: org.id })).requestAdministration.id,
    });
    expect((await bruno.agent.ok(LEAVE, { input: { elementId: org.id } })).leaveElement).toMatchObject({
      person: { id: bruno.id },
      element: { id: org.id, viewerLink: null },
    });
    expect(await administratorsOf(org.slug)).toEqual([admin.id]);
    await makeMember(admin, chloe, org.id);
    expect(
      (await admin.agent.ok(LEAVE, { input: { elementId: org.id, successorId: chloe.id } })).leaveElement,
    ).toMatchObject({ person: { id: admin.id }, element: { id: org.id, viewerLink: null } });
    expect(await administratorsOf(org.slug)).toEqual([chloe.id]);
  });

  it("cannot be raced into having no administrator", async () => {
    const org = await createOrganization(admin);
    const brunoLink = await makeMember(admin, bruno, org.id);
    await bruno.agent.ok(REQUEST_ADMINISTRATION, { elementId: org.id });
    await admin.agent.ok(VALIDATE_ADMINISTRATION, { linkId: brunoLink.id });
    const results = await Promise.all(
      [admin, bruno].map((person) => person.agent.gql(STEP_DOWN, { input: { elementId: org.id } })),
    );
    expect(results.map((r) => codeOf(r) ?? "ok").sort()).toEqual(["CONFLICT", "ok"]);
    expect(await administratorsOf(org.slug)).toHaveLength(1);
  });
});

describe("roles", () => {
  it("are set by administrators, bounded, and filter the member list", async () => {
    const org = await createOrganization(admin);
    const brunoLink = await makeMember(admin, bruno, org.id);
    const chloeLink = await makeMember(admin, chloe, org.id);

    const { setRoles } = await admin.agent.ok(SET_ROLES, {
      linkId: brunoLink.id,
      roles: [" Treasurer ", "volunteer", "treasurer", "board  member"],
    });
    expect(setRoles.roles).toEqual(["Treasurer", "volunteer", "board member"]);
    await admin.agent.ok(SET_ROLES, { linkId: chloeLink.id, roles: ["volunteer"] });

    const byRole = async (role: string) =>
      (await anonymous().ok(COMMUNITY, { slug: org.slug, role })).element.community.nodes.map(
        (n: { person: { id: string } }) => n.person.id,
      );
    expect(await byRole("treasurer")).toEqual([bruno.id]);
    expect((await byRole("volunteer")).sort()).toEqual([bruno.id, chloe.id].sort());
    expect(await byRole("funder")).toEqual([]);

    expect(codeOf(await bruno.agent.gql(SET_ROLES, { linkId: chloeLink.id, roles: ["boss"] }))).toBe("FORBIDDEN");
    expect(codeOf(await anonymous().gql(SET_ROLES, { linkId: chloeLink.id, roles: ["boss"] }))).toBe("UNAUTHENTICATED");
    for (const roles of [Array.from({ length: 11 }, (_, i) => `role ${i}`), ["x".repeat(41)], [""], ["   "]]) {
      const result = await admin.agent.gql(SET_ROLES, { linkId: chloeLink.id, roles });
      expect(result.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions!.fields!.map((f) => f.field)).toContain("roles");
    }
    expect((await linkRow(chloeLink.id)).roles).toEqual(["volunteer"]);
    const badRole = await anonymous().gql(COMMUNITY, { slug: org.slug, role: "x".repeat(41) });
    expect(codeOf(badRole)).toBe("BAD_USER_INPUT");
  });

  it("show only as the member list allows", async () => {
    const org = await createOrganization(admin);
    const brunoLink = await makeMember(admin, bruno, org.id);
    await admin.agent.ok(SET_ROLES, { linkId: brunoLink.id, roles: ["treasurer"] });
    await setElementSettings(admin, org.id, { memberList: "MEMBERS" });
    const seen = (await chloe.agent.ok(COMMUNITY, { slug: org.slug, role: "treasurer" })).element;
    expect(seen).toMatchObject({ communityCount: 2, community: null });
    expect((await bruno.agent.ok(COMMUNITY, { slug: org.slug, role: "treasurer" })).element.community.totalCount).toBe(
      1,
    );
  });
});
