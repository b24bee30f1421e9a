import { useTranslation } from "react-i18next";
import { orNull, parseTags } from "../../forms";
import { type ApiProblem, fieldMessage } from "../../graphql/errors";
import type { ElementDetailsFragment, ExtraLinkInput, SocialLinkInput } from "../../graphql/generated/graphql";
import { type ExtraLinkRow, extraLinkFields, ExtraLinksEditor } from "../ExtraLinksEditor";
import { Field } from "../Field";
import { withKeys, withoutKeys } from "../RowsEditor";
import { socialLinkFields, type SocialLinkRow, SocialLinksEditor } from "../SocialLinksEditor";

/** The descriptive fields every kind of element has, as typed in a form. */
export interface ElementFieldValues {
  shortDescription: string;
  description: string;
  tags: string;
  email: string;
  phone: string;
  website: string;
  socialLinks: SocialLinkRow[];
  extraLinks: ExtraLinkRow[];
  address: string;
}

/** The same fields as the API takes them, in every kind's create and update inputs. */
export interface ElementFieldsInput {
  shortDescription: string | null;
  description: string | null;
  tags: string[];
  email: string | null;
  phone: string | null;
  website: string | null;
  socialLinks: SocialLinkInput[];
  extraLinks: ExtraLinkInput[];
  address: string | null;
}

export const EMPTY_ELEMENT_FIELDS: ElementFieldValues = {
  shortDescription: "",
  description: "",
  tags: "",
  email: "",
  phone: "",
  website: "",
  socialLinks: [],
  extraLinks: [],
  address: "",
};

export function elementFieldValues(element: ElementDetailsFragment): ElementFieldValues {
  return {
    shortDescription: element.shortDescription ?? "",
    description: element.description ?? "",
    tags: element.tags.join(", "),
    email: element.email ?? "",
    phone: element.phone ?? "",
    website: element.website ?? "",
    socialLinks: withKeys(element.socialLinks.map(({ network, url }) => ({ network, url }))),
    extraLinks: withKeys(element.extraLinks.map(({ kind, url, label }) => ({ kind, url, label: label ?? "" }))),
    address: element.address ?? "",
  };
}

export function elementFieldsInput(values: ElementFieldValues): ElementFieldsInput {
  return {
    shortDescription: orNull(values.shortDescription),
    // Markdown: keep the author's line breaks and indentation; only an empty text clears it.
    description: values.description.trim() === "" ? null : values.description,
    tags: parseTags(values.tags),
    email: orNull(values.email),
    phone: orNull(values.phone),
    website: orNull(values.website),
    // Sent as shown, so that the API's `socialLinks.N.url` messages point at the right row.
    socialLinks: withoutKeys(values.socialLinks).map(({ network, url }) => ({ network, url: url.trim() })),
    extraLinks: withoutKeys(values.extraLinks).map(({ kind, url, label }) => ({
      kind,
      url: url.trim(),
      label: orNull(label),
    })),
    address: orNull(values.address),
  };
}

/** API fields this editor shows next to their controls, for FormError to leave out. */
export function elementFieldNames(values: ElementFieldValues): string[] {
  return [
    "shortDescription",
    "description",
    "tags",
    "email",
    "phone",
    "website",
    "address",
    ...socialLinkFields(values.socialLinks),
    ...extraLinkFields(values.extraLinks),
  ];
}

interface ElementFieldsEditorProps {
  values: ElementFieldValues;
  onChange: (changes: Partial<ElementFieldValues>) => void;
  problem: ApiProblem | null;
  /** False when the API hides the e-mail and phone from this person: they cannot be edited blind. */
  contactsShown?: boolean;
}

/** The controls for the descriptive fields shared by organizations, projects and events. */
export function ElementFieldsEditor({ values, onChange, problem, contactsShown = true }: ElementFieldsEditorProps) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        label={t("elementForm.shortDescription")}
        hint={t("elementForm.shortDescriptionHint")}
        error={fieldMessage(problem, "shortDescription")}
      >
        {(control) => (
          <input
            {...control}
            maxLength={280}
            value={values.shortDescription}
            onChange={(e) => onChange({ shortDescription: e.target.value })}
          />
        )}
      </Field>
      <Field
        label={t("elementForm.description")}
        hint={t("elementForm.descriptionHint")}
        error={fieldMessage(problem, "description")}
      >
        {(control) => (
          <textarea
            {...control}
            rows={10}
            maxLength={20000}
            value={values.description}
            onChange={(e) => onChange({ description: e.target.value })}
          />
        )}
      </Field>
      <Field label={t("elementForm.tags")} hint={t("elementForm.tagsHint")} error={fieldMessage(problem, "tags")}>
        {(control) => <input {...control} value={values.tags} onChange={(e) => onChange({ tags: e.target.value })} />}
      </Field>

      <fieldset className="group">
        <legend>{t("elementForm.contact")}</legend>
        {contactsShown ? (
          <>
            <Field label={t("elementForm.email")} error={fieldMessage(problem, "email")}>
              {(control) => (
                <input
                  {...control}
                  type="email"
                  maxLength={254}
                  value={values.email}
                  onChange={(e) => onChange({ email: e.target.value })}
                />
              )}
            </Field>
            <Field label={t("elementForm.phone")} error={fieldMessage(problem, "phone")}>
              {(control) => (
                <input
                  {...control}
                  type="tel"
                  value={values.phone}
                  onChange={(e) => onChange({ phone: e.target.value })}
                />
              )}
            </Field>
          </>
        ) : (
          <p className="field-hint">{t("elementForm.contactsHidden")}</p>
        )}
        <Field
          label={t("elementForm.website")}
          hint={t("elementForm.websiteHint")}
          error={fieldMessage(problem, "website")}
        >
          {(control) => (
            <input
              {...control}
              type="url"
              inputMode="url"
              placeholder="https://"
              maxLength={300}
              value={values.website}
              onChange={(e) => onChange({ website: e.target.value })}
            />
          )}
        </Field>
        <Field
          label={t("elementForm.address")}
          hint={t("elementForm.addressHint")}
          error={fieldMessage(problem, "address")}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={300}
              value={values.address}
              onChange={(e) => onChange({ address: e.target.value })}
            />
          )}
        </Field>
      </fieldset>

      <SocialLinksEditor
        rows={values.socialLinks}
        onChange={(rows) => onChange({ socialLinks: rows })}
        problem={problem}
      />
      <ExtraLinksEditor
        rows={values.extraLinks}
        onChange={(rows) => onChange({ extraLinks: rows })}
        problem={problem}
      />
    </>
  );
}
