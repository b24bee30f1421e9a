import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../components/PageTitle";

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <PageTitle>{t("notFound.title")}</PageTitle>
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <p>
        <Link to="/">{t("notFound.home")}</Link>
      </p>
    </section>
  );
}
