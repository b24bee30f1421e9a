import {
  Arg,
  Args,
  Authorized,
  createUnionType,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Access } from "../../graphql/authorization";
import { Connection, PageArgs } from "../../graphql/connection";
import type { Context } from "../../graphql/context";
import { ElementRefArgs, elementWhere } from "../elements/element.ref";
import { Person } from "../accounts/person.entity";
import { ElementKind } from "../elements/element.entity";
import { Organization } from "../organizations/organization.entity";
import { requireViewer } from "../policy/policy";
import { tiedPerson } from "../policy/tied-person";
import { Project } from "./project.entity";
import { CreateProjectInput, UpdateProjectInput } from "./project.inputs";

export const ProjectConnection = Connection("Project", Project);

export const ProjectCarrier = createUnionType({
  name: "ProjectCarrier",
  description: "Who carries a project: an organization or a person",
  types: () => [Organization, Person] as const,
  resolveType: (value) => (value instanceof Person ? "Person" : "Organization"),
});

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, {
    nullable: true,
    description: "A project by id or by slug (exactly one of them); null when there is none you may see",
  })
  project(@Args() ref: ElementRefArgs, @Ctx() ctx: Context) {
    return ctx.services.projects.find(ctx.viewer, elementWhere(ref));
  }

  @Query(() => ProjectConnection, { description: "Projects, newest first" })
  projects(@Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.elements.list(ctx.viewer, ElementKind.PROJECT, first, after);
  }

  @FieldResolver(() => ProjectCarrier, {
    nullable: true,
    description:
      "The organization or person carrying the project; null when hidden from you (a private organization, " +
      "or a person whose directory setting hides them)",
  })
  carrier(@Root() project: Project, @Ctx() ctx: Context) {
    if (project.carrierElementId) return ctx.loaders.visibleElement.load(project.carrierElementId);
    return tiedPerson(ctx, project.carrierPersonId, project.id);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Project, { description: "Creates a project; you become its administrator" })
  createProject(
    @Arg("input", { description: "The new project's name, stage, carrier and descriptive fields" })
    input: CreateProjectInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.projects.create(requireViewer(ctx), input);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Project, { description: "Edits the project (open edition, kept in the history)" })
  updateProject(
    @Arg("input", { description: "The project and the fields to change" }) input: UpdateProjectInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.projects.update(requireViewer(ctx), input);
  }
}

/** The projects an organization carries, on the organization's page. */
@Resolver(() => Organization)
export class OrganizationProjectsResolver {
  @FieldResolver(() => ProjectConnection, { description: "Projects the organization carries, newest first" })
  projects(@Root() organization: Organization, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.projectsCarriedBy.load({ parentId: organization.id, args: { first, after } });
  }
}
