import { useState } from "react";
import { useTranslation } from "react-i18next";

interface LoadMoreProps {
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  /** Fetches the page after the cursor (Apollo's fetchMore with `after`). */
  load: (after: string) => Promise<unknown>;
  label: string;
}

/** The "load more" button under a cursor list; shows nothing on the last page. */
export function LoadMore({ pageInfo, load, label }: LoadMoreProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  if (!pageInfo.hasNextPage || !pageInfo.endCursor) return null;
  const after = pageInfo.endCursor;

  async function loadMore() {
    setBusy(true);
    try {
      await load(after);
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className="button button-secondary" onClick={loadMore} disabled={busy} aria-busy={busy}>
      {busy ? t("app.loading") : label}
    </button>
  );
}
