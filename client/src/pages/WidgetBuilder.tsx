import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../components/PageTitle";
import { PlaceCombobox, placeLabel, type PlaceOption } from "../components/places/PlaceCombobox";
import { Button } from "../components/ui/Button";
import {
  type Attribute,
  DEFAULT_LIMIT,
  EVENT_TYPES,
  iframeSnippet,
  MAX_LIMIT,
  ORGANIZATION_TYPES,
  snippet,
  type Widget,
  WIDGETS,
} from "../embed/options";

const THEMES = ["auto", "light", "dark"] as const;
const DEFAULT_ACCENT = "#1f6f5c";

/** A snippet to copy, with its button and what the copy did. */
function Snippet({ label, code }: { label: string; code: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} className="code" rows={3} readOnly value={code} spellCheck={false} />
      <p>
        <Button type="button" onClick={() => void copy()}>
          {t("widgets.copy")}
        </Button>{" "}
        <span role="status">
          {copied === "yes" ? t("widgets.copied") : copied === "no" ? t("widgets.copyFailed") : ""}
        </span>
      </p>
    </div>
  );
}

/**
 * Where a partner site picks a widget and its options, sees it live (the iframe version, served
 * by this instance) and copies the snippet.
 */
export function WidgetBuilder() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [widget, setWidget] = useState<Widget>("agenda");
  const [townText, setTownText] = useState("");
  const [town, setTown] = useState<PlaceOption | null>(null);
  const [tags, setTags] = useState("");
  const [type, setType] = useState("");
  const [limit, setLimit] = useState(String(DEFAULT_LIMIT));
  const [lang, setLang] = useState(i18n.language.startsWith("en") ? "en" : "fr");
  const [theme, setTheme] = useState<(typeof THEMES)[number]>("auto");
  const [accent, setAccent] = useState(DEFAULT_ACCENT);
  const [newTab, setNewTab] = useState(true);

  const types = widget === "agenda" ? EVENT_TYPES : widget === "live" ? [] : ORGANIZATION_TYPES;
  const attributes = useMemo(() => {
    const chosen: Partial<Record<Attribute, string>> = {
      town: town?.inseeCode ?? undefined,
      tags: tags.trim() || undefined,
      types: types.includes(type as never) ? type.toLowerCase() : undefined,
      limit: limit !== String(DEFAULT_LIMIT) ? limit : undefined,
      lang,
      theme: theme !== "auto" ? theme : undefined,
      accent: accent !== DEFAULT_ACCENT ? accent : undefined,
      target: newTab ? undefined : "_self",
    };
    return chosen;
  }, [town, tags, type, types, limit, lang, theme, accent, newTab]);
  const origin = location.origin;
  const preview = iframeSnippet(origin, widget, attributes)
    .match(/src="([^"]+)"/)![1]
    .replace(/&amp;/g, "&");

  return (
    <section className="wide widget-builder">
      <PageTitle>{t("widgets.title")}</PageTitle>
      <h1>{t("widgets.title")}</h1>
      <p className="lead">{t("widgets.intro")}</p>
      <form className="form" onSubmit={(event) => event.preventDefault()}>
        <fieldset className="group choice-group">
          <legend>{t("widgets.which")}</legend>
          <div className="choices">
            {WIDGETS.map((name) => (
              <label key={name} className="choice">
                <input
                  type="radio"
                  name={`${id}-widget`}
                  value={name}
                  checked={widget === name}
                  onChange={() => setWidget(name)}
                />
                {t(`widgets.kinds.${name}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-town`}>{widget === "live" ? t("widgets.townRequired") : t("widgets.town")}</label>
          <PlaceCombobox
            id={`${id}-town`}
            value={townText}
            onChange={(text) => {
              setTownText(text);
              if (!text) setTown(null);
            }}
            onPick={(place) => {
              setTown(place);
              setTownText(placeLabel(place));
            }}
            maxLength={100}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-tags`}>{t("widgets.tags")}</label>
          <input id={`${id}-tags`} value={tags} maxLength={200} onChange={(event) => setTags(event.target.value)} />
        </div>
        {types.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-type`}>{t("widgets.type")}</label>
            <select id={`${id}-type`} value={type} onChange={(event) => setType(event.target.value)}>
              <option value="">{t("widgets.anyType")}</option>
              {types.map((value) => (
                <option key={value} value={value}>
                  {widget === "agenda"
                    ? t(`event.types.${value as (typeof EVENT_TYPES)[number]}`)
                    : t(`organization.types.${value as (typeof ORGANIZATION_TYPES)[number]}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-limit`}>{t("widgets.limit")}</label>
          <input
            id={`${id}-limit`}
            type="number"
            min={1}
            max={MAX_LIMIT}
            value={limit}
            onChange={(event) => setLimit(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t("widgets.language")}</label>
          <select id={`${id}-lang`} value={lang} onChange={(event) => setLang(event.target.value)}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-theme`}>{t("widgets.theme")}</label>
          <select
            id={`${id}-theme`}
            value={theme}
            onChange={(event) => setTheme(event.target.value as (typeof THEMES)[number])}
          >
            {THEMES.map((value) => (
              <option key={value} value={value}>
                {t(`widgets.themes.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-accent`}>{t("widgets.accent")}</label>
          <input id={`${id}-accent`} type="color" value={accent} onChange={(event) => setAccent(event.target.value)} />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={newTab} onChange={(event) => setNewTab(event.target.checked)} />
          {t("widgets.newTab")}
        </label>
      </form>
      <h2>{t("widgets.preview")}</h2>
      <iframe className="widget-preview" title={t("widgets.preview")} src={preview} width="100%" height="420" />
      <h2>{t("widgets.code")}</h2>
      <Snippet label={t("widgets.script")} code={snippet(origin, widget, attributes)} />
      <Snippet label={t("widgets.iframe")} code={iframeSnippet(origin, widget, attributes)} />
    </section>
  );
}
