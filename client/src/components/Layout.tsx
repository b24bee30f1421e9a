import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, ScrollRestoration, useLocation } from "react-router";
import { chooseLanguage } from "../i18n";
import { useViewer } from "../viewer";
import { SiteHeader } from "./SiteHeader";

/** Follows the logged-in person's language when it is known or changes. */
function useViewerLanguage() {
  const { viewer } = useViewer();
  const language = viewer?.language;
  useEffect(() => {
    if (language) chooseLanguage(language);
  }, [language]);
}

/** After a navigation, moves focus to the new page so screen readers start reading it. */
function useFocusOnNavigation() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  return main;
}

export function Layout() {
  const { t } = useTranslation();
  useViewerLanguage();
  const main = useFocusOnNavigation();
  return (
    <>
      <a href="#main" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <SiteHeader />
      <main id="main" ref={main} tabIndex={-1} className="page">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t("app.footer")}</p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
