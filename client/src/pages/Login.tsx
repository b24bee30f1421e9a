import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { FormError } from "../components/FormError";
import { PageTitle } from "../components/PageTitle";
import { RequiredNote } from "../components/RequiredNote";
import { StatusMessage } from "../components/StatusMessage";
import { SubmitButton } from "../components/SubmitButton";
import { PasswordField } from "../components/ui/PasswordField";
import { TextField } from "../components/ui/TextField";
import { safeNext, useSubmission } from "../forms";
import { LOGIN, RESEND_VERIFICATION } from "../graphql/accounts";
import { fieldMessage } from "../graphql/errors";
import { ME } from "../graphql/viewer";

const FIELDS = ["login", "password"];

/** Offers a new verification link to someone who tried to log in before confirming their address. */
function ResendVerification({ login }: { login: string }) {
  const { t } = useTranslation();
  const [resend] = useMutation(RESEND_VERIFICATION);
  const { busy, problem, run } = useSubmission();
  const [resent, setResent] = useState(false);
  if (!login.includes("@")) return <p>{t("login.resendNeedsEmail")}</p>;

  async function send() {
    const result = await run(() => resend({ variables: { input: { email: login.trim() } } }));
    setResent(result.ok);
  }

  return (
    <div className="resend">
      <button type="button" className="button button-secondary" onClick={send} disabled={busy} aria-busy={busy}>
        {busy ? t("form.sending") : t("login.resend")}
      </button>
      <FormError problem={problem} />
      <StatusMessage>{resent && t("login.resent")}</StatusMessage>
    </div>
  );
}

export function Login() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [loginMutation] = useMutation(LOGIN, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ME, data: { me: data.login } });
    },
  });
  const { busy, problem, run } = useSubmission();
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await run(() => loginMutation({ variables: { input: { login: login.trim(), password } } }));
    if (result.ok && result.value.data) {
      await navigate(safeNext(params.get("next")) ?? `/people/${result.value.data.login.username}`);
    }
  }

  const notVerified = problem?.reason === "EMAIL_NOT_VERIFIED";
  // Clearer than the generic messages for the two refusals people meet most.
  const message =
    problem?.code === "UNAUTHENTICATED" ? t("login.wrong") : notVerified ? t("login.notVerified") : undefined;
  return (
    <section className="narrow">
      <PageTitle>{t("login.title")}</PageTitle>
      <h1>{t("login.title")}</h1>
      <form onSubmit={submit} aria-busy={busy} className="form">
        <RequiredNote />
        <FormError problem={problem} shownFields={FIELDS} message={message} />
        {notVerified && <ResendVerification login={login} />}
        <TextField
          label={t("login.login")}
          required
          error={fieldMessage(problem, "login")}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={login}
          onChange={setLogin}
        />
        <PasswordField
          purpose="current"
          label={t("login.password")}
          error={fieldMessage(problem, "password")}
          value={password}
          onChange={setPassword}
        />
        <SubmitButton busy={busy} busyLabel={t("form.sending")}>
          {t("login.submit")}
        </SubmitButton>
      </form>
      <p>
        <Link to="/forgot-password">{t("login.forgot")}</Link>
      </p>
      <p>
        {t("login.noAccount")} <Link to="/signup">{t("login.signup")}</Link>
      </p>
    </section>
  );
}
