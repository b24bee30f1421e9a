import { Person } from "../../server/modules/accounts/person.entity";
import { DEFAULT_SETTINGS, type Element, type ElementSettings } from "../../server/modules/elements/element.entity";
import { LinkState } from "../../server/modules/links/link.entity";
import { NewsAudience } from "../../server/modules/news/news.entity";
import {
  type Action,
  may,
  type OnNewsAudience,
  type OnWall,
  OUTSIDER,
  requireViewer,
  type Standing,
} from "../../server/modules/policy/policy";
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

  describe("the Live", () => {
    const stranger = Object.assign(new Person(), { id: "stranger", username: "stranger", emailVerifiedAt: new Date() });
    const shown = { authorId: "author", hiddenAt: null };
    const hidden = { authorId: "author", hiddenAt: new Date() };
    const elementWall = (standing: Standing): OnWall => ({ wallPersonId: null, standing });
    /** Who asks, and their place on the wall: an element's (by standing) or a person's (by id). */
    const callers: [string, Person | null, OnWall][] = [
      ["anonymous", null, elementWall(OUTSIDER)],
      ["a stranger", stranger, elementWall(OUTSIDER)],
      ["a requested member", stranger, elementWall(REQUESTED)],
      ["a member", stranger, elementWall(MEMBER)],
      ["an administrator", stranger, elementWall(ADMIN)],
      ["the person of the wall", viewer, { wallPersonId: "viewer", standing: OUTSIDER }],
      ["someone on another person's wall", stranger, { wallPersonId: "viewer", standing: OUTSIDER }],
    ];
    type WallAction = Extract<Action, "news:post" | "news:post-as-element" | "news:hide" | "report:list">;
    // Each row: the action, then whether each caller above may take it.
    const walls: [WallAction, boolean[]][] = [
      ["news:post", [false, false, false, true, true, true, false]],
      ["news:post-as-element", [false, false, false, false, true, false, false]],
      ["news:hide", [false, false, false, false, true, true, false]],
      ["report:list", [false, false, false, false, true, true, false]],
    ];
    it.each(walls)("decides %s by the caller's place on the wall", (action, expected) => {
      const decided = callers.map(([, who, wall]) =>
        action === "news:hide" ? may(who, action, { news: shown, ...wall }) : may(who, action, wall),
      );
      expect(decided).toEqual(expected);
    });

    it("lets authors and wall administrators remove items, comments and see revisions; authors alone edit", () => {
      for (const action of ["news:remove", "news:see-revisions"] as const) {
        expect(callers.map(([, who, wall]) => may(who, action, { news: shown, ...wall }))).toEqual([
          false,
          false,
          false,
          false,
          true,
          true,
          false,
        ]);
        const byAuthor = { news: { ...shown, authorId: "stranger" }, ...elementWall(OUTSIDER) };
        expect(may(stranger, action, byAuthor)).toBe(true);
      }
      const comment = (authorId: string) => ({ comment: { authorId }, ...elementWall(MEMBER) });
      expect(may(stranger, "comment:remove", comment("stranger"))).toBe(true);
      expect(may(stranger, "comment:remove", comment("author"))).toBe(false);
      expect(may(stranger, "comment:remove", { comment: { authorId: "author" }, ...elementWall(ADMIN) })).toBe(true);
      expect(may(null, "comment:remove", comment("author"))).toBe(false);
      expect(may(stranger, "news:edit", { news: { ...shown, authorId: "stranger" } })).toBe(true);
      expect(may(stranger, "news:edit", { news: shown })).toBe(false);
      expect(may(null, "news:edit", { news: shown })).toBe(false);
    });

    it("does not hide twice, and lets anyone signed in answer an item still shown", () => {
      expect(may(stranger, "news:hide", { news: hidden, ...elementWall(ADMIN) })).toBe(false);
      for (const action of ["news:comment", "news:react", "news:report"] as const) {
        expect(may(stranger, action, { news: shown })).toBe(true);
        expect(may(null, action, { news: shown })).toBe(false);
        expect(may(stranger, action, { news: hidden })).toBe(false);
      }
    });

    it("lets the instance's administrators handle the reports of every wall", () => {
      const instance = { firstAccountId: "first", namedAdmins: ["grace"] };
      const grace = Object.assign(new Person(), { id: "grace", username: "grace", emailVerifiedAt: new Date() });
      expect(may(grace, "report:handle", { ...elementWall(OUTSIDER), instance })).toBe(true);
      expect(may(stranger, "report:handle", { ...elementWall(ADMIN), instance })).toBe(true);
      expect(may(stranger, "report:handle", { ...elementWall(MEMBER), instance })).toBe(false);
      expect(may(viewer, "report:handle", { wallPersonId: "viewer", standing: OUTSIDER, instance })).toBe(true);
    });

    /** An item on an element's wall; ties say who the viewer is to it. */
    const item = (audience: NewsAudience, ties: Partial<OnNewsAudience> = {}): OnNewsAudience => ({
      news: { authorId: "author", wallPersonId: null, audience },
      hidden: false,
      wallGone: false,
      wallPrivate: false,
      inCommunity: false,
      follows: false,
      ...ties,
    });
    // Each row: the audience, then whether anonymous, a stranger, a follower, a member of the
    // wall's element, and the author read it.
    const audiences: [NewsAudience, boolean[]][] = [
      [NewsAudience.PUBLIC, [true, true, true, true, true]],
      [NewsAudience.RESTRICTED, [false, false, true, true, true]],
      [NewsAudience.PRIVATE, [false, false, false, true, true]],
    ];
    it.each(audiences)("lets a %s item be read by its audience", (audience, expected) => {
      const author = Object.assign(new Person(), { id: "author" });
      expect([
        may(null, "news:read", item(audience)),
        may(stranger, "news:read", item(audience)),
        may(stranger, "news:read", item(audience, { follows: true })),
        may(stranger, "news:read", item(audience, { inCommunity: true })),
        may(author, "news:read", item(audience)),
      ]).toEqual(expected);
    });

    it("reads nothing hidden, on a gone wall, or on a private wall outside its community", () => {
      const author = Object.assign(new Person(), { id: "author" });
      expect(may(author, "news:read", item(NewsAudience.PUBLIC, { hidden: true, inCommunity: true }))).toBe(false);
      expect(may(author, "news:read", item(NewsAudience.PUBLIC, { wallGone: true, inCommunity: true }))).toBe(false);
      expect(may(author, "news:read", item(NewsAudience.PRIVATE, { wallPrivate: true }))).toBe(false);
      expect(may(stranger, "news:read", item(NewsAudience.PRIVATE, { wallPrivate: true, inCommunity: true }))).toBe(
        true,
      );
      const onMyWall = {
        ...item(NewsAudience.PRIVATE),
        news: { authorId: "author", wallPersonId: "viewer", audience: NewsAudience.PRIVATE },
      };
      expect(may(viewer, "news:read", onMyWall)).toBe(true);
      expect(may(stranger, "news:read", onMyWall)).toBe(false);
    });
  });
});
