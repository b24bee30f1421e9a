import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { type CommunityKind, ElementKind } from "../elements/element.entity";

export enum LinkType {
  FOLLOW = "follow",
  MEMBER = "member",
  CONTRIBUTOR = "contributor",
  ATTENDEE = "attendee",
  ORGANIZER = "organizer",
}
registerEnumType(LinkType, {
  name: "LinkType",
  description: "What a link says about its two ends",
  valuesConfig: {
    FOLLOW: { description: "Follows the news of a person or an element" },
    MEMBER: { description: "Member of an organization" },
    CONTRIBUTOR: { description: "Contributor to a project" },
    ATTENDEE: { description: "Attends an event" },
    ORGANIZER: { description: "An organization or project that organizes an event" },
  },
});

export enum LinkState {
  ACTIVE = "active",
  /** Asked by the person, awaiting an administrator. */
  REQUESTED = "requested",
  /** Offered by an administrator, awaiting the person. */
  INVITED = "invited",
}
registerEnumType(LinkState, {
  name: "LinkState",
  description: "Whether a link is in force or awaits one side's answer",
  valuesConfig: {
    ACTIVE: { description: "In force" },
    REQUESTED: { description: "Asked by the person, awaiting an administrator" },
    INVITED: { description: "Offered by an administrator, awaiting the person" },
  },
});

/** The link that makes someone part of an element's community, by kind. */
export const COMMUNITY_LINK: Record<CommunityKind, LinkType> = {
  [ElementKind.ORGANIZATION]: LinkType.MEMBER,
  [ElementKind.PROJECT]: LinkType.CONTRIBUTOR,
  [ElementKind.EVENT]: LinkType.ATTENDEE,
};

/** The link types of a community, whatever the kind of element. */
export const COMMUNITY_TYPES = [LinkType.MEMBER, LinkType.CONTRIBUTOR, LinkType.ATTENDEE];

/**
 * A relation from a person (or an element, such as an organization member of a network)
 * to an element (or, for follows, to a person). Administrators are community links
 * with `isAdmin`. Who is at each end is resolved in link.resolver.ts, through the
 * viewer's right to see it.
 */
@ObjectType({
  description:
    "A follow, or a place in an element's community (member, contributor, attendee) with its state and roles",
})
@Entity({ name: "link" })
export class Link {
  @Field(() => ID, { description: "Stable identifier" })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => LinkType, { description: "What the link says: follow, member, contributor, attendee or organizer" })
  @Column({ type: "text" })
  type: LinkType;

  @Field(() => LinkState, { description: "Whether it is in force or awaits an answer" })
  @Column({ type: "text", default: LinkState.ACTIVE })
  state: LinkState;

  @Column({ name: "person_id", type: "uuid", nullable: true })
  personId: string | null;

  @Column({ name: "member_element_id", type: "uuid", nullable: true })
  memberElementId: string | null;

  @Column({ name: "element_id", type: "uuid", nullable: true })
  elementId: string | null;

  @Column({ name: "followed_person_id", type: "uuid", nullable: true })
  followedPersonId: string | null;

  @Field({ description: "The member administers the element" })
  @Column({ name: "is_admin", type: "boolean", default: false })
  isAdmin: boolean;

  @Field({ description: "The member asked to become an administrator" })
  @Column({ name: "admin_requested", type: "boolean", default: false })
  adminRequested: boolean;

  @Field(() => [String], { description: "Free labels set by administrators: treasurer, volunteer, funder…" })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  roles: string[];

  @Column({ name: "invited_by_id", type: "uuid", nullable: true })
  invitedById: string | null;

  /**
   * For an invitation by e-mail, the address as the inviter typed it: until its person
   * accepts, the invitation is listed by this address and never by person (the address's
   * owner may keep it hidden). Without a person yet while nobody has verified the address.
   */
  @Column({ name: "invited_email", type: "text", nullable: true })
  invitedEmail: string | null;

  /**
   * The person (or the member organization) chose this link: they joined, asked or accepted.
   * False when an administrator added them directly; such links do not make contacts.
   */
  @Column({ type: "boolean", default: true })
  consented: boolean;

  @Field({ description: "When the link was made (asked, offered or added)" })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field({ description: "When it last changed" })
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
