import { useState } from "react";
import { useTranslation } from "react-i18next";
import { COMMON_LICENCES } from "../../licences";
import { Field } from "../Field";

type CommonLicence = (typeof COMMON_LICENCES)[number];

const OTHER = "other";
const isCommon = (licence: string): licence is CommonLicence =>
  (COMMON_LICENCES as readonly string[]).includes(licence);

interface LicenceFieldProps {
  value: string;
  onChange: (licence: string) => void;
  error?: string;
}

/** A project's licence: a list of common licences by name, with "Other" revealing a field for any SPDX id. */
export function LicenceField({ value, onChange, error }: LicenceFieldProps) {
  const { t } = useTranslation();
  const [other, setOther] = useState(value !== "" && !isCommon(value));
  const choice = other ? OTHER : value;
  return (
    <>
      <Field label={t("project.fields.licence")} error={other ? undefined : error}>
        {(control) => (
          <select
            {...control}
            value={choice}
            onChange={(e) => {
              const chosen = e.target.value;
              setOther(chosen === OTHER);
              onChange(chosen === OTHER ? "" : chosen);
            }}
          >
            <option value="">{t("project.licenceNone")}</option>
            {COMMON_LICENCES.map((licence) => (
              <option key={licence} value={licence}>
                {t(`project.licences.${licence}`)}
              </option>
            ))}
            <option value={OTHER}>{t("project.licenceOther")}</option>
          </select>
        )}
      </Field>
      {other && (
        <Field label={t("project.fields.licenceSpdx")} hint={t("project.fields.licenceHint")} error={error}>
          {(control) => <input {...control} maxLength={100} value={value} onChange={(e) => onChange(e.target.value)} />}
        </Field>
      )}
    </>
  );
}
