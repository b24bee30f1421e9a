import { useApolloClient, useMutation } from "@apollo/client/react";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, useLocation, useNavigate } from "react-router";
import { forgetSession } from "../apollo";
import { LOGOUT } from "../graphql/accounts";
import { useViewer } from "../viewer";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { NotificationBell } from "./NotificationBell";
import { ElementImage } from "./ui/ElementImage";
import { Menu } from "./ui/Menu";

/** Three bars: the usual sign of a menu on phones (decorative, the button has its name). */
function MenuIcon() {
  return (
    <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" focusable="false">
      <path d="M2 5h16M2 10h16M2 15h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/** The logged-in person's links; a menu on large screens, listed in the phone menu. */
function AccountMenu() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading: loggingOut }] = useMutation(LOGOUT);
  if (!viewer) return null;

  async function logOut() {
    // Whatever the answer, leave the page and forget everything cached: `me` is then read afresh.
    await logout().catch(() => undefined);
    await navigate("/");
    await forgetSession(client);
  }

  return (
    <Menu
      className="account-menu"
      label={viewer.displayName}
      icon={
        <>
          <ElementImage
            name={viewer.displayName}
            seed={viewer.id}
            image={viewer.image}
            shape="round"
            className="avatar-small"
          />
          <span className="session-name" title={t("nav.loggedInAs", { name: viewer.displayName })}>
            {viewer.displayName}
          </span>
        </>
      }
    >
      {(close) => (
        <ul>
          <li>
            <NavLink className="menu-item" to={`/people/${viewer.username}`} onClick={close} end>
              {t("nav.myProfile")}
            </NavLink>
          </li>
          <li>
            <NavLink className="menu-item" to="/settings" onClick={close}>
              {t("nav.settings")}
            </NavLink>
          </li>
          {viewer.isInstanceAdmin && (
            <li>
              <NavLink className="menu-item" to="/instance" onClick={close}>
                {t("nav.instanceAdmin")}
              </NavLink>
            </li>
          )}
          <li>
            <button type="button" className="menu-item" onClick={logOut} disabled={loggingOut}>
              {loggingOut ? t("nav.loggingOut") : t("nav.logout")}
            </button>
          </li>
        </ul>
      )}
    </Menu>
  );
}

/**
 * The site's header: on large screens one row (brand, main links, language, account menu); on
 * phones the brand and a Menu button that shows the same links, stacked.
 */
export function SiteHeader() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const panelId = useId();

  // A followed link closes the phone menu.
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t("app.name")}</span>
        </Link>
        <button
          type="button"
          className="button button-quiet nav-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((current) => !current)}
        >
          <MenuIcon />
          {t("nav.menu")}
        </button>
        <div id={panelId} className={open ? "site-menu site-menu-open" : "site-menu"}>
          <nav aria-label={t("nav.label")} className="site-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t("nav.home")}
                </NavLink>
              </li>
              <li>
                <NavLink to="/live">{t("nav.live")}</NavLink>
              </li>
              <li>
                <NavLink to="/discover">{t("nav.discover")}</NavLink>
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
              <li>
                <NavLink to="/people">{t("nav.people")}</NavLink>
              </li>
              {viewer ? (
                <li>
                  <NavLink to="/me/elements">{t("nav.myElements")}</NavLink>
                </li>
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
            {viewer && <NotificationBell />}
            <AccountMenu />
          </div>
        </div>
      </div>
    </header>
  );
}
