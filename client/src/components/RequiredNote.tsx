import { useTranslation } from "react-i18next";

export function RequiredNote() {
  const { t } = useTranslation();
  return <p className="required-note">{t("form.requiredNote")}</p>;
}
