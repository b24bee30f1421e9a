import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, type RouteObject, useOutletContext } from "react-router";
import type { ElementDetailsFragment } from "../../graphql/generated/graphql";
import type fr from "../../i18n/fr.json";
import { ElementActions } from "../links/ElementActions";
import { DeletionBanner } from "./DeletionBanner";

type TabName = keyof (typeof fr)["element"]["tabs"];

/** One tab of an element's page: a sub-route, listed in order. */
export interface ElementTab {
  /** The sub-path; "" for the first tab, at the element's own address. */
  path: string;
  name: TabName;
  content: ReactNode;
  /** Leave out to show the tab to everyone. */
  shown?: (element: ElementDetailsFragment) => boolean;
}

/** What the tabs and sub-pages of an element read. */
export interface ElementContext {
  element: ElementDetailsFragment;
  /** The element's own address, such as /organizations/jardins. */
  basePath: string;
}

export function useElement(): ElementContext {
  return useOutletContext<ElementContext>();
}

/** The routes under an element's address: its tabs, then its edit and settings pages. */
export function elementRoutes(tabs: ElementTab[], pages: { edit: ReactNode; settings: ReactNode }): RouteObject[] {
  return [
    ...tabs.map((tab) =>
      tab.path === "" ? { index: true, element: tab.content } : { path: tab.path, element: tab.content },
    ),
    { path: "edit", element: pages.edit },
    { path: "settings", element: pages.settings },
  ];
}

interface ElementLayoutProps {
  element: ElementDetailsFragment;
  basePath: string;
  tabs: ElementTab[];
  /** What the element is, such as "Organization · Cooperative". */
  kindLabel: string;
}

/** The frame of an element's page: its name, actions, pending deletion, tabs, and the current tab. */
export function ElementLayout({ element, basePath, tabs, kindLabel }: ElementLayoutProps) {
  const { t } = useTranslation();
  const shownTabs = tabs.filter((tab) => tab.shown?.(element) ?? true);
  const context: ElementContext = { element, basePath };
  return (
    <article className="element">
      <header className="element-header">
        <div>
          <p className="element-kind">
            {kindLabel}
            {element.settings.private && <span className="badge">{t("element.private")}</span>}
          </p>
          <h1>{element.name}</h1>
          {element.shortDescription && <p className="lead">{element.shortDescription}</p>}
        </div>
        {(element.viewer.canEdit || element.viewer.isAdmin) && (
          <p className="actions element-actions">
            {element.viewer.canEdit && (
              <NavLink className="button button-secondary" to={`${basePath}/edit`}>
                {t("element.actions.edit")}
              </NavLink>
            )}
            {element.viewer.isAdmin && (
              <NavLink className="button button-secondary" to={`${basePath}/settings`}>
                {t("element.actions.settings")}
              </NavLink>
            )}
          </p>
        )}
      </header>
      <ElementActions element={element} />
      <DeletionBanner element={element} basePath={basePath} />
      <nav aria-label={t("element.tabs.label")} className="tabs">
        <ul>
          {shownTabs.map((tab) => (
            <li key={tab.name}>
              <NavLink to={tab.path ? `${basePath}/${tab.path}` : basePath} end>
                {t(`element.tabs.${tab.name}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="element-content">
        <Outlet context={context} />
      </div>
    </article>
  );
}
