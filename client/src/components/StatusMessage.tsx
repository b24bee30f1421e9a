import type { ReactNode } from "react";

/** A live region for success messages; it stays in the page so that changes are announced. */
export function StatusMessage({ children }: { children?: ReactNode }) {
  return (
    <div role="status" className={children ? "notice notice-success" : "notice-empty"}>
      {children}
    </div>
  );
}
