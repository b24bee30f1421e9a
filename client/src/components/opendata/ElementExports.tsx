import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ExportFormat } from "../../open-data";

/** An element's own exports (a public element's JSON-LD and GeoJSON, an event's calendar file). */
export function ElementExports({ basePath, event }: { basePath: string; event: boolean }) {
  const { t } = useTranslation();
  const file = (extension: string) => `/open-data${basePath}.${extension}`;
  const formats: { format: ExportFormat; href: string }[] = [
    { format: "jsonld", href: file("jsonld") },
    { format: "geojson", href: file("geojson") },
    ...(event ? [{ format: "ics" as const, href: file("ics") }] : []),
  ];
  return (
    <section aria-labelledby="element-open-data">
      <h2 id="element-open-data">{t("openData.element.title")}</h2>
      <ul className="export-list">
        {formats.map((entry) => (
          <li key={entry.format}>
            <a href={entry.href} download>
              {t(`openData.formats.${entry.format}.name`)}
            </a>
          </li>
        ))}
        <li>
          <Link to="/data">{t("openData.links.about")}</Link>
        </li>
      </ul>
    </section>
  );
}
