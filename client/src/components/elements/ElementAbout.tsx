import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { addressLines, canSeeContacts } from "../../elements";
import { formatDate } from "../../format";
import { ElementExports } from "../opendata/ElementExports";
import { PageTitle } from "../PageTitle";
import { useElement } from "./ElementLayout";

/** The About tab: description, tags, contact, links and who created the element when. */
export function ElementAbout() {
  const { t, i18n } = useTranslation();
  const { element, basePath } = useElement();
  const contact = [
    element.email && {
      label: t("element.about.email"),
      value: <a href={`mailto:${element.email}`}>{element.email}</a>,
    },
    element.phone && {
      label: t("element.about.phone"),
      value: <a href={`tel:${element.phone.replace(/[^+\d]/g, "")}`}>{element.phone}</a>,
    },
    // An event shows its place with its times (EventFacts).
    element.address &&
      element.__typename !== "Event" && {
        label: t("element.about.address"),
        value: <span className="plain-text">{addressLines(element.address)}</span>,
      },
  ].filter((row) => !!row);
  const links = [
    ...(element.website ? [{ label: t("element.about.website"), url: element.website }] : []),
    ...element.socialLinks.map((link) => ({ label: t(`network.${link.network}`), url: link.url })),
    ...element.extraLinks.map((link) => ({ label: link.label ?? t(`extraLinks.kinds.${link.kind}`), url: link.url })),
  ];

  return (
    <>
      <PageTitle>{element.name}</PageTitle>
      <section aria-labelledby="element-description">
        <h2 id="element-description">{t("element.about.description")}</h2>
        {element.descriptionHtml ? (
          // Rendered from Markdown and sanitized by the server.
          <div className="rich-text" dangerouslySetInnerHTML={{ __html: element.descriptionHtml }} />
        ) : (
          <p className="muted">
            {t("element.about.noDescription")}{" "}
            {element.viewer.canEdit && <Link to={`${basePath}/edit`}>{t("element.about.addDescription")}</Link>}
          </p>
        )}
      </section>
      {element.tags.length > 0 && (
        <section aria-labelledby="element-tags">
          <h2 id="element-tags">{t("element.about.tags")}</h2>
          <ul className="tags">
            {element.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        </section>
      )}
      {(contact.length > 0 || !canSeeContacts(element)) && (
        <section aria-labelledby="element-contact">
          <h2 id="element-contact">{t("element.about.contact")}</h2>
          {contact.length > 0 && (
            <dl className="details">
              {contact.map((row) => (
                <div key={row.label}>
                  <dt>{row.label}</dt>
                  <dd>{row.value}</dd>
                </div>
              ))}
            </dl>
          )}
          {!canSeeContacts(element) && <p className="muted">{t("element.about.contactsForMembers")}</p>}
        </section>
      )}
      {links.length > 0 && (
        <section aria-labelledby="element-links">
          <h2 id="element-links">{t("element.about.links")}</h2>
          <ul className="links">
            {links.map((link) => (
              <li key={`${link.label}-${link.url}`}>
                <span className="link-label">{link.label}</span>
                <a href={link.url} rel="nofollow ugc noopener">
                  {link.url}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!element.settings.private && <ElementExports basePath={basePath} event={element.__typename === "Event"} />}
      <p className="muted element-dates">
        {element.creator ? (
          <>
            {t("element.about.createdBy", { date: formatDate(element.createdAt, i18n.language) })}{" "}
            <Link to={`/people/${element.creator.username}`}>{element.creator.displayName}</Link>
          </>
        ) : (
          t("element.about.created", { date: formatDate(element.createdAt, i18n.language) })
        )}
        {element.updatedAt !== element.createdAt && (
          <> · {t("element.about.updated", { date: formatDate(element.updatedAt, i18n.language) })}</>
        )}
      </p>
    </>
  );
}
