import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import fr from "./fr.json";

/** Interface languages, named as the API's `Language` enum. */
export const LANGUAGES = ["FR", "EN"] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

const STORAGE_KEY = "communect.language";
const DEFAULT_LANGUAGE: LanguageCode = "FR";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof fr };
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
  if (currentLanguage() !== language) void i18n.changeLanguage(toTag(language));
}

i18n.on("languageChanged", (tag) => {
  document.documentElement.lang = tag;
});

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: toTag(storedLanguage()),
  fallbackLng: "fr",
  supportedLngs: ["fr", "en"],
  initAsync: false,
  interpolation: { escapeValue: false },
});

export default i18n;
