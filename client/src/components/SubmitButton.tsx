import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface SubmitButtonProps {
  busy: boolean;
  children: ReactNode;
  /** Shown while busy; "Saving…" unless told otherwise. */
  busyLabel?: ReactNode;
  variant?: "primary" | "danger";
}

export function SubmitButton({ busy, children, busyLabel, variant = "primary" }: SubmitButtonProps) {
  const { t } = useTranslation();
  return (
    <button type="submit" className={`button button-${variant}`} disabled={busy} aria-busy={busy}>
      {busy ? (busyLabel ?? t("form.saving")) : children}
    </button>
  );
}
