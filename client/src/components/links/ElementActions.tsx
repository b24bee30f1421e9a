import { communityKind, having } from "../../elements";
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, useLocation } from "react-router";
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
import { Button, buttonClass, type ButtonVariant } from "../ui/Button";
import { Menu } from "../ui/Menu";
import { useCommunityAction } from "./useCommunityAction";
import { evictRemovedLink } from "../../apollo";

type Done = "followed" | "unfollowed" | "joined" | "requested" | "left" | "accepted" | "declined" | "adminRequested";

/**
 * Whether joining will be a request: it is active at once for a public event, an element open to
 * anyone joining, and an element nobody administers (the server decides; this only chooses the
 * button's words).
 */
function joinIsRequest(element: ElementDetailsFragment): boolean {
  if (element.kind === "EVENT" && !element.settings.private) return false;
  if (element.settings.openMembership) return false;
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
  const candidates = (having(data?.element, "community")?.community?.nodes ?? []).filter(
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

/**
 * The toolbar of an element's page: one first action chosen for the viewer (join, ask to join,
 * attend, accept the invitation; for members their standing and, for administrators, Edit),
 * the next most likely one beside it, and the rest (follow, leave…) in a "More actions" menu.
 */
export function ElementActions({ element, basePath }: { element: ElementDetailsFragment; basePath: string }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const location = useLocation();
  const { busy, problem, act } = useCommunityAction();
  const [done, setDone] = useState<Done | null>(null);
  const [needsSuccessor, setNeedsSuccessor] = useState(false);
  const [follow] = useMutation(FOLLOW);
  const [unfollow] = useMutation(UNFOLLOW, { update: evictRemovedLink("unfollow") });
  const [join] = useMutation(JOIN_ELEMENT);
  const [leave] = useMutation(LEAVE_ELEMENT, { update: evictRemovedLink("leaveElement") });
  const [accept] = useMutation(ACCEPT_INVITATION);
  const [decline] = useMutation(DECLINE_INVITATION, { update: evictRemovedLink("declineInvitation") });
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

  if (!viewer) {
    const next = encodeURIComponent(location.pathname);
    return (
      <div className="element-toolbar">
        <div className="actions">
          <Link className={buttonClass("primary")} to={`/login?next=${next}`}>
            {t("links.loginToJoin")}
          </Link>
        </div>
      </div>
    );
  }

  const button = (label: string, onClick: () => unknown, variant: ButtonVariant = "secondary") => (
    <Button variant={variant} onClick={onClick} busy={busy}>
      {label}
    </Button>
  );
  const followLabel = element.viewerFollows ? t("links.unfollow") : t("links.follow");
  const toggleFollowing = () =>
    element.viewerFollows
      ? perform(() => unfollow({ variables: { input: { elementId } } }), "unfollowed")
      : perform(() => follow({ variables: { input: { elementId } } }), "followed");
  const isMember = link?.state === "ACTIVE";
  const isAdmin = isMember && link.isAdmin;
  // Members edit from the toolbar; others who may (open edition) find the link less prominent.
  const editLink = element.viewer.canEdit && (
    <NavLink className={buttonClass(isAdmin ? "primary" : isMember ? "secondary" : "quiet")} to={`${basePath}/edit`}>
      {t("element.actions.edit")}
    </NavLink>
  );

  // The one first action for this viewer, then what goes next to it and what waits in the menu.
  let first: ReactNode;
  let next: ReactNode = null;
  const inMenu: ((close: () => void) => ReactNode)[] = [];
  const menuItem = (label: string, action: () => unknown) => (close: () => void) => (
    <Button
      variant="menu-item"
      busy={busy}
      onClick={() => {
        close();
        return action();
      }}
    >
      {label}
    </Button>
  );
  const toggleFollow = menuItem(followLabel, toggleFollowing);

  if (!link) {
    first = button(
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
    );
    next = button(followLabel, toggleFollowing);
  } else if (link.state === "REQUESTED") {
    first = <span className="standing">{t("links.requestPending")}</span>;
    next = button(t("links.withdraw"), () => leaveWith());
    inMenu.push(toggleFollow);
  } else if (link.state === "INVITED") {
    first = button(
      t("links.accept"),
      () => perform(() => accept({ variables: { input: { linkId: link.id } } }), "accepted"),
      "primary",
    );
    next = button(t("links.decline"), () =>
      perform(() => decline({ variables: { input: { linkId: link.id } } }), "declined"),
    );
    inMenu.push(toggleFollow);
  } else {
    first = (
      <span className="standing standing-member">
        {link.isAdmin ? t("links.youAdminister") : t(`links.youAreInKinds.${communityKind(element.kind)}`)}
      </span>
    );
    inMenu.push(toggleFollow);
    if (!link.isAdmin && !link.adminRequested) {
      inMenu.push(
        menuItem(t("links.askAdministration"), () =>
          perform(() => requestAdministration({ variables: { input: { elementId } } }), "adminRequested"),
        ),
      );
    }
    inMenu.push(menuItem(t("links.leave"), () => leaveWith()));
  }

  return (
    <div className="element-toolbar">
      {link?.state === "INVITED" && <p className="standing-note">{t("links.invited")}</p>}
      <div className="actions">
        {first}
        {next}
        {editLink}
        {element.viewer.isAdmin && (
          <NavLink className={buttonClass("secondary")} to={`${basePath}/settings`}>
            {t("element.actions.settings")}
          </NavLink>
        )}
        {inMenu.length > 0 && (
          <Menu label={t("element.actions.more")} className="menu-end">
            {(close) => (
              <ul>
                {inMenu.map((item, index) => (
                  <li key={index}>{item(close)}</li>
                ))}
              </ul>
            )}
          </Menu>
        )}
      </div>
      {isMember && !link.isAdmin && link.adminRequested && <p className="muted">{t("links.administrationPending")}</p>}
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
