import { useTranslation } from "react-i18next";
import { LANGUAGES } from "../i18n";

/** The interface's languages as the options of a select, each marked with its own language for screen readers. */
export function LanguageOptions() {
  const { t } = useTranslation();
  return LANGUAGES.map((code) => (
    <option key={code} value={code} lang={code.toLowerCase()}>
      {t(`language.${code}`)}
    </option>
  ));
}
