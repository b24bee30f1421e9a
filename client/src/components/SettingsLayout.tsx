import { useTranslation } from "react-i18next";
import { NavLink, Outlet } from "react-router";
import { RequireLogin } from "./RequireLogin";

export function SettingsLayout() {
  const { t } = useTranslation();
  return (
    <RequireLogin>
      <div className="settings">
        <nav aria-label={t("settings.nav")} className="settings-nav">
          <ul>
            <li>
              <NavLink to="/settings/profile">{t("settings.profile.title")}</NavLink>
            </li>
            <li>
              <NavLink to="/settings/privacy">{t("settings.privacy.title")}</NavLink>
            </li>
            <li>
              <NavLink to="/settings/notifications">{t("settings.notifications.title")}</NavLink>
            </li>
            <li>
              <NavLink to="/settings/account">{t("settings.account.title")}</NavLink>
            </li>
          </ul>
        </nav>
        <div className="settings-content">
          <Outlet />
        </div>
      </div>
    </RequireLogin>
  );
}
