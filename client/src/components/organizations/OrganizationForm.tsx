import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiProblem } from "../../graphql/errors";
import { fieldMessage } from "../../graphql/errors";
import type { ElementDetailsFragment, OrganizationType } from "../../graphql/generated/graphql";
import {
  EMPTY_ELEMENT_FIELDS,
  elementFieldNames,
  elementFieldsInput,
  elementFieldValues,
  ElementFieldsEditor,
  type ElementFieldValues,
} from "../elements/ElementFieldsEditor";
import { Field } from "../Field";
import { ElementNameField } from "../elements/ElementNameField";
import { FormError } from "../FormError";
import { RequiredNote } from "../RequiredNote";
import { SubmitButton } from "../SubmitButton";
import { ORGANIZATION_TYPES } from "../../element-types";

export interface OrganizationFormValues extends ElementFieldValues {
  name: string;
  /** Empty until chosen in a new form. */
  type: OrganizationType | "";
}

export function organizationFormValues(element?: ElementDetailsFragment): OrganizationFormValues {
  if (!element) return { ...EMPTY_ELEMENT_FIELDS, name: "", type: "" };
  return {
    ...elementFieldValues(element),
    name: element.name,
    type: element.__typename === "Organization" ? element.type : "",
  };
}

/** The values as CreateOrganizationInput and UpdateOrganizationInput take them. */
export function organizationInput(values: OrganizationFormValues) {
  return { name: values.name.trim(), type: values.type as OrganizationType, ...elementFieldsInput(values) };
}

interface OrganizationFormProps {
  initial: OrganizationFormValues;
  onSubmit: (values: OrganizationFormValues) => void;
  busy: boolean;
  problem: ApiProblem | null;
  submitLabel: string;
  contactsShown?: boolean;
  /** Shown after the submit button, such as a status message. */
  children?: ReactNode;
}

/** The organization's name and type, then the fields every element has. */
export function OrganizationForm({ initial, onSubmit, busy, problem, submitLabel, ...props }: OrganizationFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof OrganizationFormValues>(key: K, value: OrganizationFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(values);
  }

  return (
    <form onSubmit={submit} aria-busy={busy} className="form">
      <RequiredNote />
      <FormError problem={problem} shownFields={["name", "type", ...elementFieldNames(values)]} />
      <ElementNameField
        value={values.name}
        onChange={(name) => set("name", name)}
        error={fieldMessage(problem, "name")}
      />
      <Field label={t("organizationForm.type")} required error={fieldMessage(problem, "type")}>
        {(control) => (
          <select {...control} value={values.type} onChange={(e) => set("type", e.target.value as OrganizationType)}>
            <option value="" disabled>
              {t("organizationForm.chooseType")}
            </option>
            {ORGANIZATION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`organization.types.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ElementFieldsEditor
        values={values}
        onChange={(changes) => setValues((current) => ({ ...current, ...changes }))}
        problem={problem}
        contactsShown={props.contactsShown}
      />
      <SubmitButton busy={busy}>{submitLabel}</SubmitButton>
      {props.children}
    </form>
  );
}
