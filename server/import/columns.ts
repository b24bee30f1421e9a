/**
 * The column mapping of `npm run import`: each field of an element and the column names (or
 * GeoJSON property names) it is read from, case and accents aside. The first name is the
 * one /open-data/elements.csv writes, so that an export imports as it is; the others are
 * names common in French open data files.
 */
export const IMPORT_COLUMNS = {
  id: ["id", "identifiant", "ref", "reference"],
  name: ["name", "nom", "titre", "title"],
  type: ["type"],
  stage: ["stage", "etape"],
  shortDescription: ["shortDescription", "resume", "summary"],
  description: ["description"],
  tags: ["tags", "mots_cles", "keywords"],
  website: ["website", "site", "site_web", "site_internet"],
  email: ["email", "courriel", "mail"],
  phone: ["phone", "telephone", "tel"],
  socialLinks: ["socialLinks"],
  extraLinks: ["extraLinks"],
  street: ["street", "adresse", "address", "rue"],
  postalCode: ["postalCode", "code_postal", "cp", "postcode"],
  city: ["city", "ville", "commune", "town"],
  country: ["country", "pays"],
  latitude: ["latitude", "lat"],
  longitude: ["longitude", "lon", "lng", "long"],
  startsAt: ["startsAt", "debut", "date_debut", "start"],
  endsAt: ["endsAt", "fin", "date_fin", "end"],
  timeZone: ["timeZone", "fuseau_horaire"],
  allDay: ["allDay", "journee_entiere"],
  recurrenceRule: ["recurrenceRule", "rrule"],
  onlineUrl: ["onlineUrl", "lien_en_ligne"],
  startsOn: ["startsOn"],
  endsOn: ["endsOn"],
  licence: ["licence", "license"],
  slug: ["slug"],
  kind: ["kind"],
} as const;

export type ImportField = keyof typeof IMPORT_COLUMNS;

function key(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

const FIELD_OF = new Map<string, ImportField>(
  Object.entries(IMPORT_COLUMNS).flatMap(([field, names]) => names.map((name) => [key(name), field as ImportField])),
);

/**
 * Which of a file's columns feeds which field: `field → header as written in the file`.
 * Columns it does not know (an export's url, inseeCode, dates) are left aside.
 */
export function mapColumns(headers: string[]): Map<ImportField, string> {
  const mapping = new Map<ImportField, string>();
  for (const header of headers) {
    const field = FIELD_OF.get(key(header));
    if (field && !mapping.has(field)) mapping.set(field, header);
  }
  return mapping;
}
