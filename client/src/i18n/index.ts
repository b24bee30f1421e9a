import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { withDe } from "./elision";
import type fr from "./fr.json";

/** Interface languages, named as the API's `Language` enum. */
export const LANGUAGES = ["FR", "EN"] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

const STORAGE_KEY = "communect.language";
const DEFAULT_LANGUAGE: LanguageCode = "FR";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    // Server messages are looked up by the key the server sends (graphql/errors.ts), never
    // written in the code; leaving them out of the types keeps the checker fast.
    resources: { translation: Omit<typeof fr, "server"> };
  }
}

function isLanguage(value: unknown): value is LanguageCode {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): LanguageCode {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be disabled (private modes, strict settings): fall back to French.
    return DEFAULT_LANGUAGE;
  }
}

const toTag = (language: LanguageCode) => language.toLowerCase();

/** The interface language as the API spells it. */
export function currentLanguage(): LanguageCode {
  const upper = i18n.resolvedLanguage?.toUpperCase();
  return isLanguage(upper) ? upper : DEFAULT_LANGUAGE;
}

/** Switches the interface, remembers the choice in this browser and sets <html lang>. */
export function chooseLanguage(language: LanguageCode): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch still applies to this page.
  }
  if (currentLanguage() !== language) {
    void loadTranslations(language).then(() => i18n.changeLanguage(toTag(language)));
  }
}

i18n.on("languageChanged", (tag) => {
  document.documentElement.lang = tag;
});

/** Each language's texts are their own file in the build: a visitor downloads only theirs. */
const TRANSLATIONS: Record<LanguageCode, () => Promise<{ default: typeof fr }>> = {
  FR: () => import("./fr.json"),
  EN: () => import("./en.json"),
};

async function loadTranslations(language: LanguageCode): Promise<void> {
  const tag = toTag(language);
  if (!i18n.hasResourceBundle(tag, "translation")) {
    i18n.addResourceBundle(tag, "translation", (await TRANSLATIONS[language]()).default);
  }
}

/** Resolves once the interface language's texts are loaded: the app renders after it. */
export const translationsReady: Promise<void> = (async () => {
  const language = storedLanguage();
  await i18n.use(initReactI18next).init({
    resources: {},
    partialBundledLanguages: true,
    lng: toTag(language),
    // Both files have every key (tests/client/i18n.test.ts): no fallback language to download.
    fallbackLng: false,
    supportedLngs: ["fr", "en"],
    interpolation: { escapeValue: false },
  });
  i18n.services.formatter?.add("de", (value) => withDe(String(value)));
  await loadTranslations(language);
  document.documentElement.lang = toTag(language);
})();

export default i18n;
