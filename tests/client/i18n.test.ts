import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DYNAMIC_KEYS } from "../../client/src/i18n/dynamic-keys";
import { withDe } from "../../client/src/i18n/elision";
import { MESSAGES } from "../../server/graphql/messages";

type Messages = { [key: string]: string | Messages };

const load = (language: string): Messages =>
  JSON.parse(readFileSync(path.join(__dirname, "../../client/src/i18n", `${language}.json`), "utf8"));

/** Every message as "a.b.c" → text. */
function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") flat.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) flat.set(inner, text);
  }
  return flat;
}

/** The values a text interpolates, without their formatting (`{{name, de}}` uses `name`). */
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();

describe("interface translations", () => {
  const fr = flatten(load("fr"));
  const en = flatten(load("en"));

  it("have the same keys in French and English", () => {
    expect([...en.keys()].sort()).toEqual([...fr.keys()].sort());
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, text] of fr) {
      expect({ key, placeholders: placeholders(en.get(key) ?? "") }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it("have no empty message", () => {
    for (const [key, text] of [...fr, ...en]) expect({ key, empty: text.trim() === "" }).toEqual({ key, empty: false });
  });
});

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const CLIENT = path.join(__dirname, "../../client/src");

/** The web app's own source files: the generated documents and the key registry are not uses. */
function sources(directory = CLIENT): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(file);
    return /\.tsx?$/.test(entry.name) && file !== path.join(CLIENT, "i18n/dynamic-keys.ts") ? [file] : [];
  });
}

describe("translation keys", () => {
  const code = sources().map((file) => readFileSync(file, "utf8"));
  const fr = flatten(load("fr"));
  const en = flatten(load("en"));
  /** Keys as the code names them: without the plural suffix i18next adds. */
  const baseKeys = (messages: Map<string, string>) =>
    new Set([...messages.keys()].map((k) => k.replace(PLURAL_SUFFIX, "")));
  const literals = new Set(
    code.flatMap((text) => [...text.matchAll(/["'`]([A-Za-z][\w-]*(?:\.[\w-]+)+)["'`]/g)].map((m) => m[1])),
  );
  /** Keys built from a value, `t(`event.types.${type}`)`, as templates: `event.types.{}`. */
  const templates = new Set(
    code.flatMap((text) =>
      [...text.matchAll(/\bt\(\s*`([^`]*\$\{[^`]*)`/g)].map((m) => m[1].replace(/\$\{[^}]*\}/g, "{}")),
    ),
  );
  const dynamic = Object.entries(DYNAMIC_KEYS).flatMap(([template, values]) =>
    values.map((value) => template.replace("{}", value)),
  );

  it("built from values are all listed in client/src/i18n/dynamic-keys.ts, and the list has no stale template", () => {
    expect(templates.size).toBeGreaterThan(10);
    expect([...templates].filter((t) => !(t in DYNAMIC_KEYS)).sort()).toEqual([]);
    expect(
      Object.keys(DYNAMIC_KEYS)
        .filter((t) => !templates.has(t))
        .sort(),
    ).toEqual([]);
  });

  it("built from values all have a French and an English text", () => {
    for (const language of [fr, en]) {
      const known = baseKeys(language);
      expect(dynamic.filter((key) => !known.has(key))).toEqual([]);
    }
  });

  it("are each used by the web app, or sent by the server", () => {
    const used = new Set([...literals, ...dynamic, ...Object.keys(MESSAGES).map((key) => `server.${key}`)]);
    expect([...baseKeys(fr)].filter((key) => !used.has(key)).sort()).toEqual([]);
  });
});

describe("French elision", () => {
  it("writes d’ before a vowel or an h, de otherwise", () => {
    expect(["Alice", "Émile", "Hélène", "Yves", "Bob", "Zoé"].map(withDe)).toEqual([
      "d’Alice",
      "d’Émile",
      "d’Hélène",
      "d’Yves",
      "de Bob",
      "de Zoé",
    ]);
  });
});
