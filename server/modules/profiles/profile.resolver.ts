import { IsOptional, IsUUID, Matches } from "class-validator";
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import { Access } from "../../graphql/authorization";
import type { Context } from "../../graphql/context";
import { InvalidInput, Unauthenticated } from "../../graphql/errors";
import type { Topics } from "../../graphql/pubsub";
import { USERNAME_PATTERN } from "../accounts/account.inputs";
import { Person } from "../accounts/person.entity";
import { ElementKind } from "../elements/element.entity.kind";
import { renderMarkdown } from "../elements/markdown";
import { canSee, type PrivateField, Visibility } from "./privacy";
import { UpdatePrivacySettingsInput, UpdateProfileInput } from "./profile.inputs";

@ObjectType({ description: "Who may read each private field; only its owner reads this" })
class PrivacySettings {
  @Field(() => Visibility) email: Visibility;
  @Field(() => Visibility) phone: Visibility;
  @Field(() => Visibility) birthDate: Visibility;
  @Field(() => Visibility) locality: Visibility;
  @Field(() => Visibility, { description: "Memberships and follows" }) directory: Visibility;
}

@ArgsType()
class PersonArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be a person id" })
  id?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(USERNAME_PATTERN, { message: "is not a valid username" })
  username?: string;
}

@ArgsType()
class PersonUpdatedArgs {
  @Field(() => ID)
  @IsUUID("all", { message: "must be a person id" })
  id: string;
}

/** Reads a private field through the one visibility rule. */
async function visible<K extends PrivateField & keyof Person>(person: Person, field: K, ctx: Context) {
  const relation = await ctx.loaders.relationTo.load(person.id);
  return canSee(person.privacy[field], relation) ? person[field] : null;
}

const isSelf = (person: Person, ctx: Context) => ctx.viewer?.id === person.id;

@Resolver(() => Person)
export class ProfileResolver {
  @Query(() => Person, { nullable: true, description: "A person by id or by username" })
  async person(@Args() { id, username }: PersonArgs, @Ctx() ctx: Context): Promise<Person | null> {
    if (!id && !username) throw new InvalidInput([{ field: "id", message: "give an id or a username" }]);
    if (id) return ctx.loaders.personById.load(id);
    return ctx.services.profiles.findByUsername(username!);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Person, { description: "Edits the logged-in person's profile" })
  updateProfile(@Arg("input") input: UpdateProfileInput, @Ctx() ctx: Context): Promise<Person> {
    if (!ctx.viewer) throw new Unauthenticated();
    return ctx.services.profiles.updateProfile(ctx.viewer, input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Person, { description: "Chooses who may read each private field" })
  updatePrivacySettings(@Arg("input") input: UpdatePrivacySettingsInput, @Ctx() ctx: Context): Promise<Person> {
    if (!ctx.viewer) throw new Unauthenticated();
    return ctx.services.profiles.updatePrivacySettings(ctx.viewer, input);
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
    // A subscription keeps its context across events: read the row afresh each time.
    return ctx.loaders.personById.clear(payload.personId).load(payload.personId);
  }

  @FieldResolver(() => ElementKind)
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

  @FieldResolver(() => String, { nullable: true, description: "Shown as the privacy settings allow" })
  email(@Root() person: Person, @Ctx() ctx: Context) {
    return visible(person, "email", ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: "Shown as the privacy settings allow" })
  phone(@Root() person: Person, @Ctx() ctx: Context) {
    return visible(person, "phone", ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: "YYYY-MM-DD; shown as the privacy settings allow" })
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

  @FieldResolver(() => PrivacySettings, { nullable: true, description: "Only for the owner" })
  privacySettings(@Root() person: Person, @Ctx() ctx: Context): PrivacySettings | null {
    return isSelf(person, ctx) ? person.privacy : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: "Only for the owner" })
  emailVerified(@Root() person: Person, @Ctx() ctx: Context): boolean | null {
    return isSelf(person, ctx) ? Boolean(person.emailVerifiedAt) : null;
  }
}
