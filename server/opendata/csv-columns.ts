/**
 * The columns of /open-data/elements.csv, in order, with what each holds: the README's table
 * and the data package's schema are made from this list. `npm run import` reads the same names.
 */
export const CSV_COLUMNS = [
  { name: "id", type: "string", description: "Stable identifier (UUID), the same in every export" },
  { name: "kind", type: "string", description: "organization, project or event" },
  { name: "slug", type: "string", description: "Readable identifier used in the element's page address" },
  { name: "url", type: "string", description: "Address of the element's public page" },
  { name: "name", type: "string", description: "Name" },
  { name: "type", type: "string", description: "Organization type (ngo, cooperative…) or event type (concert…)" },
  { name: "stage", type: "string", description: "Project stage (idea, started…); empty for other kinds" },
  { name: "shortDescription", type: "string", description: "One sentence" },
  { name: "description", type: "string", description: "Markdown" },
  { name: "tags", type: "string", description: "Tags separated by |" },
  { name: "website", type: "string", description: "Website (http or https)" },
  { name: "email", type: "string", description: "Contact address, when its settings make it public" },
  { name: "phone", type: "string", description: "Contact number, when its settings make it public" },
  { name: "socialLinks", type: "string", description: 'JSON array of {"network","url"}' },
  { name: "extraLinks", type: "string", description: 'JSON array of {"kind","url","label"}' },
  { name: "street", type: "string", description: "Number and street" },
  { name: "postalCode", type: "string", description: "Postal code" },
  { name: "city", type: "string", description: "Town or city" },
  { name: "country", type: "string", description: "ISO 3166-1 alpha-2 country code" },
  { name: "inseeCode", type: "string", description: "INSEE code of the French commune" },
  { name: "latitude", type: "number", description: "Degrees north (WGS 84)" },
  { name: "longitude", type: "number", description: "Degrees east (WGS 84)" },
  { name: "startsAt", type: "datetime", description: "Event start (ISO 8601, UTC)" },
  { name: "endsAt", type: "datetime", description: "Event end (ISO 8601, UTC)" },
  { name: "timeZone", type: "string", description: "Event time zone (IANA, such as Europe/Paris)" },
  { name: "allDay", type: "boolean", description: "Event lasting whole days: true or false" },
  { name: "recurrenceRule", type: "string", description: "Event recurrence (RFC 5545 RRULE)" },
  { name: "onlineUrl", type: "string", description: "Link to follow the event online" },
  { name: "startsOn", type: "date", description: "Project start (YYYY-MM-DD)" },
  { name: "endsOn", type: "date", description: "Project end (YYYY-MM-DD)" },
  { name: "licence", type: "string", description: "Licence of the project's works (SPDX)" },
  { name: "source", type: "string", description: "Data set it was imported from; empty when made here" },
  { name: "sourceId", type: "string", description: "Its id in that data set" },
  { name: "createdAt", type: "datetime", description: "When it was created (ISO 8601, UTC)" },
  { name: "updatedAt", type: "datetime", description: "When it last changed (ISO 8601, UTC)" },
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number]["name"];

/** Tags in one cell: a bar rarely appears in a tag, a comma or a semicolon often does. */
export const TAG_SEPARATOR = "|";
