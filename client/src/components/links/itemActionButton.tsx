import type { ButtonVariant } from "../ui/Button";

/**
 * Makes the buttons of a listed item's actions (accept, refuse, remove…): all wait while one
 * runs, and each is described by the item's heading, so that "Remove" says whom it removes.
 */
export function itemActionButton(busy: boolean, headingId: string) {
  return (label: string, onClick: () => unknown, variant: ButtonVariant = "secondary") => (
    <button
      type="button"
      className={`button button-${variant}`}
      onClick={onClick}
      disabled={busy}
      aria-busy={busy}
      aria-describedby={headingId}
    >
      {label}
    </button>
  );
}
