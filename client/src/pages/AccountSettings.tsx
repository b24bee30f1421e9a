import { useApolloClient, useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { forgetSession } from "../apollo";
import { FormError } from "../components/FormError";
import { PageTitle } from "../components/PageTitle";
import { StatusMessage } from "../components/StatusMessage";
import { SubmitButton } from "../components/SubmitButton";
import { EmailField } from "../components/ui/EmailField";
import { PasswordField } from "../components/ui/PasswordField";
import { useSubmission } from "../forms";
import { CHANGE_EMAIL, CHANGE_PASSWORD, DELETE_ACCOUNT } from "../graphql/accounts";
import { fieldMessage } from "../graphql/errors";
import { useViewer } from "../viewer";

function ChangePasswordForm() {
  const { t } = useTranslation();
  const [changePassword] = useMutation(CHANGE_PASSWORD);
  const { busy, problem, run } = useSubmission();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await run(() => changePassword({ variables: { input: { currentPassword, newPassword } } }));
    if (result.ok) {
      setCurrentPassword("");
      setNewPassword("");
      setSaved(true);
    }
  }

  return (
    <section aria-labelledby="change-password" className="card">
      <h2 id="change-password">{t("settings.account.password.title")}</h2>
      <form onSubmit={submit} aria-busy={busy} className="form">
        <FormError problem={problem} shownFields={["currentPassword", "newPassword"]} />
        <PasswordField
          purpose="current"
          label={t("settings.account.password.current")}
          error={fieldMessage(problem, "currentPassword")}
          value={currentPassword}
          onChange={setCurrentPassword}
        />
        <PasswordField
          purpose="new"
          label={t("settings.account.password.new")}
          error={fieldMessage(problem, "newPassword")}
          value={newPassword}
          onChange={setNewPassword}
        />
        <SubmitButton busy={busy}>{t("settings.account.password.submit")}</SubmitButton>
        <StatusMessage>{saved && t("settings.account.password.saved")}</StatusMessage>
      </form>
    </section>
  );
}

function ChangeEmailForm({ currentEmail }: { currentEmail: string | null }) {
  const { t } = useTranslation();
  const [changeEmail] = useMutation(CHANGE_EMAIL);
  const { busy, problem, run } = useSubmission();
  const [newEmail, setNewEmail] = useState("");
  const [password, setPassword] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSentTo(null);
    const address = newEmail.trim();
    const result = await run(() => changeEmail({ variables: { input: { newEmail: address, password } } }));
    if (result.ok) {
      setPassword("");
      setSentTo(address);
    }
  }

  return (
    <section aria-labelledby="change-email" className="card">
      <h2 id="change-email">{t("settings.account.email.title")}</h2>
      {currentEmail && <p>{t("settings.account.email.current", { email: currentEmail })}</p>}
      <form onSubmit={submit} aria-busy={busy} className="form">
        {/* A taken address gets the same answer as a free one (its owner is mailed a notice). */}
        <FormError problem={problem} shownFields={["newEmail", "email", "password"]} />
        <EmailField
          label={t("settings.account.email.new")}
          error={fieldMessage(problem, "newEmail", "email")}
          value={newEmail}
          onChange={setNewEmail}
        />
        <PasswordField
          purpose="current"
          label={t("settings.account.email.password")}
          error={fieldMessage(problem, "password")}
          value={password}
          onChange={setPassword}
        />
        <SubmitButton busy={busy} busyLabel={t("form.sending")}>
          {t("settings.account.email.submit")}
        </SubmitButton>
        <StatusMessage>{sentTo && t("settings.account.email.saved", { email: sentTo })}</StatusMessage>
      </form>
    </section>
  );
}

function DeleteAccountForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [deleteAccount] = useMutation(DELETE_ACCOUNT);
  const { busy, problem, run } = useSubmission();
  const [confirmed, setConfirmed] = useState(false);
  const [password, setPassword] = useState("");

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await run(() => deleteAccount({ variables: { input: { password } } }));
    if (result.ok) {
      await navigate("/");
      await forgetSession(client);
    }
  }

  return (
    <section aria-labelledby="delete-account" className="card card-danger">
      <h2 id="delete-account">{t("settings.account.delete.title")}</h2>
      <p>{t("settings.account.delete.warning")}</p>
      <form onSubmit={submit} aria-busy={busy} className="form">
        <FormError problem={problem} shownFields={["password"]} />
        <div className="checkbox">
          <input
            id="delete-account-confirm"
            type="checkbox"
            required
            checked={confirmed}
            onChange={(e) => setConfirmed(e.target.checked)}
          />
          <label htmlFor="delete-account-confirm">{t("settings.account.delete.confirm")}</label>
        </div>
        <PasswordField
          purpose="current"
          label={t("settings.account.delete.password")}
          error={fieldMessage(problem, "password")}
          value={password}
          onChange={setPassword}
        />
        <SubmitButton busy={busy} busyLabel={t("settings.account.delete.deleting")} variant="danger">
          {t("settings.account.delete.submit")}
        </SubmitButton>
      </form>
    </section>
  );
}

export function AccountSettings() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <section className="account-settings">
      <PageTitle>{t("settings.account.title")}</PageTitle>
      <h1>{t("settings.account.title")}</h1>
      <ChangePasswordForm />
      <ChangeEmailForm currentEmail={viewer?.email ?? null} />
      <DeleteAccountForm />
    </section>
  );
}
