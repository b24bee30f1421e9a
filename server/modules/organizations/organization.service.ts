import type { DataSource } from "typeorm";
import type { Person } from "../accounts/person.entity";
import { descriptiveChanges } from "../elements/element.changes";
import { ElementKind } from "../elements/element.entity";
import type { ElementService } from "../elements/element.service";
import { Organization } from "./organization.entity";
import type { CreateOrganizationInput, UpdateOrganizationInput } from "./organization.inputs";

/** Any logged-in person can create an organization page; its rules are those of every element. */
export class OrganizationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly elements: ElementService,
  ) {}

  create(viewer: Person, input: CreateOrganizationInput): Promise<Organization> {
    const organization = this.dataSource.getRepository(Organization).create(descriptiveChanges(input));
    return this.elements.create(viewer, organization);
  }

  async update(viewer: Person, input: UpdateOrganizationInput): Promise<Organization> {
    const { id, ...changes } = descriptiveChanges(input, ["type"]);
    return this.elements.update<Organization>(viewer, id, ElementKind.ORGANIZATION, changes);
  }

  async find(viewer: Person | null, where: { id?: string; slug?: string }) {
    return (await this.elements.findVisible(viewer, where, ElementKind.ORGANIZATION)) as Organization | null;
  }
}
