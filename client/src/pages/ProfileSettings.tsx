import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Field } from "../components/Field";
import { TextAreaField } from "../components/ui/TextAreaField";
import { TextField } from "../components/ui/TextField";
import { UrlField } from "../components/ui/UrlField";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { PageTitle } from "../components/PageTitle";
import { RequiredNote } from "../components/RequiredNote";
import { withKeys, withoutKeys } from "../components/RowsEditor";
import { socialLinkFields, type SocialLinkRow, SocialLinksEditor } from "../components/SocialLinksEditor";
import { StatusMessage } from "../components/StatusMessage";
import { SubmitButton } from "../components/SubmitButton";
import { ImageField, type PickedImage } from "../components/ui/ImageField";
import { orNull, parseTags, useSubmission } from "../forms";
import { apiProblem, fieldMessage } from "../graphql/errors";
import type { Language, ProfileFieldsFragment, UpdateProfileInput } from "../graphql/generated/graphql";
import { MY_PROFILE, UPDATE_PROFILE } from "../graphql/profiles";
import { HelpLink } from "../components/help/HelpLink";
import { LanguageOptions } from "../components/LanguageOptions";

const SHOWN_FIELDS = [
  "displayName",
  "shortDescription",
  "description",
  "tags",
  "website",
  "language",
  "phone",
  "birthDate",
  "locality",
  "imageId",
];

interface ProfileFormValues {
  displayName: string;
  shortDescription: string;
  description: string;
  tags: string;
  website: string;
  socialLinks: SocialLinkRow[];
  language: Language;
  phone: string;
  birthDate: string;
  locality: string;
  image: PickedImage | null;
}

function formValues(person: ProfileFieldsFragment): ProfileFormValues {
  return {
    displayName: person.displayName,
    shortDescription: person.shortDescription ?? "",
    description: person.description ?? "",
    tags: person.tags.join(", "),
    website: person.website ?? "",
    socialLinks: withKeys(person.socialLinks.map(({ network, url }) => ({ network, url }))),
    language: person.language,
    phone: person.phone ?? "",
    birthDate: person.birthDate ?? "",
    locality: person.locality ?? "",
    image: person.image && { id: person.image.id, url: person.image.urls.medium },
  };
}

function profileInput(values: ProfileFormValues): UpdateProfileInput {
  return {
    displayName: values.displayName.trim(),
    shortDescription: orNull(values.shortDescription),
    // Keep the person's own line breaks and indentation; only an empty text clears it.
    description: values.description.trim() === "" ? null : values.description,
    tags: parseTags(values.tags),
    website: orNull(values.website),
    // Sent as shown, so that the API's `socialLinks.N.url` messages point at the right row.
    socialLinks: withoutKeys(values.socialLinks).map(({ network, url }) => ({ network, url: url.trim() })),
    language: values.language,
    phone: orNull(values.phone),
    birthDate: orNull(values.birthDate),
    locality: orNull(values.locality),
    imageId: values.image?.id ?? null,
  };
}

function ProfileForm({ person }: { person: ProfileFieldsFragment }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => formValues(person));
  const [updateProfile] = useMutation(UPDATE_PROFILE);
  const { busy, problem, run } = useSubmission();
  const [saved, setSaved] = useState(false);

  const set = <K extends keyof ProfileFormValues>(key: K, value: ProfileFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await run(() => updateProfile({ variables: { input: profileInput(values) } }));
    setSaved(result.ok);
  }

  return (
    <form onSubmit={submit} aria-busy={busy} className="form">
      <RequiredNote />
      <FormError problem={problem} shownFields={[...SHOWN_FIELDS, ...socialLinkFields(values.socialLinks)]} />
      <TextField
        label={t("settings.profile.displayName")}
        hint={t("settings.profile.displayNameHint")}
        required
        error={fieldMessage(problem, "displayName")}
        maxLength={80}
        value={values.displayName}
        onChange={(value) => set("displayName", value)}
      />
      <ImageField
        label={t("images.avatar")}
        hint={t("images.avatarHint")}
        shape="round"
        value={values.image}
        onChange={(image) => set("image", image)}
        error={fieldMessage(problem, "imageId")}
      />
      <TextField
        label={t("settings.profile.shortDescription")}
        hint={t("settings.profile.shortDescriptionHint")}
        error={fieldMessage(problem, "shortDescription")}
        maxLength={280}
        value={values.shortDescription}
        onChange={(value) => set("shortDescription", value)}
      />
      <TextAreaField
        label={t("settings.profile.description")}
        hint={t("settings.profile.descriptionHint")}
        error={fieldMessage(problem, "description")}
        rows={8}
        maxLength={10000}
        value={values.description}
        onChange={(value) => set("description", value)}
      />
      <TextField
        label={t("settings.profile.tags")}
        hint={t("settings.profile.tagsHint")}
        error={fieldMessage(problem, "tags")}
        value={values.tags}
        onChange={(value) => set("tags", value)}
      />
      <UrlField
        label={t("settings.profile.website")}
        hint={t("settings.profile.websiteHint")}
        error={fieldMessage(problem, "website")}
        value={values.website}
        onChange={(value) => set("website", value)}
      />

      <SocialLinksEditor rows={values.socialLinks} onChange={(rows) => set("socialLinks", rows)} problem={problem} />

      <Field label={t("settings.profile.language")} error={fieldMessage(problem, "language")}>
        {(control) => (
          <select {...control} value={values.language} onChange={(e) => set("language", e.target.value as Language)}>
            <LanguageOptions />
          </select>
        )}
      </Field>

      <fieldset className="group">
        <legend>{t("settings.profile.privateFields")}</legend>
        <p className="field-hint">
          {t("settings.profile.privateFieldsHint")} <Link to="/settings/privacy">{t("settings.privacy.title")}</Link>
        </p>
        <TextField
          label={t("settings.profile.locality")}
          hint={t("settings.profile.localityHint")}
          error={fieldMessage(problem, "locality")}
          autoComplete="address-level2"
          maxLength={100}
          value={values.locality}
          onChange={(value) => set("locality", value)}
        />
        <TextField
          label={t("settings.profile.phone")}
          error={fieldMessage(problem, "phone")}
          type="tel"
          autoComplete="tel"
          value={values.phone}
          onChange={(value) => set("phone", value)}
        />
        <TextField
          label={t("settings.profile.birthDate")}
          error={fieldMessage(problem, "birthDate")}
          type="date"
          autoComplete="bday"
          min="1900-01-01"
          max={new Date().toISOString().slice(0, 10)}
          value={values.birthDate}
          onChange={(value) => set("birthDate", value)}
        />
      </fieldset>

      <SubmitButton busy={busy}>{t("settings.profile.submit")}</SubmitButton>
      <StatusMessage>
        {saved && (
          <>
            {t("settings.profile.saved")} <Link to={`/people/${person.username}`}>{t("settings.profile.view")}</Link>
          </>
        )}
      </StatusMessage>
    </form>
  );
}

export function ProfileSettings() {
  const { t } = useTranslation();
  // Read from the server once on arrival so the form starts from what is really saved.
  const { data, loading, error } = useQuery(MY_PROFILE, { fetchPolicy: "network-only" });
  return (
    <section>
      <PageTitle>{t("settings.profile.title")}</PageTitle>
      <div className="title-with-help">
        <h1>{t("settings.profile.title")}</h1>
        <HelpLink slug="pseudonymity" />
      </div>
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <FormError problem={apiProblem(error)} />
      ) : data?.me ? (
        <ProfileForm person={data.me} />
      ) : null}
    </section>
  );
}
