import { useApolloClient, useMutation } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, useNavigate } from "react-router";
import { forgetSession } from "../apollo";
import { LOGOUT } from "../graphql/accounts";
import { useViewer } from "../viewer";
import { LanguageSwitcher } from "./LanguageSwitcher";

export function SiteHeader() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading: loggingOut }] = useMutation(LOGOUT);

  async function logOut() {
    // Whatever the answer, leave the page and forget everything cached: `me` is then read afresh.
    await logout().catch(() => undefined);
    await navigate("/");
    await forgetSession(client);
  }

  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t("app.name")}</span>
        </Link>
        <nav aria-label={t("nav.label")} className="site-nav">
          <ul>
            <li>
              <NavLink to="/" end>
                {t("nav.home")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/organizations">{t("nav.organizations")}</NavLink>
            </li>
            <li>
              <NavLink to="/projects">{t("nav.projects")}</NavLink>
            </li>
            <li>
              <NavLink to="/events">{t("nav.events")}</NavLink>
            </li>
            {viewer ? (
              <>
                <li>
                  <NavLink to="/me/elements">{t("nav.myElements")}</NavLink>
                </li>
                <li>
                  <NavLink to={`/people/${viewer.username}`}>{t("nav.myProfile")}</NavLink>
                </li>
                <li>
                  <NavLink to="/settings">{t("nav.settings")}</NavLink>
                </li>
              </>
            ) : (
              <>
                <li>
                  <NavLink to="/login">{t("nav.login")}</NavLink>
                </li>
                <li>
                  <NavLink to="/signup">{t("nav.signup")}</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
        <div className="site-header-tools">
          <LanguageSwitcher />
          {viewer && (
            <div className="session">
              <span className="session-name" title={t("nav.loggedInAs", { name: viewer.displayName })}>
                {viewer.displayName}
              </span>
              <button type="button" className="button button-quiet" onClick={logOut} disabled={loggingOut}>
                {loggingOut ? t("nav.loggingOut") : t("nav.logout")}
              </button>
            </div>
          )}
        </div>
      </div>
    </header>
  );
}
