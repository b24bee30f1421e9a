import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** The contextual "?" next to a page's title: opens the help article that explains it. */
export function HelpLink({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <Link to={`/help/${slug}`} className="help-link" title={t("help.contextual")}>
      <span aria-hidden="true">?</span>
      <span className="visually-hidden">{t("help.contextual")}</span>
    </Link>
  );
}
