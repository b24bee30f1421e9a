/**
 * Reads a postal address typed as free text into its parts, where a French-style postal
 * code (five digits) followed by a town can be recognised: what comes before is the street,
 * a last line "France" gives the country. Without a postal code the text stays the street.
 * Pure: the migration that structured existing addresses uses it, and so may imports.
 */
export interface ParsedAddress {
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
}

const POSTAL_TOWN = /(^|[\s,;])(\d{5})\s+([^\d,;\n][^,;\n]*)/u;
const FRANCE = /^\s*france\s*$/iu;

function joined(parts: string[]): string | null {
  const text = parts
    .map((part) => part.trim())
    .filter(Boolean)
    .join(", ");
  return text || null;
}

export function parseAddressText(text: string | null | undefined): ParsedAddress {
  const none = { street: null, postalCode: null, city: null, country: null };
  if (!text || !text.trim()) return none;
  const lines = text.split(/\r?\n/u).map((line) => line.trim());
  let country: string | null = null;
  while (lines.length > 1 && (lines.at(-1) === "" || FRANCE.test(lines.at(-1)!))) {
    if (lines.pop() !== "") country = "FR";
  }
  const flat = lines.join("\n");
  const match = POSTAL_TOWN.exec(flat);
  if (!match) return { ...none, street: joined(flat.split(/\n/u)), country };
  const before = flat.slice(0, match.index + match[1].length);
  const after = flat.slice(match.index + match[0].length);
  const town = match[3].trim();
  const rest = after.replace(/^[\s,;]+/u, "");
  if (rest && FRANCE.test(rest.split(/[\n,;]/u)[0])) country = "FR";
  return {
    street: joined(before.split(/[\n]/u).map((part) => part.replace(/[,;\s]+$/u, ""))),
    postalCode: match[2],
    city: town,
    country,
  };
}
