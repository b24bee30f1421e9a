import { communityKind } from "../../elements";
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { fieldMessage } from "../../graphql/errors";
import type { ElementDetailsFragment } from "../../graphql/generated/graphql";
import {
  ACCEPT_INVITATION,
  DECLINE_INVITATION,
  ELEMENT_COMMUNITY,
  FOLLOW,
  JOIN_ELEMENT,
  LEAVE_ELEMENT,
  REQUEST_ADMINISTRATION,
  UNFOLLOW,
} from "../../graphql/links";
import { useViewer } from "../../viewer";
import { Field } from "../Field";
import { FormError } from "../FormError";
import { StatusMessage } from "../StatusMessage";
import { SubmitButton } from "../SubmitButton";
import { useCommunityAction } from "./useCommunityAction";

type Done = "followed" | "unfollowed" | "joined" | "requested" | "left" | "accepted" | "declined" | "adminRequested";

/**
 * Whether joining will be a request: it is active at once for a public event and for an element
 * nobody administers (the server decides; this only chooses the button's words).
 */
function joinIsRequest(element: ElementDetailsFragment): boolean {
  if (element.kind === "EVENT" && !element.settings.private) return false;
  return element.administrators?.length !== 0;
}

/** The last administrator names a member to take over before leaving. */
function SuccessorForm({
  element,
  onLeave,
  busy,
  error,
}: {
  element: ElementDetailsFragment;
  onLeave: (successorId: string) => Promise<void>;
  busy: boolean;
  error?: string;
}) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const id = useId();
  const [successorId, setSuccessorId] = useState("");
  const { data } = useQuery(ELEMENT_COMMUNITY, { variables: { slug: element.slug, state: "ACTIVE" } });
  const candidates = (data?.element?.community?.nodes ?? []).filter(
    (link) => link.person && link.person.id !== viewer?.id,
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    await onLeave(successorId);
  }

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`} className="form card">
      <h2 id={`${id}-title`}>{t("links.successor.title")}</h2>
      <p>{t("links.successor.explain")}</p>
      {candidates.length === 0 ? (
        <p className="notice notice-info">{t("links.successor.nobody")}</p>
      ) : (
        <>
          <Field label={t("links.successor.label")} required error={error}>
            {(control) => (
              <select {...control} value={successorId} onChange={(e) => setSuccessorId(e.target.value)}>
                <option value="">{t("links.successor.choose")}</option>
                {candidates.map((link) => (
                  <option key={link.id} value={link.person!.id}>
                    {`${link.person!.displayName} (@${link.person!.username})`}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <SubmitButton busy={busy} busyLabel={t("form.sending")} variant="danger">
            {t("links.successor.submit")}
          </SubmitButton>
        </>
      )}
    </form>
  );
}

/** What the viewer can do from an element's header: follow, join, answer an invitation, leave… */
export function ElementActions({ element }: { element: ElementDetailsFragment }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const location = useLocation();
  const { busy, problem, act } = useCommunityAction();
  const [done, setDone] = useState<Done | null>(null);
  const [needsSuccessor, setNeedsSuccessor] = useState(false);
  const [follow] = useMutation(FOLLOW);
  const [unfollow] = useMutation(UNFOLLOW);
  const [join] = useMutation(JOIN_ELEMENT);
  const [leave] = useMutation(LEAVE_ELEMENT);
  const [accept] = useMutation(ACCEPT_INVITATION);
  const [decline] = useMutation(DECLINE_INVITATION);
  const [requestAdministration] = useMutation(REQUEST_ADMINISTRATION);
  const elementId = element.id;
  const link = element.viewerLink;

  async function perform(action: () => Promise<unknown>, then: Done | ((value: unknown) => Done)) {
    setDone(null);
    const result = await act(action);
    if (result.ok) setDone(typeof then === "function" ? then(result.value) : then);
    return result.ok;
  }

  async function leaveWith(successorId?: string) {
    setDone(null);
    const result = await act(() => leave({ variables: { input: { elementId, successorId: successorId || null } } }));
    if (result.ok) {
      setNeedsSuccessor(false);
      setDone("left");
    }
  }

  // The last administrator must name a successor: the API says so with a conflict on that field.
  const successorAsked = problem?.code === "CONFLICT" && problem.fields.some((f) => f.field === "successorId");
  if (successorAsked && !needsSuccessor) setNeedsSuccessor(true);

  const followers = t("links.followers", { count: element.followerCount });
  if (!viewer) {
    const next = encodeURIComponent(location.pathname);
    return (
      <div className="viewer-actions">
        <p className="muted">
          {followers} · <Link to={`/login?next=${next}`}>{t("links.loginToJoin")}</Link>
        </p>
      </div>
    );
  }

  const button = (label: string, onClick: () => unknown, variant = "secondary") => (
    <button type="button" className={`button button-${variant}`} onClick={onClick} disabled={busy} aria-busy={busy}>
      {label}
    </button>
  );

  return (
    <div className="viewer-actions">
      <div className="actions">
        {element.viewerFollows
          ? button(t("links.unfollow"), () =>
              perform(() => unfollow({ variables: { input: { elementId } } }), "unfollowed"),
            )
          : button(t("links.follow"), () => perform(() => follow({ variables: { input: { elementId } } }), "followed"))}
        <span className="muted">{followers}</span>
      </div>
      <div className="actions">
        {!link &&
          button(
            joinIsRequest(element) ? t("links.askToJoin") : t(`links.joinKinds.${communityKind(element.kind)}`),
            () =>
              perform(
                () => join({ variables: { input: { elementId } } }),
                (value) =>
                  (value as { data?: { joinElement: { state: string } } }).data?.joinElement.state === "REQUESTED"
                    ? "requested"
                    : "joined",
              ),
            "primary",
          )}
        {link?.state === "REQUESTED" && (
          <>
            <span>{t("links.requestPending")}</span>
            {button(t("links.withdraw"), () => leaveWith())}
          </>
        )}
        {link?.state === "INVITED" && (
          <>
            <span>{t("links.invited")}</span>
            {button(
              t("links.accept"),
              () => perform(() => accept({ variables: { input: { linkId: link.id } } }), "accepted"),
              "primary",
            )}
            {button(t("links.decline"), () =>
              perform(() => decline({ variables: { input: { linkId: link.id } } }), "declined"),
            )}
          </>
        )}
        {link?.state === "ACTIVE" && (
          <>
            <span className="badge">
              {link.isAdmin ? t("links.youAdminister") : t(`links.youAreInKinds.${communityKind(element.kind)}`)}
            </span>
            {!link.isAdmin &&
              !link.adminRequested &&
              button(t("links.askAdministration"), () =>
                perform(() => requestAdministration({ variables: { input: { elementId } } }), "adminRequested"),
              )}
            {!link.isAdmin && link.adminRequested && <span>{t("links.administrationPending")}</span>}
            {button(t("links.leave"), () => leaveWith())}
          </>
        )}
      </div>
      <FormError
        problem={problem}
        shownFields={needsSuccessor ? ["successorId"] : []}
        message={successorAsked ? t("links.successor.needed") : undefined}
      />
      {needsSuccessor && (
        <SuccessorForm element={element} busy={busy} onLeave={leaveWith} error={fieldMessage(problem, "successorId")} />
      )}
      <StatusMessage>{done && t(`links.done.${done}`)}</StatusMessage>
    </div>
  );
}
