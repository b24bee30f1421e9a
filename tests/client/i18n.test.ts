import { readFileSync } from "node:fs";
import path from "node:path";

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

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

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
