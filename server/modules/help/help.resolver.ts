import { IsEnum, IsOptional, Length, Matches } from "class-validator";
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Access } from "../../graphql/authorization";
import type { Context } from "../../graphql/context";
import { Language, Person } from "../accounts/person.entity";
import { Organization } from "../organizations/organization.entity";
import { requireViewer } from "../policy/policy";
import { FirstSteps } from "./first-steps";
import { HelpArticle, HelpCategory } from "./help-articles";
import { HELP_COMMUNITY_ID } from "./help-community";

export const MAX_HELP_SEARCH_LENGTH = 100;

@ArgsType()
class HelpArticlesArgs {
  @Field(() => Language, { description: "The language of the articles" })
  @IsEnum(Language)
  language: Language;

  @Field(() => String, {
    nullable: true,
    description: `Words to find in titles, keywords and texts, 1 to ${MAX_HELP_SEARCH_LENGTH} characters (any case and accents); best first`,
  })
  @IsOptional()
  @Length(1, MAX_HELP_SEARCH_LENGTH)
  @Matches(/\S/, { message: "must not be blank" })
  search?: string;

  @Field(() => HelpCategory, { nullable: true, description: "Only this section's articles" })
  @IsOptional()
  @IsEnum(HelpCategory)
  category?: HelpCategory;
}

@ArgsType()
class HelpArticleArgs {
  @Field({ description: "The article's slug (its file name)" })
  @Length(1, 80)
  @Matches(/^[a-z0-9-]+$/, { message: "must be lower-case letters, digits and hyphens" })
  slug: string;

  @Field(() => Language, { description: "The language wanted" })
  @IsEnum(Language)
  language: Language;
}

@Resolver()
export class HelpResolver {
  @Query(() => [HelpArticle], {
    description:
      "The help's articles in a language (a few dozen at most, files of the repository): all of them in " +
      "order, or those matching `search`, best first",
  })
  helpArticles(@Args() { language, search, category }: HelpArticlesArgs, @Ctx() ctx: Context): HelpArticle[] {
    return ctx.services.help.articles.search(language, search, category);
  }

  @Query(() => HelpArticle, { nullable: true, description: "One help article; null when it does not exist" })
  helpArticle(@Args() { slug, language }: HelpArticleArgs, @Ctx() ctx: Context): HelpArticle | null {
    return ctx.services.help.articles.find(slug, language);
  }

  @Query(() => Organization, {
    nullable: true,
    description: "The help community, where people ask their questions and others answer; null if missing",
  })
  helpCommunity(@Ctx() ctx: Context): Promise<Organization | null> {
    return ctx.services.organizations.find(ctx.viewer, { id: HELP_COMMUNITY_ID });
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => FirstSteps, { description: "Puts the logged-in person's first steps away" })
  dismissFirstSteps(@Ctx() ctx: Context): Promise<FirstSteps> {
    return ctx.services.help.dismissFirstSteps(requireViewer(ctx));
  }
}

@Resolver(() => Person)
export class FirstStepsResolver {
  @FieldResolver(() => FirstSteps, {
    nullable: true,
    description: "Only for the owner: the checklist that follows sign-up, each step ticked from what they did",
  })
  firstSteps(@Root() person: Person, @Ctx() ctx: Context): Promise<FirstSteps> | null {
    if (ctx.viewer?.id !== person.id) return null;
    return ctx.services.help.firstSteps(person);
  }
}
