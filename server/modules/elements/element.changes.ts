import { refuseNulls } from "../../graphql/errors";
import type { ElementFieldsInput } from "./element.inputs";

const REQUIRED = ["name", "tags", "socialLinks", "extraLinks"];

/** Turns an input's descriptive fields into entity changes: trimmed, deduplicated, nulls checked. */
export function descriptiveChanges<T extends ElementFieldsInput & { name?: string }>(
  input: T,
  required: string[] = [],
) {
  refuseNulls(input, [...REQUIRED, ...required]);
  return {
    ...input,
    name: input.name?.trim(),
    tags: input.tags && [...new Set(input.tags.map((tag) => tag.trim()).filter(Boolean))],
    socialLinks: input.socialLinks?.map(({ network, url }) => ({ network, url })),
    extraLinks: input.extraLinks?.map(({ kind, url, label }) => ({ kind, url, label: label ?? null })),
  };
}
