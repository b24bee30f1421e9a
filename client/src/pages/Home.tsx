import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../components/PageTitle";
import { useViewer } from "../viewer";

export function Home() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <article className="home">
      <PageTitle>{t("home.title")}</PageTitle>
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.intro")}</p>
      <ul className="home-points">
        <li>{t("home.points.people")}</li>
        <li>{t("home.points.privacy")}</li>
        <li>{t("home.points.local")}</li>
      </ul>
      {viewer ? (
        <>
          <p>{t("home.welcomeBack", { name: viewer.displayName })}</p>
          <p className="actions">
            <Link className="button button-primary" to={`/people/${viewer.username}`}>
              {t("home.toProfile")}
            </Link>
            <Link className="button button-secondary" to="/settings/profile">
              {t("home.toSettings")}
            </Link>
          </p>
        </>
      ) : (
        <p className="actions">
          <Link className="button button-primary" to="/signup">
            {t("home.signup")}
          </Link>
          <Link className="button button-secondary" to="/login">
            {t("home.login")}
          </Link>
        </p>
      )}
    </article>
  );
}
