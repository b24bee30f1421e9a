import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { PersonCardFieldsFragment } from "../../graphql/generated/graphql";
import { ElementImage } from "../ui/ElementImage";

/** A person in the directory or in a list of follows: avatar (or initials), name, username, town, followers. */
export function PersonCard({ person, headingLevel = 2 }: { person: PersonCardFieldsFragment; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <li className="card element-card">
      <ElementImage
        name={person.displayName}
        seed={person.id}
        image={person.image}
        shape="round"
        className="logo-card"
      />
      <div className="element-card-body">
        <Heading className="element-card-title">
          <Link to={`/people/${person.username}`}>{person.displayName}</Link>
        </Heading>
        <p className="element-kind">@{person.username}</p>
        {person.shortDescription && <p className="element-card-description">{person.shortDescription}</p>}
        <ul className="facts" aria-label={t("element.facts.label")}>
          {person.locality && <li>{person.locality}</li>}
          {person.followerCount > 0 && <li>{t("links.followers", { count: person.followerCount })}</li>}
        </ul>
      </div>
    </li>
  );
}
