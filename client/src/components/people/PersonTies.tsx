import { useQuery } from "@apollo/client/react";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type CommunityKind, communityKind } from "../../elements";
import { apiProblem } from "../../graphql/errors";
import type { PersonTiesQuery } from "../../graphql/generated/graphql";
import { PERSON_TIES } from "../../graphql/people";
import { ElementCard } from "../elements/ElementCard";
import { FormError } from "../FormError";
import { Loading } from "../Loading";
import { LoadMore } from "../LoadMore";
import { FollowPersonButton } from "./FollowPersonButton";
import { PersonCard } from "./PersonCard";

type Tied = NonNullable<PersonTiesQuery["person"]>;
type Membership = NonNullable<Tied["memberships"]>["nodes"][number];
type CardElement = Extract<NonNullable<Membership["element"]>, { communityCount: number }>;

/** The sections of a person's ties, in the order a visitor looks for them. */
const KINDS: CommunityKind[] = ["ORGANIZATION", "PROJECT", "EVENT"];

function cardElement(element: Membership["element"]): CardElement | null {
  return element && "communityCount" in element ? element : null;
}

function TieSection({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="muted">({count})</span>
      </h2>
      <ul className="element-list card-grid">{children}</ul>
    </section>
  );
}

/** The person's organizations, projects and events, then what they follow. */
function Ties({ person, note }: { person: Tied; note?: ReactNode }) {
  const { t } = useTranslation();
  const memberships = person.memberships;
  const following = person.following;
  if (!memberships || !following) {
    return <p className="notice notice-info">{t("people.tiesHidden")}</p>;
  }
  const byKind = (kind: CommunityKind) =>
    memberships.nodes.flatMap((membership) => {
      const element = cardElement(membership.element);
      return element && communityKind(element.kind) === kind ? [{ membership, element }] : [];
    });
  const followed = following.nodes.flatMap((link) => {
    const element = cardElement(link.element);
    if (element)
      return [
        <ElementCard
          key={link.id}
          element={element}
          headingLevel={3}
          kindLabel={t(`myElements.kinds.${communityKind(element.kind)}`)}
        />,
      ];
    return link.followedPerson ? [<PersonCard key={link.id} person={link.followedPerson} headingLevel={3} />] : [];
  });
  const empty = memberships.totalCount === 0 && following.totalCount === 0;
  return (
    <>
      {note}
      {empty && <p className="empty-state">{t("people.noTies")}</p>}
      {KINDS.map((kind) => {
        const entries = byKind(kind);
        if (entries.length === 0) return null;
        return (
          <TieSection key={kind} title={t(`people.ties.${kind}`)} count={entries.length}>
            {entries.map(({ membership, element }) => (
              <ElementCard
                key={membership.id}
                element={element}
                headingLevel={3}
                kindLabel={
                  <>
                    {t(`myElements.kinds.${kind}`)}
                    {membership.isAdmin && <span className="badge">{t("links.members.admin")}</span>}
                  </>
                }
              />
            ))}
          </TieSection>
        );
      })}
      {followed.length > 0 && (
        <TieSection title={t("people.ties.FOLLOWING")} count={following.totalCount}>
          {followed}
        </TieSection>
      )}
    </>
  );
}

/** One query for the Follow button and the lists (Apollo shares it between both). */
function usePersonTies(username: string) {
  return useQuery(PERSON_TIES, { variables: { username }, fetchPolicy: "cache-and-network" });
}

/** The Follow button and follower count of a person's page header. */
export function PersonFollow({ username, isMe }: { username: string; isMe: boolean }) {
  const { t } = useTranslation();
  const person = usePersonTies(username).data?.person;
  if (!person) return null;
  return (
    <div className="person-follow">
      {!isMe && <FollowPersonButton person={person} />}
      <p className="muted">{t("links.followers", { count: person.followerCount })}</p>
    </div>
  );
}

/** A person's ties, as their directory setting shows them to the viewer; `note` tells the owner who else sees them. */
export function PersonTies({ username, note }: { username: string; note?: ReactNode }) {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = usePersonTies(username);
  const person = data?.person;
  if (loading && !person) return <Loading />;
  if (error && !person) return <FormError problem={apiProblem(error)} />;
  if (!person) return null;
  return (
    <>
      <Ties person={person} note={note} />
      {person.memberships && (
        <LoadMore
          pageInfo={person.memberships.pageInfo}
          load={(after) => fetchMore({ variables: { after } })}
          label={t("people.moreTies")}
        />
      )}
    </>
  );
}
