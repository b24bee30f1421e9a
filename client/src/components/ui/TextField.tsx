import type { InputHTMLAttributes, ReactNode } from "react";
import { type ControlProps, Field } from "../Field";

/** What a Field around a control whose value is a string takes: its label and messages, and the value. */
export interface TextValueProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
}

/** A control's own attributes, besides those its Field gives it (id, required, aria-*) and its value. */
export type OwnAttributes<Attributes> = Omit<Attributes, keyof TextValueProps | keyof ControlProps>;

export type TextFieldProps = TextValueProps & OwnAttributes<InputHTMLAttributes<HTMLInputElement>>;

/** A labelled one-line input (text, e-mail, URL, date, number…) whose value is a string. */
export function TextField({ label, hint, error, required, value, onChange, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(control) => <input {...control} {...input} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
