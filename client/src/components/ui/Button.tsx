import type { ButtonHTMLAttributes } from "react";

/** primary: the one action a page offers first; secondary: next to it; quiet: in toolbars and menus. */
export type ButtonVariant = "primary" | "secondary" | "quiet" | "danger" | "menu-item";

/** The classes of a button, for links that look like one (`<Link className={buttonClass("primary")}>`). */
export function buttonClass(variant: ButtonVariant = "secondary", extra?: string): string {
  return ["button", `button-${variant}`, extra].filter(Boolean).join(" ");
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** Disables the button and tells assistive technologies it is working. */
  busy?: boolean;
}

export function Button({ variant = "secondary", busy = false, className, type = "button", ...props }: ButtonProps) {
  return (
    <button
      {...props}
      type={type}
      className={buttonClass(variant, className)}
      disabled={busy || props.disabled}
      aria-busy={busy || undefined}
    />
  );
}
