import { useMutation } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { evictRemovedLink } from "../../apollo";
import { useSubmission } from "../../forms";
import { FOLLOW_PERSON } from "../../graphql/people";
import { UNFOLLOW } from "../../graphql/links";
import { useViewer } from "../../viewer";
import { FormError } from "../FormError";
import { Button, buttonClass } from "../ui/Button";

interface FollowPersonButtonProps {
  person: { id: string; viewerFollows: boolean };
}

/** Follow or unfollow a person; anonymous visitors are offered to log in first. */
export function FollowPersonButton({ person }: FollowPersonButtonProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const location = useLocation();
  const { busy, problem, run } = useSubmission();
  const [follow] = useMutation(FOLLOW_PERSON);
  const [unfollow] = useMutation(UNFOLLOW, { update: evictRemovedLink("unfollow") });
  if (!viewer) {
    return (
      <Link className={buttonClass("primary")} to={`/login?next=${encodeURIComponent(location.pathname)}`}>
        {t("people.loginToFollow")}
      </Link>
    );
  }
  const variables = { personId: person.id };
  return (
    <div className="follow-person">
      <Button
        variant={person.viewerFollows ? "secondary" : "primary"}
        busy={busy}
        onClick={() =>
          run(async () => {
            if (person.viewerFollows) await unfollow({ variables: { input: variables } });
            else await follow({ variables });
          })
        }
      >
        {person.viewerFollows ? t("links.unfollow") : t("links.follow")}
      </Button>
      <FormError problem={problem} />
    </div>
  );
}
