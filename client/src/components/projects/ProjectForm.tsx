import { useTranslation } from "react-i18next";
import { orNull } from "../../forms";
import { fieldMessage } from "../../graphql/errors";
import type { ElementDetailsFragment, ProjectStage } from "../../graphql/generated/graphql";
import { ElementForm, type KindFormProps } from "../elements/ElementForm";
import {
  EMPTY_ELEMENT_FIELDS,
  elementFieldsInput,
  elementFieldValues,
  type ElementFieldValues,
} from "../elements/ElementFieldsEditor";
import { Field } from "../Field";
import { TextField } from "../ui/TextField";
import { LicenceField } from "./LicenceField";
import { PROJECT_STAGES } from "../../element-types";

export interface ProjectFormValues extends ElementFieldValues {
  name: string;
  stage: ProjectStage;
  startsOn: string;
  endsOn: string;
  licence: string;
  /** An organization the creator administers, to carry the project; empty for the creator themselves. */
  carrierOrganizationId: string;
}

export function projectFormValues(element?: ElementDetailsFragment): ProjectFormValues {
  if (element?.__typename !== "Project") {
    return {
      ...EMPTY_ELEMENT_FIELDS,
      name: "",
      stage: "IDEA",
      startsOn: "",
      endsOn: "",
      licence: "",
      carrierOrganizationId: "",
    };
  }
  return {
    ...elementFieldValues(element),
    name: element.name,
    stage: element.stage,
    startsOn: element.startsOn ?? "",
    endsOn: element.endsOn ?? "",
    licence: element.licence ?? "",
    carrierOrganizationId: element.carrier?.__typename === "Organization" ? element.carrier.id : "",
  };
}

/** The values as CreateProjectInput and UpdateProjectInput take them. */
export function projectInput(values: ProjectFormValues) {
  return {
    name: values.name.trim(),
    stage: values.stage,
    startsOn: orNull(values.startsOn),
    endsOn: orNull(values.endsOn),
    licence: orNull(values.licence),
    // Only when chosen: the creator carries it by default, and changing it is for administrators.
    ...(values.carrierOrganizationId ? { carrierOrganizationId: values.carrierOrganizationId } : {}),
    ...elementFieldsInput(values),
  };
}

interface ProjectFormProps extends KindFormProps<ProjectFormValues> {
  /** Organizations the viewer administers, offered as the carrier (new projects only). */
  carrierChoices?: { id: string; name: string }[];
}

export function ProjectForm(props: ProjectFormProps) {
  const { t } = useTranslation();
  const { values, onChange, problem, carrierChoices = [] } = props;
  return (
    <ElementForm {...props} kindFields={["stage", "startsOn", "endsOn", "licence", "carrierOrganizationId"]}>
      {carrierChoices.length > 0 && (
        <Field
          label={t("project.carrier")}
          hint={t("project.carrierHint")}
          error={fieldMessage(problem, "carrierOrganizationId")}
        >
          {(control) => (
            <select
              {...control}
              value={values.carrierOrganizationId}
              onChange={(e) => onChange({ carrierOrganizationId: e.target.value })}
            >
              <option value="">{t("project.carrierMyself")}</option>
              {carrierChoices.map((organization) => (
                <option key={organization.id} value={organization.id}>
                  {organization.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t("project.fields.stage")} required error={fieldMessage(problem, "stage")}>
        {(control) => (
          <select
            {...control}
            value={values.stage}
            onChange={(e) => onChange({ stage: e.target.value as ProjectStage })}
          >
            {PROJECT_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {t(`project.stages.${stage}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="row-fields">
        <TextField
          label={t("project.fields.startsOn")}
          error={fieldMessage(problem, "startsOn")}
          type="date"
          value={values.startsOn}
          onChange={(startsOn) => onChange({ startsOn })}
        />
        <TextField
          label={t("project.fields.endsOn")}
          error={fieldMessage(problem, "endsOn")}
          type="date"
          min={values.startsOn || undefined}
          value={values.endsOn}
          onChange={(endsOn) => onChange({ endsOn })}
        />
      </div>
      <LicenceField
        value={values.licence}
        onChange={(licence) => onChange({ licence })}
        error={fieldMessage(problem, "licence")}
      />
    </ElementForm>
  );
}
