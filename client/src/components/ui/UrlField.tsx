import type { TextFieldProps } from "./TextField";
import { TextField } from "./TextField";

/** A web address, with the keyboard for addresses on phones and "https://" as an example. */
export function UrlField(props: Omit<TextFieldProps, "type" | "inputMode" | "placeholder">) {
  return <TextField {...props} type="url" inputMode="url" placeholder="https://" />;
}
