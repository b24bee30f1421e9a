import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { FormError } from "../components/FormError";
import { PageTitle } from "../components/PageTitle";
import { StatusMessage } from "../components/StatusMessage";
import { SubmitButton } from "../components/SubmitButton";
import { EmailField } from "../components/ui/EmailField";
import { useSubmission } from "../forms";
import { RESEND_VERIFICATION } from "../graphql/accounts";
import { fieldMessage } from "../graphql/errors";
import { INSTANCE } from "../graphql/viewer";

export function CheckMail() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const given = params.get("email") ?? "";
  const [email, setEmail] = useState(given);
  const [resent, setResent] = useState(false);
  const [resend] = useMutation(RESEND_VERIFICATION);
  const { busy, problem, run } = useSubmission();
  const { data } = useQuery(INSTANCE);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResent(false);
    const result = await run(() => resend({ variables: { input: { email: email.trim() } } }));
    if (result.ok) setResent(true);
  }

  return (
    <section className="narrow">
      <PageTitle>{t("checkMail.title")}</PageTitle>
      <h1>{t("checkMail.title")}</h1>
      <p className="lead">{given ? t("checkMail.sent", { email: given }) : t("checkMail.sentNoAddress")}</p>
      {data?.instance.mailOutboxUrl && (
        <div className="notice notice-info">
          <p>{t("checkMail.outboxNote")}</p>
          <p>
            <Link to="/outbox">{t("checkMail.outboxLink")}</Link>
          </p>
        </div>
      )}
      <p>{t("checkMail.notReceived")}</p>
      <form onSubmit={submit} aria-busy={busy} className="form form-inline">
        <FormError problem={problem} shownFields={given ? ["email"] : []} />
        {!given && (
          <EmailField
            label={t("signup.email")}
            error={fieldMessage(problem, "email")}
            value={email}
            onChange={setEmail}
          />
        )}
        <SubmitButton busy={busy} busyLabel={t("form.sending")}>
          {t("checkMail.resend")}
        </SubmitButton>
        <StatusMessage>{resent && t("checkMail.resent")}</StatusMessage>
      </form>
    </section>
  );
}
