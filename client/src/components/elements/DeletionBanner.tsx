import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { deletionDeadline, useDeletionDelayDays } from "../../elements";
import { formatDate } from "../../format";
import type { ElementDetailsFragment } from "../../graphql/generated/graphql";

/** Tells everyone that the element is about to go, and administrators where to keep it. */
export function DeletionBanner({ element, basePath }: { element: ElementDetailsFragment; basePath: string }) {
  const { t, i18n } = useTranslation();
  const delayDays = useDeletionDelayDays();
  if (!element.deletionRequestedAt || delayDays === null) return null;
  return (
    <div className="notice notice-warning">
      <p>
        {t("element.deletion.banner", {
          date: formatDate(element.deletionRequestedAt, i18n.language),
          deadline: formatDate(deletionDeadline(element.deletionRequestedAt, delayDays), i18n.language),
        })}{" "}
        {element.viewer.isAdmin && <Link to={`${basePath}/settings`}>{t("element.deletion.manage")}</Link>}
      </p>
    </div>
  );
}
