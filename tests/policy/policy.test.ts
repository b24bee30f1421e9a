import { Person } from "../../server/modules/accounts/person.entity";
import { DEFAULT_SETTINGS, type Element, type ElementSettings } from "../../server/modules/elements/element.entity";
import { LinkState } from "../../server/modules/links/link.entity";
import { may, OUTSIDER, requireViewer, type Standing } from "../../server/modules/policy/policy";
import { DEFAULT_PRIVACY, type Relation, Visibility } from "../../server/modules/profiles/privacy";

/** The rules as a table, without a server: the matrices in the README test them through the API. */
const viewer = Object.assign(new Person(), { id: "viewer", privacy: DEFAULT_PRIVACY });
const element = (settings: Partial<ElementSettings> = {}) =>
  ({ settings: { ...DEFAULT_SETTINGS, ...settings } }) as Element;
const MEMBER: Standing = { state: LinkState.ACTIVE, isAdmin: false };
const ADMIN: Standing = { state: LinkState.ACTIVE, isAdmin: true };
const INVITED: Standing = { state: LinkState.INVITED, isAdmin: false };
const REQUESTED: Standing = { state: LinkState.REQUESTED, isAdmin: false };

describe("the policy", () => {
  it("shows a private element only to its community, never to the one merely invited", () => {
    const hidden = element({ private: true });
    expect(may(null, "element:view", { element: hidden, standing: OUTSIDER })).toBe(false);
    for (const standing of [OUTSIDER, INVITED, REQUESTED]) {
      expect(may(viewer, "element:view", { element: hidden, standing })).toBe(false);
    }
    expect(may(viewer, "element:view", { element: hidden, standing: MEMBER })).toBe(true);
  });

  it("follows the member list and contact settings, with the community always in", () => {
    const closed = element({ memberList: "MEMBERS" as never, contactFields: "MEMBERS" as never });
    for (const action of ["element:see-community", "element:see-contacts"] as const) {
      expect(may(viewer, action, { element: closed, standing: INVITED })).toBe(false);
      expect(may(viewer, action, { element: closed, standing: MEMBER })).toBe(true);
      expect(may(null, action, { element: element(), standing: OUTSIDER })).toBe(true);
    }
    expect(may(viewer, "element:see-pending", { element: element(), standing: MEMBER })).toBe(false);
    expect(may(viewer, "element:see-pending", { element: element(), standing: ADMIN })).toBe(true);
  });

  it("lets anyone signed in manage a community nobody administers, and only administrators otherwise", () => {
    expect(may(viewer, "community:manage", { ...OUTSIDER, hasAdministrators: false })).toBe(true);
    expect(may(null, "community:manage", { ...OUTSIDER, hasAdministrators: false })).toBe(false);
    expect(may(viewer, "community:manage", { ...MEMBER, hasAdministrators: true })).toBe(false);
    expect(may(viewer, "community:moderate", { ...ADMIN, hasAdministrators: true })).toBe(true);
    expect(may(viewer, "community:ask-administration", { ...REQUESTED, hasAdministrators: true })).toBe(false);
  });

  it("shows a tied person as their directory allows, and to their element's community", () => {
    const hiding = Object.assign(new Person(), { privacy: { ...DEFAULT_PRIVACY, directory: Visibility.HIDDEN } });
    const forContacts = Object.assign(new Person(), {
      privacy: { ...DEFAULT_PRIVACY, directory: Visibility.CONTACTS },
    });
    const shows = (person: Person, relation: Relation, standing: Standing | null) =>
      may(viewer, "person:show-tie", { person, relation, standing });
    expect(shows(hiding, "contact", OUTSIDER)).toBe(false);
    expect(shows(hiding, "stranger", MEMBER)).toBe(true);
    expect(shows(hiding, "self", null)).toBe(true);
    expect(shows(forContacts, "contact", null)).toBe(true);
    expect(shows(forContacts, "stranger", INVITED)).toBe(false);
  });

  it("requires a viewer with UNAUTHENTICATED", () => {
    expect(requireViewer({ viewer })).toBe(viewer);
    expect(() => requireViewer({ viewer: null })).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });

  it("lets the first verified account and the named usernames administer the instance, nobody else", () => {
    const verified = Object.assign(new Person(), { id: "first", username: "Ada", emailVerifiedAt: new Date() });
    const unverified = Object.assign(new Person(), { id: "first", username: "ada", emailVerifiedAt: null });
    const instance = { firstAccountId: "first", namedAdmins: ["grace"] };
    expect(may(verified, "instance:administer", instance)).toBe(true);
    expect(may(unverified, "instance:administer", instance)).toBe(false);
    expect(may(null, "instance:administer", instance)).toBe(false);
    const named = Object.assign(new Person(), { id: "other", username: "Grace", emailVerifiedAt: new Date() });
    expect(may(named, "instance:administer", instance)).toBe(true);
    expect(may(named, "instance:administer", { firstAccountId: "first", namedAdmins: [] })).toBe(false);
    const zoe = Object.assign(new Person(), { id: "zoe", username: "zoe", emailVerifiedAt: new Date() });
    expect(may(zoe, "instance:administer", { firstAccountId: null, namedAdmins: ["grace"] })).toBe(false);
  });
});
