import { refuseNulls } from "../../graphql/errors";
import { geographyChanges } from "../geography/address-changes";
import type { ElementFieldsInput } from "./element.inputs";

const REQUIRED = ["name", "tags", "socialLinks", "extraLinks"];

/**
 * Turns an input's descriptive fields into entity changes: trimmed, deduplicated, nulls
 * checked, the address and point as their columns.
 */
export function descriptiveChanges<T extends ElementFieldsInput & { name?: string }>(
  input: T,
  required: string[] = [],
) {
  refuseNulls(input, [...REQUIRED, ...required]);
  const { address, location, ...fields } = input;
  return {
    ...fields,
    ...geographyChanges(address, location),
    name: input.name?.trim(),
    tags: input.tags && [...new Set(input.tags.map((tag) => tag.trim()).filter(Boolean))],
    socialLinks: input.socialLinks?.map(({ network, url }) => ({ network, url })),
    extraLinks: input.extraLinks?.map(({ kind, url, label }) => ({ kind, url, label: label ?? null })),
  };
}
