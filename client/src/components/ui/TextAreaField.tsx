import type { TextareaHTMLAttributes } from "react";
import { Field } from "../Field";
import type { OwnAttributes, TextValueProps } from "./TextField";

type TextAreaFieldProps = TextValueProps & OwnAttributes<TextareaHTMLAttributes<HTMLTextAreaElement>>;

/** A labelled text area, for texts of several lines (descriptions, addresses). */
export function TextAreaField({ label, hint, error, required, value, onChange, ...textArea }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(control) => <textarea {...control} {...textArea} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
