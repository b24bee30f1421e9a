import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Access } from "../../graphql/authorization";
import { Connection, PageArgs } from "../../graphql/connection";
import type { Context } from "../../graphql/context";
import { ElementRefArgs, elementWhere } from "../elements/element.ref";
import { ElementKind } from "../elements/element.entity";
import { requireViewer } from "../policy/policy";
import { Organization } from "./organization.entity";
import { CreateOrganizationInput, UpdateOrganizationInput } from "./organization.inputs";

const OrganizationConnection = Connection("Organization", Organization);

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, {
    nullable: true,
    description: "An organization by id or by slug (exactly one of them); null when there is none you may see",
  })
  organization(@Args() ref: ElementRefArgs, @Ctx() ctx: Context) {
    return ctx.services.organizations.find(ctx.viewer, elementWhere(ref));
  }

  @Query(() => OrganizationConnection, { description: "Organizations, newest first" })
  organizations(@Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.elements.list(ctx.viewer, ElementKind.ORGANIZATION, first, after);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Organization, { description: "Creates an organization page; you become its administrator" })
  createOrganization(
    @Arg("input", { description: "The new organization's name, type and descriptive fields" })
    input: CreateOrganizationInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.organizations.create(requireViewer(ctx), input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Organization, { description: "Edits the descriptive fields (open edition, kept in the history)" })
  updateOrganization(
    @Arg("input", { description: "The organization and the fields to change" }) input: UpdateOrganizationInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.organizations.update(requireViewer(ctx), input);
  }
}
