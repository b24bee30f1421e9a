import { Field, ID, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, TableInheritance, UpdateDateColumn } from "typeorm";
import { SocialLink } from "../accounts/person.entity";
import { type CommunityKind, ElementKind } from "./element.entity.kind";
import { ELEMENT_TYPE_NAMES, ElementInterface } from "./element.interface";
import { UrlScalar } from "../../graphql/scalars";
import { Address, addressOf, GEOGRAPHY_COLUMNS, GeoPoint, pointOf } from "../geography/address";

export { ElementKind, type CommunityKind } from "./element.entity.kind";

/** Who sees a list or a group of fields of an element. */
export enum Audience {
  PUBLIC = "PUBLIC",
  /** The element's community: its active members, contributors or attendees. */
  MEMBERS = "MEMBERS",
}
registerEnumType(Audience, {
  name: "Audience",
  description: "Who sees a list or a group of fields of an element",
  valuesConfig: {
    PUBLIC: { description: "Everyone who may see the element, signed in or not" },
    MEMBERS: { description: "The element's community: its active members, contributors or attendees" },
  },
});

export enum ExtraLinkKind {
  CHAT = "chat",
  WEBSITE = "website",
  DOCUMENTATION = "documentation",
  FUNDING = "funding",
  OTHER = "other",
}
registerEnumType(ExtraLinkKind, {
  name: "ExtraLinkKind",
  description: "What an extra link of an element points to",
  valuesConfig: {
    CHAT: { description: "A chat room or a discussion group" },
    WEBSITE: { description: "A website" },
    DOCUMENTATION: { description: "Documentation or a wiki" },
    FUNDING: { description: "A donation or crowdfunding page" },
    OTHER: { description: "Anything else, named by its label" },
  },
});

@ObjectType({ description: "A link to a chat room, documentation, a funding page…" })
export class ExtraLink {
  @Field(() => ExtraLinkKind, { description: "What the link points to" })
  kind: ExtraLinkKind;

  @Field(() => UrlScalar, { description: "The address (http or https)" })
  url: string;

  @Field(() => String, { nullable: true, description: "Text shown instead of the address" })
  label?: string | null;
}

@ObjectType({ description: "Settings > Privacy and edition of an element" })
export class ElementSettings {
  @Field({ description: "Only the element's community sees it" })
  private: boolean;

  @Field(() => Audience, { description: "Who sees the member list; others see only the count" })
  memberList: Audience;

  @Field(() => Audience, { description: "Who sees the e-mail and phone" })
  contactFields: Audience;

  @Field({ description: "Any logged-in person may edit the descriptive fields (with history)" })
  openEdition: boolean;

  @Field({ description: "Anyone may join at once, without an administrator's validation (only they then edit it)" })
  openMembership: boolean;
}

export const DEFAULT_SETTINGS: ElementSettings = {
  private: false,
  memberList: Audience.PUBLIC,
  contactFields: Audience.PUBLIC,
  openEdition: true,
  openMembership: false,
};

/**
 * What organizations, projects and events share. One table (`element`, single-table
 * inheritance on `kind`); in GraphQL, the Element interface. Contact fields carry no
 * @Field: the elements module resolves them through the element's settings.
 */
