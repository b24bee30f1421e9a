import { useLazyQuery, useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { apiProblem, type ApiProblem } from "../../graphql/errors";
import type { NewsAudience, NewsItemFragment } from "../../graphql/generated/graphql";
import { MENTION_ELEMENTS, MENTION_PEOPLE, MY_WALLS, POST_NEWS } from "../../graphql/news";
import { useViewer } from "../../viewer";
import { FormError } from "../FormError";
import { ImageField, type PickedImage } from "../ui/ImageField";

const AUDIENCES: NewsAudience[] = ["PRIVATE", "RESTRICTED", "PUBLIC"];
const MAX_IMAGES = 4;
const TEXT_MAX = 5000;
/** An @handle being typed, just before the caret. */
const TYPED_MENTION = /(?:^|\s)@([\p{L}\p{N}_.-]{2,40})$/u;

interface Suggestion {
  handle: string;
  label: string;
}

/** Suggestions for the @mention being typed: people by name or username, then elements by name. */
function useMentionSuggestions(typed: string | null) {
  const [findElements, elements] = useLazyQuery(MENTION_ELEMENTS);
  const [findPeople, people] = useLazyQuery(MENTION_PEOPLE);
  useEffect(() => {
    if (!typed) return;
    const timer = setTimeout(() => {
      void findElements({ variables: { text: typed } }).catch(() => undefined);
      void findPeople({ variables: { text: typed } }).catch(() => undefined);
    }, 200);
    return () => clearTimeout(timer);
  }, [typed, findElements, findPeople]);
  if (!typed) return [];
  const found: Suggestion[] = [];
  for (const someone of people.data?.people.nodes ?? []) {
    found.push({ handle: someone.username, label: `${someone.displayName} (@${someone.username})` });
  }
  for (const element of elements.data?.search.nodes ?? []) {
    found.push({ handle: element.slug, label: `${element.name} (@${element.slug})` });
  }
  return found;
}

interface NewsComposerProps {
  /** A fixed wall (an element's page); without it, the viewer chooses among their own and their elements'. */
  wallId?: string;
  /** The fixed wall is a private element: its items are for its community only. */
  wallPrivate?: boolean;
  onPosted: (item: NewsItemFragment) => void;
}

/** Writes a news item: wall, text with @mentions, audience with what each means, up to four images. */
export function NewsComposer({ wallId, wallPrivate, onPosted }: NewsComposerProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const id = useId();
  const textArea = useRef<HTMLTextAreaElement>(null);
  const walls = useQuery(MY_WALLS, { skip: Boolean(wallId) || !viewer });
  const [post, { loading }] = useMutation(POST_NEWS);
  const [chosenWall, setChosenWall] = useState<string>("");
  const [text, setText] = useState("");
  const [audience, setAudience] = useState<NewsAudience>("PUBLIC");
  const [images, setImages] = useState<PickedImage[]>([]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [typed, setTyped] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [posted, setPosted] = useState(false);
  const [addingImages, setAddingImages] = useState(false);
  const suggestions = useMentionSuggestions(typed);

  const memberships = walls.data?.me?.memberships?.nodes ?? [];
  const wall = wallId ?? (chosenWall || viewer?.id || "");
  const chosenElement = memberships.find((m) => m.element?.id === wall)?.element;
  const onlyPrivate =
    wallPrivate ?? (chosenElement && "settings" in chosenElement ? chosenElement.settings.private : false);
  const shownAudience = onlyPrivate ? "PRIVATE" : audience;
  if (!viewer) return null;

  function readMention(value: string, caret: number) {
    const match = TYPED_MENTION.exec(value.slice(0, caret));
    setTyped(match ? match[1] : null);
    setActive(0);
  }

  function insert(suggestion: Suggestion) {
    const area = textArea.current;
    const caret = area?.selectionStart ?? text.length;
    const before = text.slice(0, caret).replace(/@[\p{L}\p{N}_.-]*$/u, `@${suggestion.handle} `);
    const next = before + text.slice(caret);
    setText(next);
    setTyped(null);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(before.length, before.length);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!typed || suggestions.length === 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + suggestions.length) % suggestions.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      insert(suggestions[active]);
    } else if (event.key === "Escape") {
      setTyped(null);
    }
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setPosted(false);
    try {
      const input = { wallId: wall, text, audience: shownAudience, imageIds: images.map((image) => image.id) };
      const { data } = await post({ variables: { input } });
      if (data) onPosted(data.postNews);
      setText("");
      setImages([]);
      setAddingImages(false);
      setPosted(true);
    } catch (error) {
      setProblem(apiProblem(error));
    }
  }

  const listId = `${id}-mentions`;
  const showList = typed !== null && suggestions.length > 0;
  return (
    <form className="card news-composer" onSubmit={send} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("live.composer.title")}</h2>
      {!wallId && (
        <div className="field">
          <label htmlFor={`${id}-wall`}>{t("live.composer.wall")}</label>
          <select id={`${id}-wall`} value={wall} onChange={(event) => setChosenWall(event.target.value)}>
            <option value={viewer.id}>{t("live.composer.myWall")}</option>
            {memberships.map(
              (membership) =>
                membership.element && (
                  <option key={membership.element.id} value={membership.element.id}>
                    {membership.element.name}
                  </option>
                ),
            )}
          </select>
        </div>
      )}
      <div className="field mention-field">
        <label htmlFor={`${id}-text`}>{t("live.composer.text")}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {t("live.composer.textHint")}
        </p>
        <textarea
          ref={textArea}
          id={`${id}-text`}
          rows={4}
          required
          maxLength={TEXT_MAX}
          value={text}
          aria-describedby={`${id}-hint`}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList ? `${listId}-${active}` : undefined}
          onKeyDown={onKeyDown}
          onChange={(event) => {
            setText(event.target.value);
            readMention(event.target.value, event.target.selectionStart);
          }}
          onBlur={() => setTimeout(() => setTyped(null), 150)}
        />
        <ul
          id={listId}
          role="listbox"
          className="mention-list"
          hidden={!showList}
          aria-label={t("live.composer.mentions")}
        >
          {suggestions.map((suggestion, index) => (
            <li
              key={suggestion.handle}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                insert(suggestion);
              }}
            >
              {suggestion.label}
            </li>
          ))}
        </ul>
      </div>
      <fieldset className="field audience-picker">
        <legend>{t("live.composer.audience")}</legend>
        {onlyPrivate && <p className="field-hint">{t("live.composer.onlyPrivate")}</p>}
        {AUDIENCES.map((value) => (
          <label key={value} className="audience-choice">
            <input
              type="radio"
              name={`${id}-audience`}
              value={value}
              checked={shownAudience === value}
              disabled={onlyPrivate && value !== "PRIVATE"}
              onChange={() => setAudience(value)}
            />
            <span>
              <strong>{t(`live.audience.${value}.short`)}</strong>
              <span className="field-hint">{t(`live.audience.${value}.explanation`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="news-composer-images">
        {images.map((image, index) => (
          <ImageField
            key={image.id}
            label={t("live.composer.image", { number: index + 1 })}
            hint={t("live.composer.imageHint")}
            shape="wide"
            value={image}
            onChange={(next) =>
              setImages((current) =>
                next ? current.map((c, i) => (i === index ? next : c)) : current.filter((_, i) => i !== index),
              )
            }
          />
        ))}
        {!addingImages && images.length === 0 && (
          <button type="button" className="button button-quiet news-add-images" onClick={() => setAddingImages(true)}>
            {t("live.composer.addImages")}
          </button>
        )}
        {(addingImages || images.length > 0) && images.length < MAX_IMAGES && (
          <ImageField
            key={`new-${images.length}`}
            label={t("live.composer.image", { number: images.length + 1 })}
            hint={t("live.composer.imageHint")}
            shape="wide"
            value={null}
            onChange={(next) => next && setImages((current) => [...current, next])}
          />
        )}
      </div>
      <FormError problem={problem} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={loading || !text.trim()} aria-busy={loading}>
          {loading ? t("form.sending") : t("live.composer.post")}
        </button>
        <p role="status" className={posted ? "muted" : "visually-hidden"}>
          {posted ? t("live.composer.posted") : ""}
        </p>
      </div>
    </form>
  );
}
