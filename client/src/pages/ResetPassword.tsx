import { useApolloClient, useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { forgetSession } from "../apollo";
import { FormError } from "../components/FormError";
import { PageTitle } from "../components/PageTitle";
import { SubmitButton } from "../components/SubmitButton";
import { PasswordField } from "../components/ui/PasswordField";
import { useSubmission } from "../forms";
import { RESET_PASSWORD } from "../graphql/accounts";
import { fieldMessage } from "../graphql/errors";

export function ResetPassword() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token");
  const client = useApolloClient();
  const [resetPassword] = useMutation(RESET_PASSWORD);
  const { busy, problem, run } = useSubmission();
  const [password, setPassword] = useState("");
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!token) return;
    const result = await run(() => resetPassword({ variables: { input: { token, password } } }));
    if (result.ok) {
      setDone(true);
      // Every session has just ended, this one included.
      await forgetSession(client);
    }
  }

  const badToken = problem?.fields.some((f) => f.field === "token");
  return (
    <section className="narrow">
      <PageTitle>{t("resetPassword.title")}</PageTitle>
      <h1>{t("resetPassword.title")}</h1>
      {!token ? (
        <div role="alert" className="notice notice-error">
          <p>{t("resetPassword.missingToken")}</p>
          <p>
            <Link to="/forgot-password">{t("resetPassword.askAgain")}</Link>
          </p>
        </div>
      ) : done ? (
        <div role="status" className="notice notice-success">
          <p>{t("resetPassword.success")}</p>
          <p>
            <Link to="/login">{t("resetPassword.login")}</Link>
          </p>
        </div>
      ) : (
        <form onSubmit={submit} aria-busy={busy} className="form">
          <FormError problem={problem} shownFields={["password"]} />
          {badToken && (
            <p>
              <Link to="/forgot-password">{t("resetPassword.askAgain")}</Link>
            </p>
          )}
          <PasswordField
            purpose="new"
            label={t("resetPassword.password")}
            error={fieldMessage(problem, "password")}
            value={password}
            onChange={setPassword}
          />
          <SubmitButton busy={busy}>{t("resetPassword.submit")}</SubmitButton>
        </form>
      )}
    </section>
  );
}
