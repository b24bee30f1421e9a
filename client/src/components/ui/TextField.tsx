import type { InputHTMLAttributes, ReactNode } from "react";
import { Field } from "../Field";

/** What the input itself takes, besides what its Field gives it (id, required, aria-*) and its value. */
type InputAttributes = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "required" | "value" | "onChange" | "aria-invalid" | "aria-describedby"
>;

export interface TextFieldProps extends InputAttributes {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled one-line input (text, e-mail, URL, date, number…) whose value is a string. */
export function TextField({ label, hint, error, required, value, onChange, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(control) => <input {...control} {...input} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
