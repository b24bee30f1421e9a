import { type ReactNode, useEffect, useId, useRef, useState } from "react";

interface MenuProps {
  /** The button's accessible name, such as "More actions". */
  label: string;
  /** The button's visible content; the label when left out. */
  icon?: ReactNode;
  /** Renders the items; `close` hides the list again (call it after an item acted). */
  children: (close: () => void) => ReactNode;
  className?: string;
}

/**
 * A button that shows a list of secondary actions (a disclosure: the items are ordinary links
 * and buttons, reached with Tab). Escape or a click elsewhere closes it, and Escape gives the
 * focus back to the button.
 */
export function Menu({ label, icon, children, className }: MenuProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onPointer(event: PointerEvent) {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    }
    function onKey(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    }
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div className={`menu ${className ?? ""}`.trim()} ref={root}>
      <button
        ref={button}
        type="button"
        className="button button-quiet menu-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={icon ? label : undefined}
        onClick={() => setOpen((current) => !current)}
      >
        {icon ?? label}
      </button>
      <div id={id} className="menu-list" hidden={!open}>
        {children(() => setOpen(false))}
      </div>
    </div>
  );
}
