import { validateSync, type ValidationError } from "class-validator";
import { DomainError } from "../graphql/errors";
import { SocialLinkInput } from "../modules/profiles/profile.inputs";
import { descriptiveChanges } from "../modules/elements/element.changes";
import { ElementKind, ExtraLinkKind } from "../modules/elements/element.entity";
import { ExtraLinkInput } from "../modules/elements/element.inputs";
import { CreateEventInput } from "../modules/events/event.inputs";
import { checkSchedule } from "../modules/events/event.service";
import { occursUntil } from "../modules/events/recurrence";
import { AddressInput, GeoPointInput } from "../modules/geography/address";
import { SocialNetwork } from "../modules/accounts/person.entity";
import { CreateOrganizationInput } from "../modules/organizations/organization.inputs";
import { CreateProjectInput } from "../modules/projects/project.inputs";
import { checkDates } from "../modules/projects/project.service";
import { EventType } from "../modules/events/event.entity";
import { OrganizationType } from "../modules/organizations/organization.entity";
import { ProjectStage } from "../modules/projects/project.entity";
import type { ImportField } from "./columns";
import type { SourceRow } from "./read";

export type ImportKind = ElementKind.ORGANIZATION | ElementKind.PROJECT | ElementKind.EVENT;

/** A problem with one cell: `line 12, column "postalCode": must be …`. */
export interface RowError {
  where: string;
  column: string | null;
  message: string;
}

export function describeError(error: RowError): string {
  return `${error.where}${error.column ? `, column "${error.column}"` : ""}: ${error.message}`;
}

/** A valid row, as the columns the services write (entity property names). */
export interface ImportRow {
  where: string;
  sourceId: string;
  /** The slug the file gives, kept when free. */
  slug: string | null;
  values: Record<string, unknown>;
}

export interface RowContext {
  kind: ImportKind;
  mapping: Map<ImportField, string>;
  /** Events without a time zone happen in the instance's (TIME_ZONE). */
  timeZone: string;
}

/** The fields of the three create inputs, which differ only in `type`'s enum. */
type AnyCreateInput = Omit<CreateOrganizationInput, "type"> &
  Omit<CreateProjectInput, "type"> &
  Omit<CreateEventInput, "type"> & { type?: string };

const INPUT_CLASSES = {
  [ElementKind.ORGANIZATION]: CreateOrganizationInput,
  [ElementKind.PROJECT]: CreateProjectInput,
  [ElementKind.EVENT]: CreateEventInput,
};

/**
 * Checks a row with the input class of the API's create mutation and the service's own
 * rules (event times and recurrence, project dates), and turns it into the columns the
 * services write. Returns the errors of every cell, not only the first.
 */
