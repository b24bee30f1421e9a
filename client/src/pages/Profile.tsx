import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { PageTitle } from "../components/PageTitle";
import { ElementImage } from "../components/ui/ElementImage";
import { apiProblem } from "../graphql/errors";
import type { PrivacySettingsFieldsFragment, ProfileFieldsFragment, Visibility } from "../graphql/generated/graphql";
import { MY_VISIBILITY, PERSON_PROFILE } from "../graphql/profiles";
import { PersonFollow, PersonTies } from "../components/people/PersonTies";
import { useViewer } from "../viewer";
import { Wall } from "../components/news/Wall";

function formatDay(day: string, language: string): string {
  // A birth date is a calendar day: format it at UTC so no time zone moves it.
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? day
    : new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** On the owner's own page: who else sees a field, when not everyone does. */
function VisibilityMark({ visibility }: { visibility: Visibility | undefined }) {
  const { t } = useTranslation();
  if (!visibility || visibility === "PUBLIC") return null;
  return (
    <span className={`badge badge-visibility badge-${visibility.toLowerCase()}`}>
      {t(`profile.visibility.${visibility}`)}
    </span>
  );
}

type Privacy = NonNullable<PrivacySettingsFieldsFragment["privacySettings"]>;

function Details({ person, privacy }: { person: ProfileFieldsFragment; privacy: Privacy | null }) {
  const { t, i18n } = useTranslation();
  const rows = [
    person.locality && { field: "locality", label: t("profile.locality"), value: person.locality },
    person.email && {
      field: "email",
      label: t("profile.email"),
      value: <a href={`mailto:${person.email}`}>{person.email}</a>,
    },
    person.phone && {
      field: "phone",
      label: t("profile.phone"),
      value: <a href={`tel:${person.phone.replace(/[^+\d]/g, "")}`}>{person.phone}</a>,
    },
    person.birthDate && {
      field: "birthDate",
      label: t("profile.birthDate"),
      value: formatDay(person.birthDate, i18n.language),
    },
  ].filter((row) => !!row);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="profile-details">
      <h2 id="profile-details">{t("profile.details")}</h2>
      <dl className="details">
        {rows.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>
              {row.value} <VisibilityMark visibility={privacy?.[row.field as keyof Privacy]} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The owner's own page notes who else sees their ties, and links to the settings. */
function TiesNote({ privacy }: { privacy: Privacy | null }) {
  const { t } = useTranslation();
  if (!privacy) return null;
  return (
    <p className="notice notice-info">
      {t(`profile.directoryVisibility.${privacy.directory}`)}{" "}
      <Link to="/settings/privacy">{t("profile.changePrivacy")}</Link>
    </p>
  );
}

function PersonProfile({ person, isMe }: { person: ProfileFieldsFragment; isMe: boolean }) {
  const { t, i18n } = useTranslation();
  const mine = useQuery(MY_VISIBILITY, { skip: !isMe });
  const privacy = (isMe && mine.data?.me?.privacySettings) || null;
  const since = new Intl.DateTimeFormat(i18n.language, { month: "long", year: "numeric" }).format(
    new Date(person.createdAt),
  );
  return (
    <article className="profile">
      <PageTitle>{person.displayName}</PageTitle>
      <header className="profile-header">
        <ElementImage
          name={person.displayName}
          seed={person.id}
          image={person.image}
          size="medium"
          shape="round"
          className="logo"
        />
        <div className="profile-titles">
          <h1>{person.displayName}</h1>
          <p className="username">@{person.username}</p>
          {person.shortDescription && <p className="lead">{person.shortDescription}</p>}
        </div>
        <div className="profile-actions">
          {isMe && (
            <Link className="button button-secondary" to="/settings/profile">
              {t("profile.edit")}
            </Link>
          )}
          <PersonFollow username={person.username} isMe={isMe} />
        </div>
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
      <Details person={person} privacy={privacy} />
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
      <PersonTies username={person.username} note={<TiesNote privacy={privacy} />} />
      <Wall wallId={person.id} mayPost={isMe} administers={isMe} />
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
