import { useTranslation } from "react-i18next";
import { TextField } from "../ui/TextField";

/** The API's bounds of an element's name (the hint says them in words). */
const NAME_LENGTH = { min: 2, max: 120 };

/** The name of an organization, a project or an event, as its forms ask for it. */
export function ElementNameField(props: { value: string; onChange: (name: string) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <TextField
      {...props}
      label={t("organizationForm.name")}
      hint={t("organizationForm.nameHint")}
      required
      minLength={NAME_LENGTH.min}
      maxLength={NAME_LENGTH.max}
    />
  );
}
