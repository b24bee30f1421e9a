import { useApolloClient, useMutation } from "@apollo/client/react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSubmission } from "../../forms";
import { fieldMessage } from "../../graphql/errors";
import type { ElementDetailsFragment } from "../../graphql/generated/graphql";
import { INVITE_BY_EMAIL, INVITE_TO_ELEMENT, PERSON_BY_USERNAME } from "../../graphql/links";
import { Field } from "../Field";
import { FormError } from "../FormError";
import { StatusMessage } from "../StatusMessage";
import { SubmitButton } from "../SubmitButton";
import { HelpLink } from "../help/HelpLink";

/** Administrators invite someone by username (a person with an account) or by e-mail address. */
export function InviteForms({ element }: { element: ElementDetailsFragment }) {
  const { t } = useTranslation();
  const id = useId();
  const client = useApolloClient();
  const [inviteToElement] = useMutation(INVITE_TO_ELEMENT);
  const [inviteByEmail] = useMutation(INVITE_BY_EMAIL);
  const byUsername = useSubmission();
  const byEmail = useSubmission();
  const [username, setUsername] = useState("");
  const [email, setEmail] = useState("");
  const [unknownUsername, setUnknownUsername] = useState(false);
  const [sent, setSent] = useState<string | null>(null);

  async function inviteUsername(event: FormEvent) {
    event.preventDefault();
    setSent(null);
    setUnknownUsername(false);
    const name = username.trim().replace(/^@/, "");
    const result = await byUsername.run(async () => {
      const { data } = await client.query({ query: PERSON_BY_USERNAME, variables: { username: name } });
      const personId = data?.person?.id;
      if (!personId) return null;
      await inviteToElement({ variables: { input: { elementId: element.id, personId } } });
      await client.refetchQueries({ include: "active" });
      return data.person!.displayName;
    });
    if (!result.ok) return;
    if (result.value === null) setUnknownUsername(true);
    else {
      setUsername("");
      setSent(t("links.invite.sentTo", { name: result.value }));
    }
  }

  async function inviteEmail(event: FormEvent) {
    event.preventDefault();
    setSent(null);
    const address = email.trim();
    const result = await byEmail.run(async () => {
      await inviteByEmail({ variables: { input: { elementId: element.id, email: address } } });
      // The invitation now waits in the list of invitations sent, under its address.
      await client.refetchQueries({ include: "active" });
    });
    if (result.ok) {
      setEmail("");
      setSent(t("links.invite.mailed", { email: address }));
    }
  }

  const usernameError = unknownUsername
    ? t("links.invite.unknownUsername")
    : fieldMessage(byUsername.problem, "personId", "username");
  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <div className="title-with-help">
        <h3 id={`${id}-title`}>{t("links.invite.title")}</h3>
        <HelpLink slug="invite-by-mail" />
      </div>
      <form onSubmit={inviteUsername} aria-busy={byUsername.busy} className="form">
        <FormError problem={byUsername.problem} shownFields={["personId", "username"]} />
        <Field label={t("links.invite.username")} hint={t("links.invite.usernameHint")} required error={usernameError}>
          {(control) => (
            <input {...control} autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} />
          )}
        </Field>
        <SubmitButton busy={byUsername.busy} busyLabel={t("form.sending")}>
          {t("links.invite.submitUsername")}
        </SubmitButton>
      </form>
      <form onSubmit={inviteEmail} aria-busy={byEmail.busy} className="form">
        <FormError problem={byEmail.problem} shownFields={["email"]} />
        <Field
          label={t("links.invite.email")}
          hint={t("links.invite.emailHint")}
          required
          error={fieldMessage(byEmail.problem, "email")}
        >
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <SubmitButton busy={byEmail.busy} busyLabel={t("form.sending")}>
          {t("links.invite.submitEmail")}
        </SubmitButton>
      </form>
      <StatusMessage>{sent}</StatusMessage>
    </section>
  );
}
