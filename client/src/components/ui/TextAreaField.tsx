import type { ReactNode, TextareaHTMLAttributes } from "react";
import { Field } from "../Field";

/** What the text area itself takes, besides what its Field gives it (id, required, aria-*) and its value. */
type TextAreaAttributes = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "id" | "required" | "value" | "onChange" | "aria-invalid" | "aria-describedby"
>;

interface TextAreaFieldProps extends TextAreaAttributes {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled text area, for texts of several lines (descriptions, addresses). */
export function TextAreaField({ label, hint, error, required, value, onChange, ...textArea }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(control) => <textarea {...control} {...textArea} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
