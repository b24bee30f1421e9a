import { type Client, createClient } from "graphql-ws";
import { query } from "./api";
import { h } from "./dom";
import { CommunectWidget } from "./widget";

interface NewsItem {
  id: string;
  text: string;
  createdAt: string;
  author: { displayName: string; username: string } | null;
  wall: { kind: string; slug: string; name: string };
}

const NEWS = "id text createdAt author { displayName username } wall { kind slug name }";

const LIVE = `query WidgetLive($area: AreaInput!, $tags: [String!], $first: Int) {
  live(area: $area, tags: $tags, first: $first) { nodes { ${NEWS} } }
}`;
const NEWS_BY_ID = `query WidgetNews($id: ID!) { news(newsId: $id) { ${NEWS} } }`;
const CHANGES = `subscription WidgetLiveChanges($area: AreaInput!, $tags: [String!]) {
  liveNews(area: $area, tags: $tags) { change newsId }
}`;

/** Characters of a post shown before it is cut (the link leads to the whole of it). */
const EXCERPT = 280;

/**
 * `<communect-live>`: the public Live of an area, newest first, kept up to date through the
 * subscription API (an anonymous WebSocket: another site's socket never carries a session).
 */
export class CommunectLive extends CommunectWidget<NewsItem[]> {
  readonly widget = "live";
  private socket: Client | undefined;
  private items: NewsItem[] = [];

  protected get refreshes() {
    return false;
  }

  protected stop() {
    super.stop();
    void this.socket?.dispose();
    this.socket = undefined;
  }

  private get variables() {
    return { area: this.options.area, ...(this.options.tags.length ? { tags: this.options.tags } : {}) };
  }

  protected async load(): Promise<NewsItem[]> {
    // Twice as many as shown: items that only tell an element's activity have no text, and are left out.
    const data = await query<{ live: { nodes: NewsItem[] } }>(this.base, LIVE, {
      ...this.variables,
      first: Math.min(this.options.limit * 2, 100),
    });
    return data.live.nodes.filter((item) => item.text).slice(0, this.options.limit);
  }

  protected async showData(items: NewsItem[], generation: number) {
    this.items = items;
    this.show(this.render(items));
    if (!this.isCurrent(generation)) return;
    const url = new URL("/graphql", this.base);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    this.socket = createClient({ url: url.href, lazy: false, retryAttempts: Infinity });
    this.socket.subscribe<{ liveNews: { change: string; newsId: string } }>(
      { query: CHANGES, variables: this.variables },
      {
        next: ({ data }) => {
          if (data && this.isCurrent(generation))
            void this.change(data.liveNews.change, data.liveNews.newsId, generation);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }

  /** A post came, changed or went: the list follows (an item is read fresh, never from a cache). */
  private async change(change: string, newsId: string, generation: number) {
    const rest = this.items.filter((item) => item.id !== newsId);
    if (change === "REMOVED") {
      this.items = rest;
    } else {
      const data = await query<{ news: NewsItem | null }>(this.base, NEWS_BY_ID, { id: newsId }, { fresh: true }).catch(
        () => null,
      );
      if (!this.isCurrent(generation)) return;
      if (!data?.news?.text) this.items = rest;
      else if (change === "POSTED") this.items = [data.news, ...rest].slice(0, this.options.limit);
      else this.items = this.items.map((item) => (item.id === newsId ? data.news! : item));
    }
    this.show(this.render(this.items));
  }

  protected render(items: NewsItem[]): Node {
    if (items.length === 0) return this.empty();
    const format = new Intl.DateTimeFormat(this.options.lang, { dateStyle: "medium", timeStyle: "short" });
    return h(
      "ul",
      { "aria-live": "polite" },
      ...items.map((item) => {
        const text = item.text.length > EXCERPT ? `${item.text.slice(0, EXCERPT)}…` : item.text;
        const wallUrl = this.elementUrl(item.wall.kind, item.wall.slug);
        const where = item.wall.kind === "PERSON" ? wallUrl : `${wallUrl}/news`;
        const author = item.author && item.author.displayName !== item.wall.name ? item.author.displayName : null;
        const when = format.format(new Date(item.createdAt));
        return h(
          "li",
          {},
          this.link(where, item.wall.name, "name"),
          h("p", { class: "meta" }, author ? `${this.texts.from} ${author} · ${when}` : when),
          h("p", { class: "desc" }, text),
        );
      }),
    );
  }
}