export async function readRow(row: SourceRow, context: RowContext): Promise<ImportRow | RowError[]> {
  const { mapping } = context;
  const header = (field: ImportField) => mapping.get(field) ?? field;
  const cell = (field: ImportField): string | undefined => {
    const name = mapping.get(field);
    const value = name === undefined ? undefined : row.cells[name]?.trim();
    return value ? value : undefined;
  };
  const errors: RowError[] = [];
  const refuse = (field: ImportField, message: string) =>
    errors.push({ where: row.where, column: header(field), message });

  const sourceId = cell("id");
  if (!sourceId) refuse("id", "must be given: the row's id in the source, so that importing again updates it");
  else if (sourceId.length > 200) refuse("id", "must be at most 200 characters");

  const json = (field: "socialLinks" | "extraLinks") => {
    const value = cell(field);
    if (value === undefined) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed as Record<string, string>[];
    } catch {
      // Reported below.
    }
    refuse(field, "must be a JSON array");
    return undefined;
  };
  const date = (field: ImportField) => {
    const value = cell(field);
    if (value === undefined) return undefined;
    const parsed = new Date(value);
    if (Number.isNaN(parsed.getTime())) refuse(field, "must be a date and time (ISO 8601, such as 2027-05-02T18:00)");
    return parsed;
  };
  const number = (field: ImportField) => {
    const value = cell(field);
    return value === undefined ? undefined : Number(value.replace(",", "."));
  };

  const input = Object.assign(new INPUT_CLASSES[context.kind](), {
    name: cell("name") ?? "",
    shortDescription: cell("shortDescription"),
    description: cell("description")?.replace(/\r\n/g, "\n"),
    tags: cell("tags")
      ?.split("|")
      .map((tag) => tag.trim()),
    website: cell("website"),
    email: cell("email"),
    phone: cell("phone"),
    socialLinks: json("socialLinks")?.map((link) =>
      Object.assign(new SocialLinkInput(), { ...link, network: enumValue(SocialNetwork, link?.network) }),
    ),
    extraLinks: json("extraLinks")?.map((link) =>
      Object.assign(new ExtraLinkInput(), { ...link, kind: enumValue(ExtraLinkKind, link?.kind) }),
    ),
  }) as AnyCreateInput;

  if (["street", "postalCode", "city", "country"].some((field) => cell(field as ImportField) !== undefined)) {
    input.address = Object.assign(new AddressInput(), {
      street: cell("street")?.replace(/\r\n/g, "\n") ?? null,
      postalCode: cell("postalCode") ?? null,
      city: cell("city") ?? null,
      country: cell("country") ?? null,
    });
  }
  const latitude = number("latitude");
  const longitude = number("longitude");
  if (latitude !== undefined || longitude !== undefined) {
    input.location = Object.assign(new GeoPointInput(), { latitude, longitude });
  }

  if (context.kind === ElementKind.ORGANIZATION) input.type = enumValue(OrganizationType, cell("type"));
  if (context.kind === ElementKind.PROJECT) {
    input.stage = (enumValue(ProjectStage, cell("stage")) ?? ProjectStage.IDEA) as ProjectStage;
    input.startsOn = cell("startsOn");
    input.endsOn = cell("endsOn");
    input.licence = cell("licence");
  }
  if (context.kind === ElementKind.EVENT) {
    input.type = enumValue(EventType, cell("type"));
    input.startsAt = date("startsAt")!;
    if (!input.startsAt) refuse("startsAt", "must be given");
    input.endsAt = date("endsAt");
    input.timeZone = cell("timeZone") ?? context.timeZone;
    const allDay = cell("allDay")?.toLowerCase();
    if (allDay !== undefined && allDay !== "true" && allDay !== "false") refuse("allDay", "must be true or false");
    input.allDay = allDay === "true";
    input.recurrenceRule = cell("recurrenceRule");
    input.onlineUrl = cell("onlineUrl");
  }

  const problems = validateSync(input, { forbidUnknownValues: false });
  for (const problem of flatten(problems)) {
    errors.push({ where: row.where, column: header(columnOf(problem.path)), message: problem.message });
  }
  if (errors.length) return errors;

  const { type, ...fields } = descriptiveChanges(input) as Record<string, unknown> & { type?: string };
  const values: Record<string, unknown> = { ...fields };
  delete values.address;
  delete values.location;
  try {
    if (context.kind === ElementKind.ORGANIZATION) values.type = type;
    if (context.kind === ElementKind.PROJECT) checkDates(input.startsOn, input.endsOn);
    if (context.kind === ElementKind.EVENT) {
      values.eventType = type;
      const schedule = checkSchedule({
        startsAt: input.startsAt,
        endsAt: input.endsAt ?? null,
        timeZone: input.timeZone,
        allDay: input.allDay,
        recurrenceRule: input.recurrenceRule ?? null,
      });
      Object.assign(values, schedule, { occursUntil: occursUntil(schedule) });
    }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const fields = (error.extensions.fields ?? []) as { field: string; message: string }[];
    return fields.map((field) => ({ where: row.where, column: header(columnOf(field.field)), message: field.message }));
  }
  const slug = cell("slug")?.toLowerCase() ?? null;
  return { where: row.where, sourceId: sourceId!, slug, values };
}

/** An enum value from its value or its GraphQL name, case aside; the text itself when neither (refused by IsEnum). */
function enumValue(values: Record<string, string>, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const wanted = text.trim().toLowerCase();
  return Object.entries(values).find(([name, value]) => name.toLowerCase() === wanted || value === wanted)?.[1] ?? text;
}

/** The column of an input's property path: `address.postalCode` is postalCode, `extraLinks.0.url` is extraLinks. */
function columnOf(path: string): ImportField {
  const [first, second] = path.split(".");
  return (first === "address" || first === "location" ? second : first) as ImportField;
}

function flatten(errors: ValidationError[], prefix = ""): { path: string; message: string }[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      path,
      // class-validator's own messages begin with the property's name; the column says it.
      message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}
