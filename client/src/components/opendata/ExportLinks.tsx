import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { SearchFilter } from "../../graphql/generated/graphql";
import { exportParams, exportUrl, LIST_EXPORTS } from "../../open-data";

/**
 * "Open data": the list exports for a directory's current filters, and the open data page
 * that explains them. Events alone offer the calendar.
 */
export function ExportLinks({ filter, calendar = true }: { filter: SearchFilter; calendar?: boolean }) {
  const { t } = useTranslation();
  const params = exportParams(filter);
  const formats = LIST_EXPORTS.filter((entry) => calendar || entry.format !== "ics");
  return (
    <nav className="export-links" aria-label={t("openData.links.label")}>
      <span className="muted">{t("openData.links.download")}</span>
      <ul>
        {formats.map((entry) => (
          <li key={entry.format}>
            <a href={exportUrl(entry.path, params)} download>
              {t(`openData.formats.${entry.format}.name`)}
            </a>
          </li>
        ))}
        <li>
          <Link to={exportUrl("/data", params)}>{t("openData.links.about")}</Link>
        </li>
      </ul>
    </nav>
  );
}
