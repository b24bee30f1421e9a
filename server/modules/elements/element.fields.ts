import type { Person } from "../accounts/person.entity";
import type { Element } from "./element.entity";
import { type Action, may, type Standing } from "../policy/policy";

/**
 * Fields of an element that not everyone may read, with the right reading them needs. The
 * same rule decides who reads them (resolvers), who sees their values in the history, and
 * who may write them: nobody changes what they cannot read (a write would confirm a guess
 * and overwrite a value its readers trust).
 */
const READ_RULES: Partial<Record<string, Action & "element:see-contacts">> = {
  email: "element:see-contacts",
  phone: "element:see-contacts",
};

export function mayRead(viewer: Person | null, field: string, element: Element, standing: Standing): boolean {
  const verb = READ_RULES[field];
  return !verb || may(viewer, verb, { element, standing });
}

/**
 * When the element last changed as far as the viewer may tell: its last change for those who
 * read every field, else the last change of its public face (a change they cannot read would
 * still tell when it happened).
 */
export function changedAt(viewer: Person | null, element: Element, standing: Standing): Date {
  if (!unreadable(viewer, Object.keys(READ_RULES), element, standing).length) return element.updatedAt;
  return element.publicChangedAt ?? element.createdAt;
}

/** The fields among `fields` that the viewer may not read. */
export function unreadable(viewer: Person | null, fields: string[], element: Element, standing: Standing): string[] {
  return fields.filter((field) => !mayRead(viewer, field, element, standing));
}