@InterfaceType("CommunityElement", {
  implements: ElementInterface,
  description: "An organization, a project or an event: an element with a community, settings and a history",
  resolveType: (value: Element) => ELEMENT_TYPE_NAMES[value.kind],
})
@Entity({ name: "element" })
@TableInheritance({ column: { type: "text", name: "kind" } })
export abstract class Element {
  @Field(() => ID, { description: "Stable identifier, the same in every export" })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ElementKind, { description: "Whether this is an organization, a project or an event" })
  kind: CommunityKind;

  @Field({ description: "Readable, stable and unique: used in URLs" })
  @Column({ type: "text", unique: true })
  slug: string;

  @Field({ description: "The name shown on its page" })
  @Column({ type: "text" })
  name: string;

  @Field(() => String, { nullable: true, description: "One sentence shown in lists and cards" })
  @Column({ name: "short_description", type: "text", nullable: true })
  shortDescription: string | null;

  @Field(() => String, { nullable: true, description: "Markdown" })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => [String], { description: "Keywords chosen by the element's editors" })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  tags: string[];

  /** Logo; resolved as `image` in the media module. */
  @Column({ name: "image_id", type: "uuid", nullable: true })
  imageId: string | null;

  /** Wide picture at the top of the page; resolved as `banner` in the media module. */
  @Column({ name: "banner_id", type: "uuid", nullable: true })
  bannerId: string | null;

  @Column({ type: "text", nullable: true })
  email: string | null;

  @Column({ type: "text", nullable: true })
  phone: string | null;

  @Field(() => UrlScalar, { nullable: true, description: "Its website (http or https)" })
  @Column({ type: "text", nullable: true })
  website: string | null;

  @Field(() => [SocialLink], { description: "Its profiles on other networks" })
  @Column({ name: "social_links", type: "jsonb", default: () => "'[]'" })
  socialLinks: SocialLink[];

  @Field(() => [ExtraLink], { description: "Links to a chat room, documentation, a funding page…" })
  @Column({ name: "extra_links", type: "jsonb", default: () => "'[]'" })
  extraLinks: ExtraLink[];

  // Geography (server/modules/geography): the address in parts and the point, all nullable.
  @Column({ type: "text", nullable: true })
  street: string | null;

  @Column({ name: "postal_code", type: "text", nullable: true })
  postalCode: string | null;

  @Column({ type: "text", nullable: true })
  city: string | null;

  @Column({ type: "text", nullable: true })
  country: string | null;

  @Column({ name: "insee_code", type: "text", nullable: true })
  inseeCode: string | null;

  @Column({ type: "double precision", nullable: true })
  latitude: number | null;

  @Column({ type: "double precision", nullable: true })
  longitude: number | null;

  @Field(() => Address, { nullable: true, description: "Postal address in parts; null when none was given" })
  get address(): Address | null {
    return addressOf(this);
  }

  @Field(() => GeoPoint, { nullable: true, description: "Where it is on the map; null when unknown" })
  get location(): GeoPoint | null {
    return pointOf(this);
  }

  /** Generated from `settings` (indexed, for the visibility filter); never written. */
  @Column({
    type: "boolean",
    generatedType: "STORED",
    asExpression: "coalesce((settings->>'private')::boolean, false)",
    nullable: true,
    select: false,
  })
  private: boolean;

  /** Tags lower-cased without accents (as search_vector holds them, "#<tag>"); generated. */
  @Column({
    name: "tag_keys",
    type: "text",
    array: true,
    generatedType: "STORED",
    asExpression: "search_tags(tags)",
    nullable: true,
    select: false,
  })
  tagKeys: string[];

  /** The point as an earthdistance value (a cube), for the distance index (discovery); generated. */
  @Column({
    type: "cube",
    generatedType: "STORED",
    asExpression: "geo_point(latitude, longitude)",
    nullable: true,
    select: false,
  })
  geo: string | null;

  /** The full-text document (discovery): name > tags > descriptions, and each tag as "#<tag>"; generated. */
  @Column({
    name: "search_vector",
    type: "tsvector",
    generatedType: "STORED",
    asExpression: "search_document(name, tags, short_description, description)",
    nullable: true,
    select: false,
  })
  searchVector: string;

  @Field(() => String, {
    nullable: true,
    description: "The data set it was imported from (npm run import); null when made here",
  })
  @Column({ type: "text", nullable: true })
  source: string | null;

  @Field(() => String, { nullable: true, description: "Its id in the data set it was imported from" })
  @Column({ name: "source_id", type: "text", nullable: true })
  sourceId: string | null;

  @Column({ name: "creator_id", type: "uuid", nullable: true })
  creatorId: string | null;

  @Column({ type: "jsonb", default: () => `'${JSON.stringify(DEFAULT_SETTINGS)}'` })
  settings: ElementSettings;

  @Field(() => Date, { nullable: true, description: "Set while a deletion awaits the other administrators" })
  @Column({ name: "deletion_requested_at", type: "timestamptz", nullable: true })
  deletionRequestedAt: Date | null;

  @Column({ name: "deletion_requested_by", type: "uuid", nullable: true })
  deletionRequestedBy: string | null;

  @Column({ name: "deleted_at", type: "timestamptz", nullable: true })
  deletedAt: Date | null;

  @Field({ description: "When it was created" })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field({
    description: "When it last changed, as far as you may tell: changes to fields hidden from you do not count",
  })
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
  /**
   * When its public face last changed (kept by a trigger: migration PublicChangedAt): what a
   * viewer who may not read every field sees as updatedAt. Null while it was never public.
   */
  @Column({ name: "public_changed_at", type: "timestamptz", nullable: true, insert: false, update: false })
  publicChangedAt: Date | null;
}

/** The descriptive fields open edition lets anyone change, and that the history records. */
export const DESCRIPTIVE_FIELDS = [
  "name",
  "shortDescription",
  "description",
  "tags",
  "imageId",
  "bannerId",
  "email",
  "phone",
  "website",
  "socialLinks",
  "extraLinks",
  ...GEOGRAPHY_COLUMNS,
] as const;
export type DescriptiveField = (typeof DESCRIPTIVE_FIELDS)[number];
