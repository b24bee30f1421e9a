import { SocialNetwork } from "../accounts/person.entity";
import { EventType } from "../events/event.entity";
import { OrganizationType } from "../organizations/organization.entity";
import { ProjectStage } from "../projects/project.entity";
import { ExtraLinkKind } from "./element.entity";
import type { FieldChange } from "./revision.entity";

/**
 * Revisions keep the storage's names and values (a revert writes them back as they are);
 * the history shows them in the API's terms, so that every revision, old or new, reads
 * like the rest of the schema: `type` not `eventType`, `CONCERT` not `concert`.
 */
const API_NAMES: Partial<Record<string, string>> = {
  eventType: "type",
  imageId: "image",
  bannerId: "banner",
  carrierElementId: "carrier",
  carrierPersonId: "carrier",
  parentEventId: "parentEvent",
};

type EnumObject = Record<string, string>;

/** Stored fields holding an enum value. */
const ENUM_FIELDS: Partial<Record<string, EnumObject>> = {
  eventType: EventType,
  type: OrganizationType,
  stage: ProjectStage,
};

/** Stored fields holding a list of objects with an enum property. */
const ENUM_ENTRIES: Partial<Record<string, { key: string; values: EnumObject }>> = {
  socialLinks: { key: "network", values: SocialNetwork },
  extraLinks: { key: "kind", values: ExtraLinkKind },
};

/** The API's name of an enum's stored value (`concert` → `CONCERT`); unknown values pass as they are. */
function enumName(values: EnumObject, value: unknown): unknown {
  return Object.keys(values).find((name) => values[name] === value) ?? value;
}

function apiValue(field: string, value: unknown): unknown {
  const values = ENUM_FIELDS[field];
  if (values) return value == null ? value : enumName(values, value);
  const entries = ENUM_ENTRIES[field];
  if (entries && Array.isArray(value)) {
    return value.map((entry: Record<string, unknown>) => ({
      ...entry,
      [entries.key]: enumName(entries.values, entry[entries.key]),
    }));
  }
  return value;
}

/**
 * One revision's changes as the API names them. The carrier is stored in two columns (an
 * organization or a person) that change together: they show as one `carrier` change whose
 * values are the id of the carrier before and after.
 */
export function inApiTerms(changes: FieldChange[]): FieldChange[] {
  const shown: FieldChange[] = [];
  for (const change of changes) {
    const field = API_NAMES[change.field] ?? change.field;
    const before = apiValue(change.field, change.before);
    const after = apiValue(change.field, change.after);
    const merged = shown.find((earlier) => earlier.field === field);
    if (merged) {
      merged.before ??= before;
      merged.after ??= after;
      continue;
    }
    shown.push({ ...change, field, before, after });
  }
  return shown;
}
