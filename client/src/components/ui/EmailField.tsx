import { TextField, type TextValueProps } from "./TextField";

/** The person's own e-mail address, required (signing up, changing it, asking for a mail again). */
export function EmailField(props: Omit<TextValueProps, "required" | "hint">) {
  return <TextField {...props} required type="email" autoComplete="email" />;
}
