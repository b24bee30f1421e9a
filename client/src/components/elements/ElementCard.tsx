import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { communityKind, elementPath, townOf } from "../../elements";
import type { ElementCardFieldsFragment } from "../../graphql/generated/graphql";
import { ElementImage } from "../ui/ElementImage";

interface ElementCardProps {
  element: ElementCardFieldsFragment;
  /** What the element is, such as "Cooperative". */
  kindLabel: ReactNode;
  /** h2 in a directory, h3 under a page's section heading. */
  headingLevel?: 2 | 3;
  /** Between the kind and the description, such as an event's date. */
  children?: ReactNode;
}

/** An element in a directory or a list: its logo (or initials), name, kind, town and counts; the whole card links to its page. */
export function ElementCard({ element, kindLabel, headingLevel = 2, children }: ElementCardProps) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  const town = townOf(element.address);
  return (
    <li className="card element-card">
      <ElementImage name={element.name} seed={element.id} image={element.image} className="logo-card" />
      <div className="element-card-body">
        <Heading className="element-card-title">
          <Link to={elementPath(element)}>{element.name}</Link>
        </Heading>
        <p className="element-kind">{kindLabel}</p>
        {children}
        {element.shortDescription && <p className="element-card-description">{element.shortDescription}</p>}
        <ul className="facts" aria-label={t("element.facts.label")}>
          {town && <li>{town}</li>}
          <li>{t(`links.members.counts.${communityKind(element.kind)}`, { count: element.communityCount })}</li>
          {element.followerCount > 0 && <li>{t("links.followers", { count: element.followerCount })}</li>}
        </ul>
        {element.tags.length > 0 && (
          <ul className="tags" aria-label={t("element.facts.tags")}>
            {element.tags.slice(0, 5).map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
