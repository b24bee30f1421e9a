import { Unauthenticated } from "../../graphql/errors";
import type { Person } from "../accounts/person.entity";
import type { Element } from "../elements/element.entity";
import { LinkState } from "../links/link.entity";
import { type News, NewsAudience } from "../news/news.entity";
import { type Relation, Visibility } from "../profiles/privacy";

/**
 * Who may do what, as one table of rules: every authorization decision of the API goes
 * through `may`, and lists apply the same rules in SQL (./visibility.ts). The README's
 * authorization matrices are its tests.
 */

/** The viewer's place in an element's community. */
export interface Standing {
  /** The state of the viewer's own community link to the element (member, contributor, attendee); null without one. */
  state: LinkState | null;
  /** The viewer administers the element: an active community link with isAdmin. */
  isAdmin: boolean;
}

export const OUTSIDER: Standing = { state: null, isAdmin: false };

/** An active member, contributor or attendee. */
export const inCommunity = (standing: Standing) => standing.state === LinkState.ACTIVE;

/** An element and the viewer's standing in it. */
export interface OnElement {
  element: Element;
  standing: Standing;
}

/** The viewer's standing in an element's community, read in the transaction that changes it. */
export interface OnCommunity extends Standing {
  /** False for an element nobody administers (one made by an import, or whose administrators left). */
  hasAdministrators: boolean;
}

/** A private field of a profile (e-mail, phone, birth date, locality, directory). */
export interface OnProfileField {
  visibility: Visibility;
  relation: Relation;
}

/** A person shown where they are tied to an element, or in a list of follows. */
export interface OnTiedPerson {
  person: Person;
  relation: Relation;
  /** The viewer's standing in the element the person is tied to (null for follows of people). */
  standing: Standing | null;
}

/** Who administers the instance: the first verified account, and the usernames named by INSTANCE_ADMINS. */
export interface OnInstance {
  firstAccountId: string | null;
  namedAdmins: readonly string[];
}

/**
 * A wall of the Live: a person's (`wallPersonId`), or an element's, with the viewer's standing
 * in that element (OUTSIDER on a person's wall).
 */
export interface OnWall {
  wallPersonId: string | null;
  standing: Standing;
}

/** A news item the viewer reached (through "news:read"). */
export interface OnItem {
  news: Pick<News, "authorId" | "hiddenAt">;
}

/** A news item, on its wall. */
export interface OnNews extends OnItem, OnWall {}

/** A comment, under its item, on the item's wall. */
export interface OnComment extends OnWall {
  comment: { authorId: string };
}

/** What the instance's moderators may do on any wall. */
export interface OnReportedWall extends OnWall {
  instance: OnInstance;
}

/**
 * A news item's audience and the viewer's ties to it, as lists read them in SQL
 * (whereNewsVisible) and subscriptions and notifications in memory (news.audience.ts).
 */
export interface OnNewsAudience {
  news: Pick<News, "authorId" | "wallPersonId" | "audience">;
  hidden: boolean;
  /** Its wall element is deleted (or past its deletion delay). */
  wallGone: boolean;
  wallPrivate: boolean;
  /** The viewer is in the wall element's community. */
  inCommunity: boolean;
  /** The viewer follows the wall's element or person. */
  follows: boolean;
}

/** Every action, with what its decision needs. */
export interface Targets {
  /** See the element in full (lookups, lists, fields). A private element is for its community. */
  "element:view": OnElement;
  /**
   * Edit its descriptive fields: open edition lets anyone logged in; otherwise its community, or
   * its administrators when anyone may join it (open membership).
   */
  "element:edit": OnElement;
  /** Settings, reverting revisions, deletion, carrier, organizers, sub-events, changed occurrences. */
  "element:administer": OnElement;
  /** Its active community entries and administrators (the member list setting). */
  "element:see-community": OnElement;
  /** Its pending requests and invitations, all of them (others see only their own). */
  "element:see-pending": OnElement;
  /** Its e-mail and phone (the contact fields setting), in its fields and in its history. */
  "element:see-contacts": OnElement;
  /** Add someone, invite (a person, an organization or an address), validate or refuse a request. */
  "community:manage": OnCommunity;
  /** Remove someone, set roles, validate or refuse a request for administration. */
  "community:moderate": OnCommunity;
  "community:ask-administration": OnCommunity;
  "community:step-down": OnCommunity;
  /** Read a private field of a profile. */
  "profile:read-field": OnProfileField;
  /**
   * Show a person where a field ties them to an element (member, administrator, creator,
   * revision author, organizer, carrier, inviter) or in a list of follows: their directory setting.
   */
  "person:show-tie": OnTiedPerson;
  /** Read or mark a notification: its recipient only. */
  "notification:manage": { recipientId: string };
  /** Edit the instance's settings (name, area, licence…) and list the open reports of every wall. */
  "instance:administer": OnInstance;
  /**
   * Read a news item: not hidden, its wall there (and if private, only for its community), and
   * its audience: public for everyone; private for the wall's community (on a person's wall, that
   * person) and the author; restricted for those and the followers of the wall.
   */
  "news:read": OnNewsAudience;
  /** Post on a wall: one's own, or the wall of an element whose community one is in. */
  "news:post": OnWall;
  /** Post as the wall's element: its administrators. */
  "news:post-as-element": OnWall;
  /** Change an item's text: its author (activity items are not edited: invalid input). */
  "news:edit": OnItem;
  /** Delete an item: its author, or the wall's administrators (on a person's wall, that person). */
  "news:remove": OnNews;
  /** Read an item's earlier versions: its author and the wall's administrators. */
  "news:see-revisions": OnNews;
  /** Hide an item from everyone (not hidden yet): the wall's administrators. */
  "news:hide": OnNews;
  /**
   * Comment, react, report: anyone signed in, on an item they reached through "news:read"
   * (the services find it with whereNewsVisible, and a hidden one is no longer there).
   */
  "news:comment": OnItem;
  "news:react": OnItem;
  "news:report": OnItem;
  /** Delete a comment (and its replies): its author, or the wall's administrators. */
  "comment:remove": OnComment;
  /** See the open reports of a wall: its administrators. */
  "report:list": OnWall;
  /** Hide what a report points at, or dismiss it: the wall's administrators, or the instance's. */
  "report:handle": OnReportedWall;
}

