import { useTranslation } from "react-i18next";
import { formatEventTime } from "../../events";
import type { SearchResultFragment } from "../../graphql/generated/graphql";
import { ElementCard } from "../elements/ElementCard";

/** A search result as a card: an organization's type, a project's stage, an event's type and date. */
export function SearchResultCard({ element, headingLevel }: { element: SearchResultFragment; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  if ("eventType" in element) {
    return (
      <ElementCard element={element} headingLevel={headingLevel} kindLabel={t(`event.types.${element.eventType}`)}>
        <p className="element-card-when">
          <time dateTime={element.startsAt}>{formatEventTime(element, i18n.language)}</time>
        </p>
      </ElementCard>
    );
  }
  const kindLabel =
    "organizationType" in element
      ? t(`organization.types.${element.organizationType}`)
      : t(`project.stages.${element.stage}`);
  return <ElementCard element={element} headingLevel={headingLevel} kindLabel={kindLabel} />;
}
