import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, IsNull, Not, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { DEFAULT_PRIVACY, type PrivacySettings } from "../profiles/privacy";
import { ElementInterface } from "../elements/element.interface";
import { UrlScalar } from "../../graphql/scalars";

export enum Language {
  FR = "fr",
  EN = "en",
}
registerEnumType(Language, {
  name: "Language",
  description: "Language of the interface and of mails",
  valuesConfig: { FR: { description: "French" }, EN: { description: "English" } },
});

export enum SocialNetwork {
  MASTODON = "mastodon",
  FACEBOOK = "facebook",
  INSTAGRAM = "instagram",
  LINKEDIN = "linkedin",
  YOUTUBE = "youtube",
  GITHUB = "github",
  OTHER = "other",
}
registerEnumType(SocialNetwork, {
  name: "SocialNetwork",
  description: "A network on which a person has a profile",
  valuesConfig: {
    MASTODON: { description: "Mastodon or another fediverse server" },
    FACEBOOK: { description: "Facebook" },
    INSTAGRAM: { description: "Instagram" },
    LINKEDIN: { description: "LinkedIn" },
    YOUTUBE: { description: "YouTube" },
    GITHUB: { description: "GitHub" },
    OTHER: { description: "Another network" },
  },
});

@ObjectType({ description: "A link to a profile on another network" })
export class SocialLink {
  @Field(() => SocialNetwork, { description: "Which network" })
  network: SocialNetwork;

  @Field(() => UrlScalar, { description: "The profile's address" })
  url: string;
}

/**
 * A person's account and public profile. Contact fields (e-mail, phone, birth date,
 * locality) carry no @Field: they are resolved in the profiles module through the
 * visibility rule, never read raw.
 */
@ObjectType({
  implements: ElementInterface,
  description: "A person: an account and its profile. The display name may be a pseudonym.",
})
@Entity({ name: "person" })
export class Person {
  @Field(() => ID, { description: "Stable identifier, the same in every export" })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Unique handle, lower case, used in URLs" })
  @Column({ type: "text", unique: true })
  username: string;

  @Field({ description: "The name shown on the profile; a pseudonym is fine" })
  @Column({ name: "display_name", type: "text" })
  displayName: string;

  @Field(() => String, { nullable: true, description: "One sentence shown in lists and cards" })
  @Column({ name: "short_description", type: "text", nullable: true })
  shortDescription: string | null;

  @Field(() => String, { nullable: true, description: "Markdown" })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => [String], { description: "Keywords the person chose" })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  tags: string[];

  @Field(() => UrlScalar, { nullable: true, description: "A personal website (http or https)" })
  @Column({ type: "text", nullable: true })
  website: string | null;

  @Field(() => [SocialLink], { description: "Profiles on other networks" })
  @Column({ name: "social_links", type: "jsonb", default: () => "'[]'" })
  socialLinks: SocialLink[];

  @Field(() => Language, { description: "Language of the interface and of the mails the person receives" })
  @Column({ type: "text", default: Language.FR })
  language: Language;

  @Column({ type: "text", unique: true })
  email: string;

  @Column({ name: "email_verified_at", type: "timestamptz", nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ name: "password_hash", type: "text" })
  passwordHash: string;

  @Column({ type: "text", nullable: true })
  phone: string | null;

  @Column({ name: "birth_date", type: "date", nullable: true })
  birthDate: string | null;

  @Column({ type: "text", nullable: true })
  locality: string | null;

  /** Avatar; resolved as `image` in the media module. */
  @Column({ name: "image_id", type: "uuid", nullable: true })
  imageId: string | null;

  @Column({ type: "jsonb", default: () => `'${JSON.stringify(DEFAULT_PRIVACY)}'` })
  privacy: PrivacySettings;

  /** The town of the person's home area (a gazetteer id); shown to the person only (home-area.resolver.ts). */
  @Column({ name: "home_place_id", type: "text", nullable: true })
  homePlaceId: string | null;

  @Column({ name: "home_radius_km", type: "smallint", nullable: true })
  homeRadiusKm: number | null;

  /** When the person put the first steps' checklist away (help module). */
  @Column({ name: "first_steps_dismissed_at", type: "timestamptz", nullable: true })
  firstStepsDismissedAt: Date | null;

  @Field({ description: "When the account was created" })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field({ description: "When the profile last changed; for others, when what everyone may read last changed" })
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
  /**
   * When its public face last changed (kept by a trigger: migration PublicChangedAt): what others see as updatedAt. Null while it was never public.
   */
  @Column({ name: "public_changed_at", type: "timestamptz", nullable: true, insert: false, update: false })
  publicChangedAt: Date | null;
}

/**
 * The condition every lookup of other people adds: an account whose address is not verified
 * yet is invisible to others (it may hold someone else's address and a chosen username).
 */
export const VERIFIED = { emailVerifiedAt: Not(IsNull()) };
/** VERIFIED in SQL, on the `person` table. */
export const VERIFIED_SQL = "person.email_verified_at IS NOT NULL";
