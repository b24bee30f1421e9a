import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { PageTitle } from "../components/PageTitle";
import { apiProblem } from "../graphql/errors";
import type { ProfileFieldsFragment } from "../graphql/generated/graphql";
import { PERSON_PROFILE } from "../graphql/profiles";
import { useViewer } from "../viewer";

function formatDay(day: string, language: string): string {
  // A birth date is a calendar day: format it at UTC so no time zone moves it.
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? day
    : new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

function Details({ person }: { person: ProfileFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const rows = [
    person.locality && { label: t("profile.locality"), value: person.locality },
    person.email && { label: t("profile.email"), value: <a href={`mailto:${person.email}`}>{person.email}</a> },
    person.phone && {
      label: t("profile.phone"),
      value: <a href={`tel:${person.phone.replace(/[^+\d]/g, "")}`}>{person.phone}</a>,
    },
    person.birthDate && { label: t("profile.birthDate"), value: formatDay(person.birthDate, i18n.language) },
  ].filter((row) => !!row);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="profile-details">
      <h2 id="profile-details">{t("profile.details")}</h2>
      <dl className="details">
        {rows.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function PersonProfile({ person, isMe }: { person: ProfileFieldsFragment; isMe: boolean }) {
  const { t, i18n } = useTranslation();
  const since = new Intl.DateTimeFormat(i18n.language, { month: "long", year: "numeric" }).format(
    new Date(person.createdAt),
  );
  return (
    <article className="profile">
      <PageTitle>{person.displayName}</PageTitle>
      <header className="profile-header">
        <div>
          <h1>{person.displayName}</h1>
          <p className="username">@{person.username}</p>
          {person.shortDescription && <p className="lead">{person.shortDescription}</p>}
        </div>
        {isMe && (
          <Link className="button button-secondary" to="/settings/profile">
            {t("profile.edit")}
          </Link>
        )}
      </header>
      {person.description && (
        <section aria-labelledby="profile-about">
          <h2 id="profile-about">{t("profile.about")}</h2>
          {/* Plain text: line breaks are kept by CSS, nothing is interpreted as HTML. */}
          <p className="plain-text">{person.description}</p>
        </section>
      )}
      {person.tags.length > 0 && (
        <section aria-labelledby="profile-tags">
          <h2 id="profile-tags">{t("profile.tags")}</h2>
          <ul className="tags">
            {person.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        </section>
      )}
      <Details person={person} />
      {(person.website || person.socialLinks.length > 0) && (
        <section aria-labelledby="profile-links">
          <h2 id="profile-links">{t("profile.socialLinks")}</h2>
          <ul className="links">
            {person.website && (
              <li>
                <span className="link-label">{t("profile.website")}</span>
                <a href={person.website} rel="nofollow ugc noopener">
                  {person.website}
                </a>
              </li>
            )}
            {person.socialLinks.map((link) => (
              <li key={`${link.network}-${link.url}`}>
                <span className="link-label">{t(`network.${link.network}`)}</span>
                <a href={link.url} rel="nofollow ugc noopener me">
                  {link.url}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="muted">{t("profile.memberSince", { date: since })}</p>
    </article>
  );
}

export function Profile() {
  const { t } = useTranslation();
  const { username = "" } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(PERSON_PROFILE, { variables: { username } });

  if (loading && !data) return <Loading />;
  const problem = error ? apiProblem(error) : null;
  // A malformed username cannot belong to anyone: same answer as an unknown one.
  if (problem && problem.code !== "BAD_USER_INPUT") return <FormError problem={problem} />;
  const person = data?.person;
  if (!person) {
    return (
      <section>
        <PageTitle>{t("profile.notFoundTitle")}</PageTitle>
        <h1>{t("profile.notFoundTitle")}</h1>
        <p>{t("profile.notFound", { username })}</p>
      </section>
    );
  }
  return <PersonProfile person={person} isMe={viewer?.id === person.id} />;
}
