import { useTranslation } from "react-i18next";
import { TextField } from "./TextField";

/** The API's shortest accepted password (the hint says it in words). */
const MIN_NEW_PASSWORD_LENGTH = 10;

interface PasswordFieldProps {
  label: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /**
   * current: the password the person has, to prove it is them; new: the one they choose, with
   * the rules under the label, so that password managers offer to generate and save it.
   */
  purpose: "current" | "new";
}

/** A required password input, for logging in, confirming an action or choosing a new password. */
export function PasswordField({ purpose, ...field }: PasswordFieldProps) {
  const { t } = useTranslation();
  return purpose === "new" ? (
    <TextField
      {...field}
      hint={t("signup.passwordHint")}
      required
      type="password"
      autoComplete="new-password"
      minLength={MIN_NEW_PASSWORD_LENGTH}
    />
  ) : (
    <TextField {...field} required type="password" autoComplete="current-password" />
  );
}
