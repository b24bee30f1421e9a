import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../format";
import { useElement } from "../elements/ElementLayout";

/** A project's stage, dates, licence and carrier, above what every element shows. */
export function ProjectFacts() {
  const { t, i18n } = useTranslation();
  const { element } = useElement();
  if (element.__typename !== "Project") return null;
  const day = (date: string) => formatDate(`${date}T12:00:00Z`, i18n.language);
  const carrier = element.carrier;
  return (
    <section aria-labelledby="project-facts" className="card">
      <h2 id="project-facts">{t("project.facts")}</h2>
      <dl className="details">
        <dt>{t("project.fields.stage")}</dt>
        <dd>{t(`project.stages.${element.stage}`)}</dd>
        {(element.startsOn || element.endsOn) && (
          <>
            <dt>{t("project.dates")}</dt>
            <dd>
              {element.startsOn && t("project.from", { date: day(element.startsOn) })}{" "}
              {element.endsOn && t("project.to", { date: day(element.endsOn) })}
            </dd>
          </>
        )}
        {element.licence && (
          <>
            <dt>{t("project.fields.licence")}</dt>
            <dd>{element.licence}</dd>
          </>
        )}
        {carrier && (
          <>
            <dt>{t("project.carrier")}</dt>
            <dd>
              {carrier.__typename === "Organization" ? (
                <Link to={`/organizations/${carrier.slug}`}>{carrier.name}</Link>
              ) : carrier.__typename === "Person" ? (
                <Link to={`/people/${carrier.username}`}>{carrier.displayName}</Link>
              ) : null}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
