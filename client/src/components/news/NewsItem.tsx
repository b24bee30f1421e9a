import type { ApolloCache } from "@apollo/client";
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { elementPath } from "../../elements";
import { formatDateTime } from "../../format";
import { apiProblem, type ApiProblem } from "../../graphql/errors";
import type { NewsItemFragment, ReactionKind } from "../../graphql/generated/graphql";
import {
  COMMENT_NEWS,
  DELETE_NEWS,
  EDIT_NEWS,
  HIDE_NEWS,
  NEWS_COMMENTS,
  REACT_TO_NEWS,
  REPORT_NEWS,
} from "../../graphql/news";
import { useViewer } from "../../viewer";
import { FormError } from "../FormError";
import { ElementImage } from "../ui/ElementImage";
import { Menu } from "../ui/Menu";

/** The reactions offered, in order: the first is the one-click "like". */
export const REACTIONS: ReactionKind[] = ["LIKE", "LOVE", "LAUGH", "WOW", "SAD", "ANGRY"];

/** What an activity item says, as a sentence. */
function ActivitySentence({ item }: { item: NewsItemFragment }) {
  const { t } = useTranslation();
  const activity = item.activity!;
  const who = activity.organization?.name ?? activity.person?.displayName ?? t("live.someone");
  const where = item.wall?.name ?? "";
  const kind = item.wall?.kind === "PROJECT" || item.wall?.kind === "EVENT" ? item.wall.kind : "ORGANIZATION";
  let sentence: string;
  if (activity.kind === "CREATED") sentence = t(`live.activity.created.${kind}`, { who, where });
  else if (activity.kind === "JOINED") sentence = t(`live.activity.joined.${kind}`, { who, where });
  else if (activity.kind === "NEW_ADMINISTRATOR") sentence = t("live.activity.newAdministrator", { who, where });
  else {
    const stage = activity.stage ? t(`project.stages.${activity.stage}`) : "";
    sentence = t("live.activity.stageChanged", { where, stage });
  }
  return <span className="news-activity">{sentence}</span>;
}

