import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../components/FormError";
import { PageTitle } from "../components/PageTitle";
import { StatusMessage } from "../components/StatusMessage";
import { SubmitButton } from "../components/SubmitButton";
import { EmailField } from "../components/ui/EmailField";
import { useSubmission } from "../forms";
import { REQUEST_PASSWORD_RESET } from "../graphql/accounts";
import { fieldMessage } from "../graphql/errors";

export function ForgotPassword() {
  const { t } = useTranslation();
  const [requestReset] = useMutation(REQUEST_PASSWORD_RESET);
  const { busy, problem, run } = useSubmission();
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    const result = await run(() => requestReset({ variables: { input: { email: email.trim() } } }));
    setSent(result.ok);
  }

  return (
    <section className="narrow">
      <PageTitle>{t("forgotPassword.title")}</PageTitle>
      <h1>{t("forgotPassword.title")}</h1>
      <p className="lead">{t("forgotPassword.intro")}</p>
      <form onSubmit={submit} aria-busy={busy} className="form">
        <FormError problem={problem} shownFields={["email"]} />
        <EmailField
          label={t("forgotPassword.email")}
          error={fieldMessage(problem, "email")}
          value={email}
          onChange={setEmail}
        />
        <SubmitButton busy={busy} busyLabel={t("form.sending")}>
          {t("forgotPassword.submit")}
        </SubmitButton>
        <StatusMessage>{sent && t("forgotPassword.sent")}</StatusMessage>
      </form>
    </section>
  );
}
