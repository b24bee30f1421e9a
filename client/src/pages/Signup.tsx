import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { Field } from "../components/Field";
import { FormError } from "../components/FormError";
import { PageTitle } from "../components/PageTitle";
import { RequiredNote } from "../components/RequiredNote";
import { SubmitButton } from "../components/SubmitButton";
import { EmailField } from "../components/ui/EmailField";
import { PasswordField } from "../components/ui/PasswordField";
import { TextField } from "../components/ui/TextField";
import { useSubmission } from "../forms";
import { REGISTER } from "../graphql/accounts";
import { fieldMessage } from "../graphql/errors";
import { currentLanguage, type LanguageCode } from "../i18n";
import { LanguageOptions } from "../components/LanguageOptions";

const FIELDS = ["email", "displayName", "username", "password", "language"];

export function Signup() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [register] = useMutation(REGISTER);
  const { busy, problem, run } = useSubmission();
  const [searchParams] = useSearchParams();
  // Invitation mails link here with the invited address.
  const [email, setEmail] = useState(() => searchParams.get("email") ?? "");
  const [displayName, setDisplayName] = useState("");
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [language, setLanguage] = useState<LanguageCode>(currentLanguage());

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await run(() =>
      register({
        variables: { input: { email: email.trim(), displayName, username: username.trim(), password, language } },
      }),
    );
    if (result.ok) await navigate(`/check-mail?email=${encodeURIComponent(email.trim())}`);
  }

  return (
    <section className="narrow">
      <PageTitle>{t("signup.title")}</PageTitle>
      <h1>{t("signup.title")}</h1>
      <form onSubmit={submit} aria-busy={busy} className="form">
        <RequiredNote />
        <FormError problem={problem} shownFields={FIELDS} />
        <EmailField
          label={t("signup.email")}
          error={fieldMessage(problem, "email")}
          value={email}
          onChange={setEmail}
        />
        <TextField
          label={t("signup.displayName")}
          hint={t("signup.displayNameHint")}
          required
          error={fieldMessage(problem, "displayName")}
          autoComplete="nickname"
          maxLength={80}
          value={displayName}
          onChange={setDisplayName}
        />
        <TextField
          label={t("signup.username")}
          hint={t("signup.usernameHint")}
          required
          error={fieldMessage(problem, "username")}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={30}
          value={username}
          onChange={setUsername}
        />
        <PasswordField
          purpose="new"
          label={t("signup.password")}
          error={fieldMessage(problem, "password")}
          value={password}
          onChange={setPassword}
        />
        <Field label={t("signup.language")} error={fieldMessage(problem, "language")}>
          {(control) => (
            <select {...control} value={language} onChange={(e) => setLanguage(e.target.value as LanguageCode)}>
              <LanguageOptions />
            </select>
          )}
        </Field>
        <SubmitButton busy={busy} busyLabel={t("form.sending")}>
          {t("signup.submit")}
        </SubmitButton>
      </form>
      <p>
        {t("signup.haveAccount")} <Link to="/login">{t("signup.login")}</Link>
      </p>
    </section>
  );
}
