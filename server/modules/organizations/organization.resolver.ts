import { IsOptional, IsUUID, Length } from "class-validator";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, Query, Resolver } from "type-graphql";
import { Access } from "../../graphql/authorization";
import { Connection, PageArgs } from "../../graphql/connection";
import type { Context } from "../../graphql/context";
import { InvalidInput } from "../../graphql/errors";
import { ElementKind } from "../elements/element.entity";
import { Organization } from "./organization.entity";
import { CreateOrganizationInput, UpdateOrganizationInput } from "./organization.inputs";

const OrganizationConnection = Connection("Organization", Organization);

@ArgsType()
class OrganizationArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be an organization id" })
  id?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 80)
  slug?: string;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true })
  organization(@Args() { id, slug }: OrganizationArgs, @Ctx() ctx: Context) {
    if (!id && !slug) throw new InvalidInput([{ field: "id", message: "give an id or a slug" }]);
    return ctx.services.organizations.find(ctx.viewer, { id, slug });
  }

  @Query(() => OrganizationConnection, { description: "Organizations, newest first" })
  organizations(@Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.elements.list(ctx.viewer, ElementKind.ORGANIZATION, first, after);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Organization, { description: "Creates an organization page; you become its administrator" })
  createOrganization(@Arg("input") input: CreateOrganizationInput, @Ctx() ctx: Context) {
    return ctx.services.organizations.create(ctx.viewer, input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Organization, { description: "Edits the descriptive fields (open edition, kept in the history)" })
  updateOrganization(@Arg("input") input: UpdateOrganizationInput, @Ctx() ctx: Context) {
    return ctx.services.organizations.update(ctx.viewer, input);
  }
}
