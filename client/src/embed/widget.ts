import { ApiError, query } from "./api";
import { h } from "./dom";
import { ATTRIBUTES, type Options, readOptions, type Widget } from "./options";
import { WIDGET_CSS } from "./styles";
import { problemLines, TEXTS, type Texts } from "./texts";

/** The lists and the map read the API again this often (answers are cached a minute on the way). */
export const REFRESH_MS = 5 * 60_000;

/** Known licences, by their SPDX id as `instance { dataLicence }` gives it. */
const LICENCE_URLS: Record<string, string> = {
  "ODbL-1.0": "https://opendatacommons.org/licenses/odbl/1-0/",
  "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
  "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
  "etalab-2.0": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
};

let sheet: CSSStyleSheet | undefined;
/** One constructed style sheet for every widget (allowed by content security policies that refuse inline styles). */
function styleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_CSS);
  }
  return sheet;
}

const licences = new Map<string, Promise<string | null>>();
/** The instance's data licence, read once per instance; null when it cannot be read (the line then names Communect only). */
function dataLicence(base: string): Promise<string | null> {
  if (!licences.has(base)) {
    licences.set(
      base,
      query<{ instance: { dataLicence: string } }>(base, "{ instance { dataLicence } }", {})
        .then((data) => data.instance.dataLicence)
        .catch(() => null),
    );
  }
  return licences.get(base)!;
}

/**
 * What every widget shares: a shadow root, options read from the attributes (a readable message
 * for bad ones), loading, empty and error states, the attribution line, and a refresh timer.
 * Subclasses say what to read (`load`) and how to show it (`render`).
 */
export abstract class CommunectWidget<T> extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];
  abstract readonly widget: Widget;
  /** The Communect instance the script came from. */
  static base = "";
  protected options!: Options;
  protected texts: Texts = TEXTS.fr;
  protected readonly root: ShadowRoot;
  private timer: ReturnType<typeof setInterval> | undefined;
  private generation = 0;
  private scheduled = false;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: "open" });
    this.root.adoptedStyleSheets = [styleSheet()];
  }

  get base(): string {
    return (this.constructor as typeof CommunectWidget).base;
  }

  connectedCallback() {
    this.schedule();
  }

  disconnectedCallback() {
    this.stop();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.schedule();
  }

  /** Several attributes set in a row start one load. */
  private schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (this.isConnected) void this.start();
    });
  }

  /** Whether a load started for `generation` still belongs to the current configuration. */
  protected isCurrent(generation: number): boolean {
    return generation === this.generation;
  }

  protected stop() {
    clearInterval(this.timer);
    this.timer = undefined;
    this.generation += 1;
  }

  /** Refreshes periodically; the Live follows its subscription instead. */
  protected get refreshes(): boolean {
    return true;
  }

  private async start() {
    this.stop();
    const generation = this.generation;
    const language = this.closest("[lang]")?.getAttribute("lang") ?? document.documentElement.lang ?? "fr";
    const read = readOptions(
      this.widget,
      (name) => this.getAttribute(name),
      language,
      (value) => CSS.supports("color", value),
    );
    this.texts =
      TEXTS[("options" in read ? read.options.lang : language.startsWith("en") ? "en" : "fr") as "fr" | "en"];
    if (!("options" in read)) {
      this.dataset.theme = "auto";
      this.show(
        h(
          "div",
          { class: "problem", role: "alert" },
          h("p", {}, this.texts.problems),
          h("ul", {}, ...problemLines(this.texts, read.problems).map((line) => h("li", {}, line))),
        ),
      );
      return;
    }
    this.options = read.options;
    this.dataset.theme = read.options.theme;
    if (read.options.accent) this.style.setProperty("--cx-accent", read.options.accent);
    else this.style.removeProperty("--cx-accent");
    this.show(h("p", { class: "state", role: "status" }, this.texts.loading));
    await this.refresh(generation);
    if (this.refreshes && generation === this.generation) {
      this.timer = setInterval(() => void this.refresh(generation), REFRESH_MS);
    }
  }

  /** Reads and shows the data again; a late answer of an older configuration is dropped. */
  protected async refresh(generation: number) {
    try {
      const data = await this.load();
      if (generation !== this.generation) return;
      await this.showData(data, generation);
    } catch (error) {
      if (generation !== this.generation) return;
      const message = error instanceof NotShown ? error.message : this.texts.failed;
      if (!(error instanceof ApiError) && !(error instanceof NotShown)) console.error(error);
      this.show(h("p", { class: "state", role: "alert" }, message));
    }
  }

  protected async showData(data: T, _generation: number) {
    this.show(this.render(data));
  }

  protected abstract load(): Promise<T>;
  protected abstract render(data: T): Node;

  /** Replaces the widget's content: a titled region with the attribution line. */
  protected show(content: Node) {
    const title = this.texts.title[this.widget];
    const footer = h("footer", {}, `${this.texts.data} `, this.link(this.base, "Communect"));
    void dataLicence(this.base).then((licence) => {
      if (!licence) return;
      const url = LICENCE_URLS[licence];
      footer.append(` · ${this.texts.licence} `, url ? this.link(url, licence) : licence);
    });
    this.root.replaceChildren(
      h("section", { class: "cx", "aria-label": `${title} — Communect` }, h("h2", {}, title), content, footer),
    );
  }

  /** A link, opening where the `target` attribute says (a new tab by default, told to screen readers). */
  protected link(href: string, text: string, className?: string): HTMLAnchorElement {
    const target = this.options?.target ?? "_blank";
    const newTab = target === "_blank";
    return h(
      "a",
      { href, class: className, ...(newTab ? { target: "_blank", rel: "noopener" } : {}) },
      text,
      newTab ? h("span", { class: "sr-only" }, this.texts.newTab) : null,
    );
  }

  /** The page of an element on Communect. */
  protected elementUrl(kind: string, slug: string): string {
    const paths: Record<string, string> = {
      ORGANIZATION: "organizations",
      PROJECT: "projects",
      EVENT: "events",
      PERSON: "people",
    };
    return new URL(`/${paths[kind] ?? "organizations"}/${encodeURIComponent(slug)}`, this.base).href;
  }

  protected empty(): Node {
    return h("p", { class: "state" }, this.texts.empty[this.widget]);
  }
}

/** A failure the widget tells as it is (an unknown organization…), rather than as "unavailable". */
export class NotShown extends Error {}
