import { Field, ID, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, TableInheritance, UpdateDateColumn } from "typeorm";
import { SocialLink } from "../accounts/person.entity";
import { type CommunityKind, ElementKind } from "./element.entity.kind";
import { ELEMENT_TYPE_NAMES, ElementInterface } from "./element.interface";

export { ElementKind, type CommunityKind } from "./element.entity.kind";

/** Who sees a list or a group of fields of an element. */
export enum Audience {
  PUBLIC = "PUBLIC",
  /** The element's community: its active members, contributors or attendees. */
  MEMBERS = "MEMBERS",
}
registerEnumType(Audience, { name: "Audience" });

export enum ExtraLinkKind {
  CHAT = "chat",
  WEBSITE = "website",
  DOCUMENTATION = "documentation",
  FUNDING = "funding",
  OTHER = "other",
}
registerEnumType(ExtraLinkKind, { name: "ExtraLinkKind" });

@ObjectType({ description: "A link to a chat room, documentation, a funding page…" })
export class ExtraLink {
  @Field(() => ExtraLinkKind)
  kind: ExtraLinkKind;

  @Field()
  url: string;

  @Field(() => String, { nullable: true })
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
}

export const DEFAULT_SETTINGS: ElementSettings = {
  private: false,
  memberList: Audience.PUBLIC,
  contactFields: Audience.PUBLIC,
  openEdition: true,
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
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ElementKind)
  kind: CommunityKind;

  @Field({ description: "Readable, stable and unique: used in URLs" })
  @Column({ type: "text", unique: true })
  slug: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ name: "short_description", type: "text", nullable: true })
  shortDescription: string | null;

  @Field(() => String, { nullable: true, description: "Markdown" })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => [String])
  @Column({ type: "text", array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: "image_id", type: "uuid", nullable: true })
  imageId: string | null;

  @Column({ type: "text", nullable: true })
  email: string | null;

  @Column({ type: "text", nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  website: string | null;

  @Field(() => [SocialLink])
  @Column({ name: "social_links", type: "jsonb", default: () => "'[]'" })
  socialLinks: SocialLink[];

  @Field(() => [ExtraLink])
  @Column({ name: "extra_links", type: "jsonb", default: () => "'[]'" })
  extraLinks: ExtraLink[];

  @Field(() => String, { nullable: true, description: "Postal address as text" })
  @Column({ type: "text", nullable: true })
  address: string | null;

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

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}

/** The descriptive fields open edition lets anyone change, and that the history records. */
export const DESCRIPTIVE_FIELDS = [
  "name",
  "shortDescription",
  "description",
  "tags",
  "imageId",
  "email",
  "phone",
  "website",
  "socialLinks",
  "extraLinks",
  "address",
] as const;
export type DescriptiveField = (typeof DESCRIPTIVE_FIELDS)[number];
