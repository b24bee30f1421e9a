import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { DEFAULT_PRIVACY, type PrivacySettings } from "../profiles/privacy";
import { ElementInterface } from "../elements/element.interface";

export enum Language {
  FR = "fr",
  EN = "en",
}
registerEnumType(Language, { name: "Language", description: "Language of the interface and of mails" });

export enum SocialNetwork {
  MASTODON = "mastodon",
  FACEBOOK = "facebook",
  INSTAGRAM = "instagram",
  LINKEDIN = "linkedin",
  YOUTUBE = "youtube",
  GITHUB = "github",
  OTHER = "other",
}
registerEnumType(SocialNetwork, { name: "SocialNetwork" });

@ObjectType({ description: "A link to a profile on another network" })
export class SocialLink {
  @Field(() => SocialNetwork)
  network: SocialNetwork;

  @Field()
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
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Unique handle, lower case, used in URLs" })
  @Column({ type: "text", unique: true })
  username: string;

  @Field()
  @Column({ name: "display_name", type: "text" })
  displayName: string;

  @Field(() => String, { nullable: true })
  @Column({ name: "short_description", type: "text", nullable: true })
  shortDescription: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => [String])
  @Column({ type: "text", array: true, default: () => "'{}'" })
  tags: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  website: string | null;

  @Field(() => [SocialLink])
  @Column({ name: "social_links", type: "jsonb", default: () => "'[]'" })
  socialLinks: SocialLink[];

  @Field(() => Language)
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

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
