import { useMutation } from "@apollo/client/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { UPDATE_PROFILE } from "../graphql/profiles";
import { chooseLanguage, currentLanguage, type LanguageCode } from "../i18n";
import { useViewer } from "../viewer";
import { LanguageOptions } from "./LanguageOptions";

/** Switches the interface language; for a logged-in person it also becomes the language of their mails. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const { viewer } = useViewer();
  const [updateProfile] = useMutation(UPDATE_PROFILE);

  function change(language: LanguageCode) {
    chooseLanguage(language);
    if (viewer && viewer.language !== language) {
      // Best effort: the interface has switched already, and the profile form can set it again.
      updateProfile({ variables: { input: { language } } }).catch(() => undefined);
    }
  }

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t("language.label")}</label>
      <select id={id} value={currentLanguage()} onChange={(e) => change(e.target.value as LanguageCode)}>
        <LanguageOptions />
      </select>
    </div>
  );
}
