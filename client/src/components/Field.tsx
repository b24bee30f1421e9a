import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";

/** Accessibility attributes a form control receives from its Field. */
export interface ControlProps {
  id: string;
  required?: boolean;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  /** Renders the control (input, select, textarea) with the props that tie it to its label and messages. */
  children: (control: ControlProps) => ReactNode;
}

/** A labelled form control with its hint and its error message, tied by id for assistive technologies. */
export function Field({ label, hint, error, required, children }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>
        {label}
        {required && (
          // The control itself is marked required for assistive technologies: the star is for the eye.
          <abbr className="required-mark" title={t("form.required")} aria-hidden="true">
            *
          </abbr>
        )}
      </label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        id,
        required: required || undefined,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
      })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
