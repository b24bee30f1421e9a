import { Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, ScrollRestoration, useLocation } from "react-router";
import { useHomeAreaOfAccount } from "../home-area";
import { chooseLanguage } from "../i18n";
import { useViewer } from "../viewer";
import { Loading } from "./Loading";
import { useQuery } from "@apollo/client/react";
import { INSTANCE_LICENCE } from "../graphql/instance";
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

/** The licence of the instance's data, linked to its text, with the credit reusers give. */
function DataLicence() {
  const { t } = useTranslation();
  const { data } = useQuery(INSTANCE_LICENCE);
  const licence = data?.instance.licence;
  if (!licence) return null;
  return (
    <p className="data-licence">
      {t("app.dataLicence")}{" "}
      <a href={licence.url} rel="license">
        {licence.name}
      </a>
      . <span>{t(`app.attribution.${licence.id}`, { name: data.instance.name, url: data.instance.url })}</span>
    </p>
  );
}

export function Layout() {
  const { t } = useTranslation();
  useViewerLanguage();
  useHomeAreaOfAccount();
  const main = useFocusOnNavigation();
  return (
    <>
      <a href="#main" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <SiteHeader />
      <main id="main" ref={main} tabIndex={-1} className="page">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t("app.footer")}</p>
        <DataLicence />
        <nav aria-label={t("help.footerNav")}>
          <Link to="/help">{t("help.title")}</Link>
          <Link to="/data">{t("openData.title")}</Link>
          <Link to="/widgets">{t("widgets.title")}</Link>
        </nav>
      </footer>
      <ScrollRestoration />
    </>
  );
}
