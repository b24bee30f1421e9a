import { IsOptional, IsUUID, Matches } from "class-validator";
import type { GraphQLResolveInfo } from "graphql";
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import { Access } from "../../graphql/authorization";
import { Connection } from "../../graphql/connection";
import type { Context } from "../../graphql/context";
import { InvalidInput } from "../../graphql/errors";
import { says } from "../../graphql/validators";
import type { Topics } from "../../graphql/pubsub";
import { USERNAME_PATTERN } from "../accounts/account.inputs";
import { Person } from "../accounts/person.entity";
import { ElementKind } from "../elements/element.entity.kind";
import { renderMarkdown } from "../elements/markdown";
import { may, requireViewer } from "../policy/policy";
import { PeopleArgs } from "./people";
import { personColumns } from "./person.columns";
import { type PrivateField, Visibility } from "./privacy";
import { UpdatePrivacySettingsInput, UpdateProfileInput } from "./profile.inputs";
import { EmailAddressScalar, LocalDateScalar } from "../../graphql/scalars";

@ObjectType({ description: "Who may read each private field; only its owner reads this" })
class PrivacySettings {
  @Field(() => Visibility, { description: "Who reads the e-mail address" }) email: Visibility;
  @Field(() => Visibility, { description: "Who reads the phone number" }) phone: Visibility;
  @Field(() => Visibility, { description: "Who reads the birth date" }) birthDate: Visibility;
  @Field(() => Visibility, { description: "Who reads the town" }) locality: Visibility;
  @Field(() => Visibility, { description: "Memberships and follows" }) directory: Visibility;
}

@ArgsType()
class PersonArgs {
  @Field(() => ID, { nullable: true, description: "The person's id; give it or a username" })
  @IsOptional()
  @IsUUID("all", says("validation.personId"))
  id?: string;

  @Field({ nullable: true, description: "The person's username (any case); give it or an id" })
  @IsOptional()
  @Matches(USERNAME_PATTERN, says("validation.username"))
  username?: string;
}

@ArgsType()
class PersonUpdatedArgs {
  @Field(() => ID, { description: "The id of the person to watch" })
  @IsUUID("all", says("validation.personId"))
  id: string;
}

/** Reads a private field through the one visibility rule. */
async function visible<K extends PrivateField & keyof Person>(person: Person, field: K, ctx: Context) {
  const relation = await ctx.loaders.relationTo.load(person.id);
  return may(ctx.viewer, "profile:read-field", { visibility: person.privacy[field], relation }) ? person[field] : null;
}

const PersonConnection = Connection("Person", Person);

const isSelf = (person: Person, ctx: Context) => ctx.viewer?.id === person.id;

@Resolver(() => Person)
export class ProfileResolver {
  @Query(() => Person, { nullable: true, description: "A person by id or by username" })
  async person(
    @Args() { id, username }: PersonArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person | null> {
    if (!id && !username) throw new InvalidInput([{ field: "id", key: "input.idOrUsername" }]);
    if (id) {
      const columns = personColumns(info.fieldNodes, info.fragments);
      return (columns ? ctx.loaders.personWithColumns(columns) : ctx.loaders.personById).load(id);
    }
    return ctx.services.profiles.findByUsername(username!);
  }

  @Query(() => PersonConnection, {
    description:
      "The people directory, newest first: people whose directory setting shows them to you, " +
      "optionally those whose name or username contains `search`",
  })
  people(@Args() args: PeopleArgs, @Ctx() ctx: Context) {
    return ctx.services.profiles.directory(ctx.viewer, args);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Person, { description: "Edits the logged-in person's profile" })
  updateProfile(
    @Arg("input", { description: "The profile fields to change" }) input: UpdateProfileInput,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    return ctx.services.profiles.updateProfile(requireViewer(ctx), input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Person, { description: "Chooses who may read each private field" })
  updatePrivacySettings(
    @Arg("input", { description: "The visibility of each private field to change" }) input: UpdatePrivacySettingsInput,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    return ctx.services.profiles.updatePrivacySettings(requireViewer(ctx), input);
  }

  @Authorized(Access.ANYONE)
  @Subscription(() => Person, {
    nullable: true,
    description: "A person's profile each time it changes, as the subscriber may see it; null once deleted",
    topics: "PERSON_UPDATED",
    topicId: ({ args }) => (args as PersonUpdatedArgs).id,
  })
  personUpdated(
    @Root() payload: Topics["PERSON_UPDATED"][1],
    @Args() _args: PersonUpdatedArgs,
    @Ctx() ctx: Context,
  ): Promise<Person | null> {
    // Each event is resolved with a context of its own (fresh loaders): the row is read afresh.
    return ctx.loaders.personById.load(payload.personId);
  }

  @FieldResolver(() => ElementKind, { description: "Always PERSON" })
  kind(): ElementKind {
    return ElementKind.PERSON;
  }

  @FieldResolver(() => String, { description: "The username" })
  slug(@Root() person: Person): string {
    return person.username;
  }

  @FieldResolver(() => String, { description: "The display name" })
  name(@Root() person: Person): string {
    return person.displayName;
  }

  @FieldResolver(() => String, { nullable: true, description: "The description as sanitized HTML" })
  descriptionHtml(@Root() person: Person): string | null {
    return renderMarkdown(person.description);
  }

  @FieldResolver(() => EmailAddressScalar, { nullable: true, description: "Shown as the privacy settings allow" })
  email(@Root() person: Person, @Ctx() ctx: Context) {
    return visible(person, "email", ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: "Shown as the privacy settings allow" })
  phone(@Root() person: Person, @Ctx() ctx: Context) {
    return visible(person, "phone", ctx);
  }

  @FieldResolver(() => LocalDateScalar, { nullable: true, description: "Shown as the privacy settings allow" })
  birthDate(@Root() person: Person, @Ctx() ctx: Context) {
    return visible(person, "birthDate", ctx);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "City or postal code; shown as the privacy settings allow",
  })
  locality(@Root() person: Person, @Ctx() ctx: Context) {
    return visible(person, "locality", ctx);
  }

  @FieldResolver(() => Date, { description: "When the profile last changed, as far as you may tell" })
  updatedAt(@Root() person: Person, @Ctx() ctx: Context): Date {
    // A change of a private field, a setting or a home area would otherwise tell when it happened.
    return isSelf(person, ctx) ? person.updatedAt : (person.publicChangedAt ?? person.createdAt);
  }

  @FieldResolver(() => PrivacySettings, { nullable: true, description: "Only for the owner" })
  privacySettings(@Root() person: Person, @Ctx() ctx: Context): PrivacySettings | null {
    return isSelf(person, ctx) ? person.privacy : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: "Only for the owner" })
  emailVerified(@Root() person: Person, @Ctx() ctx: Context): boolean | null {
    return isSelf(person, ctx) ? Boolean(person.emailVerifiedAt) : null;
  }
}
