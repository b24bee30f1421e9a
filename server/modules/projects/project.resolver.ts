import { IsOptional, IsUUID, Length } from "class-validator";
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  createUnionType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Access } from "../../graphql/authorization";
import { Connection, PageArgs } from "../../graphql/connection";
import type { Context } from "../../graphql/context";
import { InvalidInput } from "../../graphql/errors";
import { Person } from "../accounts/person.entity";
import { ElementKind } from "../elements/element.entity";
import { Organization } from "../organizations/organization.entity";
import { Project } from "./project.entity";
import { CreateProjectInput, UpdateProjectInput } from "./project.inputs";

export const ProjectConnection = Connection("Project", Project);

export const ProjectCarrier = createUnionType({
  name: "ProjectCarrier",
  description: "Who carries a project: an organization or a person",
  types: () => [Organization, Person] as const,
  resolveType: (value) => (value instanceof Person ? "Person" : "Organization"),
});

@ArgsType()
class ProjectArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be a project id" })
  id?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 80)
  slug?: string;
}

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true })
  project(@Args() { id, slug }: ProjectArgs, @Ctx() ctx: Context) {
    if (!id && !slug) throw new InvalidInput([{ field: "id", message: "give an id or a slug" }]);
    return ctx.services.projects.find(ctx.viewer, { id, slug });
  }

  @Query(() => ProjectConnection, { description: "Projects, newest first" })
  projects(@Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.elements.list(ctx.viewer, ElementKind.PROJECT, first, after);
  }

  @FieldResolver(() => ProjectCarrier, {
    nullable: true,
    description: "The organization or person carrying the project; null when hidden from you",
  })
  carrier(@Root() project: Project, @Ctx() ctx: Context) {
    if (project.carrierElementId) return ctx.loaders.visibleElement.load(project.carrierElementId);
    if (project.carrierPersonId) return ctx.loaders.personById.load(project.carrierPersonId);
    return null;
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Project, { description: "Creates a project; you become its administrator" })
  createProject(@Arg("input") input: CreateProjectInput, @Ctx() ctx: Context) {
    return ctx.services.projects.create(ctx.viewer, input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Project, { description: "Edits the project (open edition, kept in the history)" })
  updateProject(@Arg("input") input: UpdateProjectInput, @Ctx() ctx: Context) {
    return ctx.services.projects.update(ctx.viewer, input);
  }
}

/** The projects an organization carries, on the organization's page. */
@Resolver(() => Organization)
export class OrganizationProjectsResolver {
  @FieldResolver(() => ProjectConnection, { description: "Projects the organization carries, newest first" })
  projects(@Root() organization: Organization, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.projectsCarriedBy.load({ parentId: organization.id, first, after });
  }
}
