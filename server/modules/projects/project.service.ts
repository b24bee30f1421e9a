import type { DataSource } from "typeorm";
import { Forbidden, InvalidInput, NotFound, refuseNulls } from "../../graphql/errors";
import { Person, VERIFIED } from "../accounts/person.entity";
import { descriptiveChanges } from "../elements/element.changes";
import { ElementKind } from "../elements/element.entity";
import type { ElementService } from "../elements/element.service";
import { may } from "../policy/policy";
import { Project } from "./project.entity";
import type { CreateProjectInput, UpdateProjectInput } from "./project.inputs";

type Carrier = Pick<Project, "carrierElementId" | "carrierPersonId">;

/**
 * Projects follow the rules of every element; in addition, a project is carried by an
 * organization (which only its administrators may commit) or by a person.
 */
export class ProjectService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly elements: ElementService,
  ) {}

  async create(viewer: Person, input: CreateProjectInput): Promise<Project> {
    const { carrierOrganizationId, carrierPersonId, ...fields } = input;
    checkDates(fields.startsOn, fields.endsOn);
    const carrier =
      carrierOrganizationId || carrierPersonId
        ? await this.carrier(viewer, carrierOrganizationId, carrierPersonId)
        : { carrierElementId: null, carrierPersonId: viewer.id };
    const project = this.dataSource.getRepository(Project).create({ ...descriptiveChanges(fields), ...carrier });
    return this.elements.create(viewer, project);
  }

  /** Descriptive fields follow open edition; the carrier is for the project's administrators. */
  async update(viewer: Person, input: UpdateProjectInput): Promise<Project> {
    refuseNulls(input, ["carrierOrganizationId", "carrierPersonId"]);
    const { carrierOrganizationId, carrierPersonId, ...fields } = input;
    const { id, ...changes } = descriptiveChanges(fields, ["stage"]);
    const { element: project } = await this.elements.authorize(
      viewer,
      id,
      carrierOrganizationId || carrierPersonId ? "element:administer" : "element:edit",
      ElementKind.PROJECT,
    );
    const current = project as Project;
    checkDates(
      changes.startsOn === undefined ? current.startsOn : changes.startsOn,
      changes.endsOn === undefined ? current.endsOn : changes.endsOn,
    );
    const carrier =
      carrierOrganizationId || carrierPersonId
        ? await this.carrier(viewer, carrierOrganizationId, carrierPersonId)
        : {};
    return this.elements.update<Project>(viewer, id, ElementKind.PROJECT, { ...changes, ...carrier });
  }

  async find(viewer: Person | null, where: { id?: string; slug?: string }) {
    return (await this.elements.findVisible(viewer, where, ElementKind.PROJECT)) as Project | null;
  }

  /**
   * The chosen carrier, if the viewer may name it: an organization they administer, or a
   * person they can see (every profile is public).
   */
  private async carrier(viewer: Person, organizationId?: string, personId?: string): Promise<Carrier> {
    if (organizationId && personId) {
      throw new InvalidInput([{ field: "carrierPersonId", key: "project.carrierBoth" }]);
    }
    if (personId) {
      const person = await this.dataSource.getRepository(Person).existsBy({ id: personId, ...VERIFIED });
      if (!person) throw new NotFound("person");
      return { carrierElementId: null, carrierPersonId: personId };
    }
    const organization = await this.elements.findVisible(viewer, { id: organizationId }, ElementKind.ORGANIZATION);
    if (!organization) throw new NotFound("organization");
    const standing = await this.elements.standing(viewer, organization.id);
    if (!may(viewer, "element:administer", { element: organization, standing })) {
      throw new Forbidden("forbidden.carryProject");
    }
    return { carrierElementId: organization.id, carrierPersonId: null };
  }
}

export function checkDates(startsOn: string | null | undefined, endsOn: string | null | undefined) {
  if (startsOn && endsOn && endsOn < startsOn) {
    throw new InvalidInput([{ field: "endsOn", key: "project.endsBeforeStart" }]);
  }
}
