/**
 * The widgets' options, read from their attributes (or from an /embed/<widget> page's query, which
 * the server turns into the same attributes). Pure: the embed script, the server's embed pages and
 * the web app's widget builder share it.
 */

export const WIDGETS = ["agenda", "directory", "map", "live"] as const;
export type Widget = (typeof WIDGETS)[number];

export const ORGANIZATION_TYPES = ["COOPERATIVE", "INFORMAL_GROUP", "LOCAL_BUSINESS", "NGO", "PUBLIC_BODY"] as const;
export const EVENT_TYPES = [
  "COMPETITION",
  "CONCERT",
  "CONFERENCE",
  "CONTEST",
  "COURSE",
  "CROWDFUNDING",
  "DEBATE",
  "EXHIBITION",
  "FESTIVAL",
  "FILM",
  "GET_TOGETHER",
  "MARKET",
  "MEETING",
  "OTHER",
  "STAND",
  "WORKSHOP",
] as const;
export const KINDS = ["ORGANIZATION", "PROJECT", "EVENT"] as const;
export type Kind = (typeof KINDS)[number];

/** Every attribute a widget reads; the builder and the iframe pages accept exactly these. */
export const ATTRIBUTES = [
  "town",
  "postal-code",
  "near",
  "radius",
  "kinds",
  "types",
  "tags",
  "organization",
  "limit",
  "lang",
  "theme",
  "accent",
  "target",
] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export const MAX_LIMIT = 50;
export const DEFAULT_LIMIT = 10;
export const DEFAULT_RADIUS_KM = 10;

export interface Area {
  inseeCode?: string;
  postalCode?: string;
  near?: { latitude: number; longitude: number; radiusKm: number };
}

export interface Options {
  area: Area | null;
  kinds: Kind[];
  /** Organization types (directory, map) or event types (agenda). */
  types: string[];
  tags: string[];
  /** The slug of the organization whose events the agenda shows. */
  organization: string | null;
  limit: number;
  lang: "fr" | "en";
  theme: "light" | "dark" | "auto";
  accent: string | null;
  /** Where links open: a new tab by default. */
  target: "_blank" | "_self";
}

/** A bad attribute, told to the partner in the widget (see texts.ts). */
export interface Problem {
  attribute: Attribute;
  value: string;
  /** What the attribute takes, in the widget's language (texts.ts `expected`). */
  expected: keyof typeof EXPECTED;
}

export const EXPECTED = {
  town: "town",
  postalCode: "postalCode",
  near: "near",
  radius: "radius",
  kinds: "kinds",
  types: "types",
  tags: "tags",
  organization: "organization",
  limit: "limit",
  lang: "lang",
  theme: "theme",
  accent: "accent",
  target: "target",
  area: "area",
} as const;

const list = (value: string) =>
  value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * Reads the options; `get` gives an attribute's value (null when absent), `language` the host page's
 * (used when `lang` is absent). Returns the problems instead when any attribute is bad.
 */
