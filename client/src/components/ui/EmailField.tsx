import { TextField } from "./TextField";

interface EmailFieldProps {
  label: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}

/** The person's own e-mail address, required (signing up, changing it, asking for a mail again). */
export function EmailField(props: EmailFieldProps) {
  return <TextField {...props} required type="email" autoComplete="email" />;
}