function Reactions({ item }: { item: NewsItemFragment }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [react, { loading }] = useMutation(REACT_TO_NEWS);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const summary = item.reactionCounts
    .filter((count) => count.count > 0)
    .map((count) => t("live.reactions.count", { count: count.count, reaction: t(`live.reactions.${count.kind}`) }))
    .join(" · ");

  async function choose(kind: ReactionKind) {
    setProblem(null);
    try {
      await react({ variables: { input: { newsId: item.id, kind: item.viewerReaction === kind ? null : kind } } });
    } catch (error) {
      setProblem(apiProblem(error));
    }
  }

  return (
    <div className="news-reactions">
      {viewer && (
        <div className="reaction-buttons" role="group" aria-label={t("live.reactions.label")}>
          <button
            type="button"
            className="reaction"
            aria-pressed={item.viewerReaction === "LIKE"}
            disabled={loading}
            onClick={() => void choose("LIKE")}
          >
            {t("live.reactions.LIKE")}
          </button>
          <Menu label={t("live.reactions.more")} className="reaction-menu">
            {(close) => (
              <ul>
                {REACTIONS.slice(1).map((kind) => (
                  <li key={kind}>
                    <button
                      type="button"
                      className="button-menu-item"
                      aria-pressed={item.viewerReaction === kind}
                      onClick={() => {
                        close();
                        void choose(kind);
                      }}
                    >
                      {t(`live.reactions.${kind}`)}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </Menu>
        </div>
      )}
      {summary && <p className="reaction-summary muted">{summary}</p>}
      {problem && <FormError problem={problem} />}
    </div>
  );
}

function Comments({ item }: { item: NewsItemFragment }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const id = useId();
  const { data, refetch } = useQuery(NEWS_COMMENTS, { variables: { id: item.id }, fetchPolicy: "cache-and-network" });
  const [comment, { loading }] = useMutation(COMMENT_NEWS);
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const comments = data?.news?.comments.nodes ?? [];

  async function send(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await comment({ variables: { input: { newsId: item.id, text } } });
      setText("");
      await refetch();
    } catch (error) {
      setProblem(apiProblem(error));
    }
  }

  return (
    <div className="news-comments">
      <ul className="comment-list">
        {comments.map((c) => (
          <li key={c.id} className="comment">
            <p className="comment-meta">
              <strong>{c.author?.displayName ?? t("live.someone")}</strong>{" "}
              <time dateTime={c.createdAt} className="muted">
                {formatDateTime(c.createdAt, i18n.language)}
              </time>
            </p>
            <div className="rich-text" dangerouslySetInnerHTML={{ __html: c.textHtml }} />
          </li>
        ))}
      </ul>
      {viewer && (
        <form className="comment-form" onSubmit={send}>
          <label htmlFor={id} className="visually-hidden">
            {t("live.comments.write")}
          </label>
          <textarea
            id={id}
            rows={2}
            maxLength={2000}
            required
            value={text}
            placeholder={t("live.comments.write")}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button button-secondary" disabled={loading || !text.trim()}>
            {t("live.comments.send")}
          </button>
          <FormError problem={problem} />
        </form>
      )}
    </div>
  );
}

function ReportForm({ item, onDone }: { item: NewsItemFragment; onDone: (sent: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [report, { loading }] = useMutation(REPORT_NEWS);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  async function send(event: FormEvent) {
    event.preventDefault();
    try {
      await report({ variables: { input: { newsId: item.id, reason } } });
      onDone(true);
    } catch (error) {
      setProblem(apiProblem(error));
    }
  }

  return (
    <form className="report-form" onSubmit={send}>
      <label htmlFor={id}>{t("live.report.reason")}</label>
      <textarea
        id={id}
        rows={2}
        required
        minLength={3}
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={loading}>
          {t("live.report.send")}
        </button>
        <button type="button" className="button button-quiet" onClick={() => onDone(false)}>
          {t("live.cancel")}
        </button>
      </div>
      <FormError problem={problem} />
    </form>
  );
}

/** The author changes the text; the earlier version is kept by the server, the item marked as edited. */
function EditForm({ item, onDone }: { item: NewsItemFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [edit, { loading }] = useMutation(EDIT_NEWS);
  const [text, setText] = useState(item.text);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await edit({ variables: { input: { id: item.id, text } } });
      onDone();
    } catch (error) {
      setProblem(apiProblem(error));
    }
  }

  return (
    <form className="report-form" onSubmit={save}>
      <label htmlFor={id}>{t("live.edit.label")}</label>
      <textarea id={id} rows={4} required maxLength={5000} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={loading || !text.trim()}>
          {t("live.edit.save")}
        </button>
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t("live.cancel")}
        </button>
      </div>
      <FormError problem={problem} />
    </form>
  );
}

/** One item of a feed: who, where, when, what; reactions, comments, and a menu to edit, report, hide or delete it. */
export function NewsItem({ item, wallId }: { item: NewsItemFragment; wallId?: string }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const headingId = useId();
  const [commentsOpen, setCommentsOpen] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [reported, setReported] = useState(false);
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState<"delete" | "hide" | null>(null);
  // A deleted or hidden item leaves every list of this page.
  const leaves = {
    update: (cache: ApolloCache) => {
      cache.evict({ id: cache.identify({ __typename: "News", id: item.id }) });
      cache.gc();
    },
  };
  const [remove, { loading: removing }] = useMutation(DELETE_NEWS, leaves);
  const [hide, { loading: hiding }] = useMutation(HIDE_NEWS, leaves);
  const wall = item.wall;
  const author = item.author;
  const byElement = item.asElement && wall;
  const name = byElement ? wall.name : (author?.displayName ?? t("live.someone"));
  // An activity item speaks of its element: the element's logo and the sentence head it.
  const activity = item.activity && wall;
  const showWall = wall && !activity && !byElement && wall.id !== author?.id && wall.id !== wallId;

  return (
    <li>
      <article
        className={item.activity ? "card news-item news-item-activity" : "card news-item"}
        aria-labelledby={headingId}
      >
        <header className="news-header">
          <ElementImage
            name={activity || byElement ? wall.name : name}
            seed={(activity || byElement ? wall.id : author?.id) ?? item.id}
            image={activity || byElement ? wall.image : author?.image}
            shape={activity || byElement ? "square" : "round"}
            className="avatar-small"
          />
          <div className="news-heading">
            <h3 id={headingId}>
              {activity ? (
                <ActivitySentence item={item} />
              ) : byElement ? (
                <Link to={elementPath(wall)}>{name}</Link>
              ) : author ? (
                <Link to={`/people/${author.username}`}>{name}</Link>
              ) : (
                name
              )}
              {showWall && (
                <>
                  {" "}
                  <span className="muted">{t("live.onWall")}</span> <Link to={elementPath(wall)}>{wall.name}</Link>
                </>
              )}
            </h3>
            <p className="news-meta muted">
              <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, i18n.language)}</time>
              {" · "}
              <span>{t(`live.audience.${item.audience}.short`)}</span>
              {item.edited && <> · {t("live.edited")}</>}
            </p>
          </div>
          {viewer && (
            <Menu label={t("live.actions", { name })} icon={<span aria-hidden="true">⋯</span>} className="menu-end">
              {(close) => (
                <ul>
                  <li>
                    <button
                      type="button"
                      className="button-menu-item"
                      onClick={() => {
                        setReporting(true);
                        close();
                      }}
                    >
                      {t("live.report.open")}
                    </button>
                  </li>
                  {item.viewerMayEdit && (
                    <li>
                      <button
                        type="button"
                        className="button-menu-item"
                        onClick={() => {
                          setEditing(true);
                          close();
                        }}
                      >
                        {t("live.edit.open")}
                      </button>
                    </li>
                  )}
                  {item.viewerMayHide && (
                    <li>
                      <button
                        type="button"
                        className="button-menu-item"
                        onClick={() => {
                          setConfirm("hide");
                          close();
                        }}
                      >
                        {t("live.hide.open")}
                      </button>
                    </li>
                  )}
                  {item.viewerMayRemove && (
                    <li>
                      <button
                        type="button"
                        className="button-menu-item"
                        onClick={() => {
                          setConfirm("delete");
                          close();
                        }}
                      >
                        {t("live.delete.open")}
                      </button>
                    </li>
                  )}
                </ul>
              )}
            </Menu>
          )}
        </header>
        {editing ? (
          <EditForm item={item} onDone={() => setEditing(false)} />
        ) : (
          !item.activity && <div className="rich-text news-text" dangerouslySetInnerHTML={{ __html: item.textHtml }} />
        )}
        {item.images.length > 0 && (
          <div className={`news-images news-images-${Math.min(item.images.length, 4)}`}>
            {item.images.map((image) => (
              <a key={image.id} href={image.large} target="_blank" rel="noreferrer">
                <img src={image.url} width={image.width} height={image.height} alt={t("live.image")} loading="lazy" />
              </a>
            ))}
          </div>
        )}
        {reporting && (
          <ReportForm
            item={item}
            onDone={(sent) => {
              setReporting(false);
              setReported(sent);
            }}
          />
        )}
        <p role="status" className={reported ? "notice notice-success" : "visually-hidden"}>
          {reported ? t("live.report.sent") : ""}
        </p>
        {confirm && (
          <div className="notice notice-warning" role="group" aria-label={t(`live.${confirm}.open`)}>
            <p>{t(`live.${confirm}.confirm`)}</p>
            <div className="actions">
              <button
                type="button"
                className="button button-danger"
                disabled={removing || hiding}
                onClick={() => void (confirm === "delete" ? remove : hide)({ variables: { id: item.id } })}
              >
                {t(`live.${confirm}.yes`)}
              </button>
              <button type="button" className="button button-quiet" onClick={() => setConfirm(null)}>
                {t("live.cancel")}
              </button>
            </div>
          </div>
        )}
        <footer className="news-footer">
          <Reactions item={item} />
          <button
            type="button"
            className="button button-quiet"
            aria-expanded={commentsOpen}
            onClick={() => setCommentsOpen((open) => !open)}
          >
            {item.commentCount > 0 ? t("live.comments.toggle", { count: item.commentCount }) : t("live.comments.first")}
          </button>
        </footer>
        {commentsOpen && <Comments item={item} />}
      </article>
    </li>
  );
}