export function readOptions(
  widget: Widget,
  get: (name: Attribute) => string | null,
  language = "fr",
  isColour: (value: string) => boolean = () => true,
): { options: Options } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const bad = (attribute: Attribute, value: string, expected: Problem["expected"]) =>
    problems.push({ attribute, value, expected });

  let area: Area | null = null;
  const town = get("town")?.trim();
  if (town) {
    if (/^(\d{5}|2[AB]\d{3})$/i.test(town)) area = { inseeCode: town.toUpperCase() };
    else bad("town", town, "town");
  }
  const postalCode = get("postal-code")?.trim();
  if (postalCode) {
    if (/^\d{5}$/.test(postalCode)) area = { ...area, postalCode };
    else bad("postal-code", postalCode, "postalCode");
  }
  const near = get("near")?.trim();
  let radiusKm = DEFAULT_RADIUS_KM;
  const radius = get("radius")?.trim();
  if (radius) {
    const value = Number(radius);
    if (Number.isFinite(value) && value > 0 && value <= 100) radiusKm = value;
    else bad("radius", radius, "radius");
  }
  if (near) {
    const [latitude, longitude] = near.split(",").map((part) => Number(part.trim()));
    const valid =
      near.split(",").length === 2 &&
      Number.isFinite(latitude) &&
      Number.isFinite(longitude) &&
      Math.abs(latitude) <= 90 &&
      Math.abs(longitude) <= 180;
    if (valid) area = { ...area, near: { latitude, longitude, radiusKm } };
    else bad("near", near, "near");
  }

  const kindsValue = get("kinds");
  let kinds: Kind[] = widget === "agenda" ? ["EVENT"] : ["ORGANIZATION", "PROJECT"];
  if (kindsValue !== null && widget !== "agenda" && widget !== "live") {
    const asked = list(kindsValue.toUpperCase());
    if (asked.length > 0 && asked.every((kind) => (KINDS as readonly string[]).includes(kind))) kinds = asked as Kind[];
    else bad("kinds", kindsValue, "kinds");
  }

  const typesValue = get("types");
  let types: string[] = [];
  if (typesValue !== null && widget !== "live") {
    const allowed: readonly string[] = widget === "agenda" ? EVENT_TYPES : ORGANIZATION_TYPES;
    const asked = list(typesValue.toUpperCase().replace(/-/g, "_"));
    if (asked.length > 0 && asked.every((type) => allowed.includes(type))) types = asked;
    else bad("types", typesValue, "types");
  }

  const tagsValue = get("tags");
  let tags: string[] = [];
  if (tagsValue !== null) {
    tags = list(tagsValue).map((tag) => tag.replace(/^#/, ""));
    if (tags.length === 0 || tags.length > 10 || tags.some((tag) => tag.length > 40)) bad("tags", tagsValue, "tags");
  }

  const organizationValue = get("organization")?.trim() || null;
  if (organizationValue && !/^[a-z0-9][a-z0-9-]{0,99}$/i.test(organizationValue)) {
    bad("organization", organizationValue, "organization");
  }

  const limitValue = get("limit")?.trim();
  let limit = DEFAULT_LIMIT;
  if (limitValue) {
    const value = Number(limitValue);
    if (Number.isInteger(value) && value >= 1 && value <= MAX_LIMIT) limit = value;
    else bad("limit", limitValue, "limit");
  }

  const langValue = get("lang")?.trim().toLowerCase();
  const lang = langValue || (language.toLowerCase().startsWith("en") ? "en" : "fr");
  if (lang !== "fr" && lang !== "en") bad("lang", langValue!, "lang");

  const themeValue = get("theme")?.trim().toLowerCase() || "auto";
  if (themeValue !== "light" && themeValue !== "dark" && themeValue !== "auto") bad("theme", themeValue, "theme");

  const accent = get("accent")?.trim() || null;
  if (accent && (accent.length > 40 || !isColour(accent))) bad("accent", accent, "accent");

  const targetValue = get("target")?.trim() || "_blank";
  if (targetValue !== "_blank" && targetValue !== "_self") bad("target", targetValue, "target");

  // The Live belongs to an area; the map and the lists may show everything.
  if (widget === "live" && !area && problems.length === 0) bad("town", "", "area");

  if (problems.length > 0) return { problems };
  return {
    options: {
      area,
      kinds,
      types,
      tags,
      organization: widget === "agenda" ? organizationValue : null,
      limit,
      lang: lang as Options["lang"],
      theme: themeValue as Options["theme"],
      accent,
      target: targetValue as Options["target"],
    },
  };
}

/** The HTML snippet a partner copies: the script and the element with its attributes. */
export function snippet(origin: string, widget: Widget, attributes: Partial<Record<Attribute, string>>): string {
  const attrs = ATTRIBUTES.filter((name) => attributes[name])
    .map((name) => ` ${name}="${escapeAttribute(attributes[name]!)}"`)
    .join("");
  return `<script type="module" src="${origin}/embed.js"></script>\n<communect-${widget}${attrs}></communect-${widget}>`;
}

/** The iframe alternative, for sites that cannot run scripts. */
export function iframeSnippet(origin: string, widget: Widget, attributes: Partial<Record<Attribute, string>>): string {
  const query = new URLSearchParams(
    ATTRIBUTES.filter((name) => attributes[name]).map((name): [string, string] => [name, attributes[name]!]),
  ).toString();
  const src = `${origin}/embed/${widget}${query ? `?${query}` : ""}`;
  return `<iframe src="${escapeAttribute(src)}" title="Communect" width="100%" height="480" style="border:0"></iframe>`;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