export type Action = keyof Targets;

type Rules = { [A in Action]: (viewer: Person | null, target: Targets[A]) => boolean };

/** The viewer administers the wall: it is theirs, or they administer its element. */
const administersWall = (viewer: Person | null, { wallPersonId, standing }: OnWall) =>
  viewer !== null && (wallPersonId !== null ? wallPersonId === viewer.id : standing.isAdmin);

const authorOrWallAdmin = (viewer: Person | null, authorId: string, wall: OnWall) =>
  viewer !== null && (authorId === viewer.id || administersWall(viewer, wall));

/** Signed in, and the item still shown (its readers reached it through "news:read"). */
const answersItem = (viewer: Person | null, { news }: OnItem) => viewer !== null && news.hiddenAt === null;

const RULES: Rules = {
  "element:view": (_, { element, standing }) => !element.settings.private || inCommunity(standing),
  "element:edit": (viewer, target) =>
    viewer !== null &&
    RULES["element:view"](viewer, target) &&
    ((target.element.settings.openMembership ? target.standing.isAdmin : inCommunity(target.standing)) ||
      target.element.settings.openEdition),
  "element:administer": (viewer, { standing }) => viewer !== null && standing.isAdmin,
  "element:see-community": (viewer, target) =>
    RULES["element:view"](viewer, target) &&
    (target.element.settings.memberList === "PUBLIC" || inCommunity(target.standing)),
  "element:see-pending": (viewer, { standing }) => viewer !== null && standing.isAdmin,
  "element:see-contacts": (viewer, target) =>
    RULES["element:view"](viewer, target) &&
    (target.element.settings.contactFields === "PUBLIC" || inCommunity(target.standing)),
  // Anyone may manage the community of an element without administrators, so that imported
  // elements can be taken in hand (the first to ask for administration gets it at once).
  "community:manage": (viewer, standing) => viewer !== null && (standing.isAdmin || !standing.hasAdministrators),
  "community:moderate": (viewer, standing) => viewer !== null && standing.isAdmin,
  "community:step-down": (viewer, standing) => viewer !== null && standing.isAdmin,
  "community:ask-administration": (viewer, standing) => viewer !== null && inCommunity(standing),
  "profile:read-field": (_, { visibility, relation }) =>
    relation === "self" ||
    visibility === Visibility.PUBLIC ||
    (visibility === Visibility.CONTACTS && relation === "contact"),
  // Those in the element's community see everyone in it, whatever their directory says.
  "notification:manage": (viewer, { recipientId }) => viewer !== null && viewer.id === recipientId,
  "person:show-tie": (viewer, { person, relation, standing }) =>
    RULES["profile:read-field"](viewer, { visibility: person.privacy.directory, relation }) ||
    (standing !== null && inCommunity(standing)),
  "instance:administer": (viewer, { firstAccountId, namedAdmins }) =>
    viewer !== null &&
    viewer.emailVerifiedAt !== null &&
    (viewer.id === firstAccountId || namedAdmins.includes(viewer.username.toLowerCase())),
  "news:read": (viewer, { news, hidden, wallGone, wallPrivate, inCommunity, follows }) => {
    if (hidden || wallGone || (wallPrivate && !inCommunity)) return false;
    if (news.audience === NewsAudience.PUBLIC) return true;
    if (viewer === null) return false;
    if (inCommunity || news.authorId === viewer.id || news.wallPersonId === viewer.id) return true;
    return news.audience === NewsAudience.RESTRICTED && follows;
  },
  "news:post": (viewer, { wallPersonId, standing }) =>
    viewer !== null && (wallPersonId !== null ? wallPersonId === viewer.id : inCommunity(standing)),
  "news:post-as-element": (viewer, wall) =>
    wall.wallPersonId === null && RULES["news:post"](viewer, wall) && wall.standing.isAdmin,
  "news:edit": (viewer, { news }) => viewer !== null && news.authorId === viewer.id,
  "news:remove": (viewer, target) => authorOrWallAdmin(viewer, target.news.authorId, target),
  "news:see-revisions": (viewer, target) => authorOrWallAdmin(viewer, target.news.authorId, target),
  "news:hide": (viewer, target) => target.news.hiddenAt === null && administersWall(viewer, target),
  "news:comment": answersItem,
  "news:react": answersItem,
  "news:report": answersItem,
  "comment:remove": (viewer, target) => authorOrWallAdmin(viewer, target.comment.authorId, target),
  "report:list": administersWall,
  "report:handle": (viewer, target) =>
    administersWall(viewer, target) || RULES["instance:administer"](viewer, target.instance),
};

/** Whether the viewer (null when anonymous) may take the action on the target. */
export function may<A extends Action>(viewer: Person | null, action: A, target: Targets[A]): boolean {
  return RULES[action](viewer, target);
}

/**
 * The signed-in person, or UNAUTHENTICATED: the one way to require a viewer (operations
 * declared `@Authorized(Access.SIGNED_IN)` call it before their resolver runs, and resolvers
 * call it again to hand services a person rather than a maybe).
 */
export function requireViewer(context: { viewer: Person | null }): Person {
  if (!context.viewer) throw new Unauthenticated();
  return context.viewer;
}
