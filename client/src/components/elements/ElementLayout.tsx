import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, type RouteObject, useOutletContext } from "react-router";
import type { ElementDetailsFragment } from "../../graphql/generated/graphql";
import type fr from "../../i18n/fr.json";
import { communityKind, townOf } from "../../elements";
import { ElementActions } from "../links/ElementActions";
import { ElementImage, placeholderColour } from "../ui/ElementImage";
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

/** The element's short fact line: town, community and followers (its kind is written above its name). */
function ElementFacts({ element }: { element: ElementDetailsFragment }) {
  const { t } = useTranslation();
  const town = townOf(element.address);
  return (
    <ul className="facts" aria-label={t("element.facts.label")}>
      {town && <li>{town}</li>}
      <li>{t(`links.members.counts.${communityKind(element.kind)}`, { count: element.communityCount })}</li>
      <li>{t("links.followers", { count: element.followerCount })}</li>
    </ul>
  );
}

/** The banner across the top: the uploaded one in the size that fits, else a band in the placeholder's colour. */
function ElementBanner({ element }: { element: ElementDetailsFragment }) {
  const banner = element.banner;
  if (!banner) {
    return <div className={`element-banner placeholder-${placeholderColour(element.id)}`} aria-hidden="true" />;
  }
  return (
    <div className="element-banner">
      <img
        src={banner.urls.large}
        srcSet={`${banner.urls.medium} 512w, ${banner.urls.large} 1600w`}
        sizes="(min-width: 72rem) 72rem, 100vw"
        alt=""
      />
    </div>
  );
}

/** The frame of an element's page: banner, logo, name and facts, the viewer's actions, pending deletion, tabs. */
export function ElementLayout({ element, basePath, tabs, kindLabel }: ElementLayoutProps) {
  const { t } = useTranslation();
  const shownTabs = tabs.filter((tab) => tab.shown?.(element) ?? true);
  const context: ElementContext = { element, basePath };
  return (
    <article className="element wide">
      <header className="element-hero">
        <ElementBanner element={element} />
        <div className="element-identity">
          <ElementImage name={element.name} seed={element.id} image={element.image} size="medium" className="logo" />
          <div className="element-titles">
            <p className="element-kind">
              <span>{kindLabel}</span>
              {element.settings.private && <span className="badge">{t("element.private")}</span>}
            </p>
            <h1>{element.name}</h1>
            {element.shortDescription && <p className="lead">{element.shortDescription}</p>}
            <ElementFacts element={element} />
          </div>
        </div>
        <ElementActions element={element} basePath={basePath} />
      </header>
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
