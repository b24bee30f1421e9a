import { query } from "./api";
import { h } from "./dom";
import type { Area, Options } from "./options";
import { CommunectWidget, NotShown } from "./widget";

/** What the lists and the map show of an organization, project or event. */
export interface Item {
  id: string;
  kind: "ORGANIZATION" | "PROJECT" | "EVENT";
  slug: string;
  name: string;
  shortDescription: string | null;
  address: { city: string | null } | null;
  location: { latitude: number; longitude: number } | null;
  startsAt?: string;
  endsAt?: string;
  allDay?: boolean;
  timeZone?: string;
}

const ITEM = `id kind slug name shortDescription address { city } location { latitude longitude }
  ... on Event { startsAt endsAt allDay timeZone }`;

const SEARCH = `query Widget($filter: SearchFilter, $sort: SearchSort, $first: Int) {
  search(filter: $filter, sort: $sort, first: $first) { nodes { ${ITEM} } }
}`;

const ORGANIZATION_EVENTS = `query WidgetOrganizationEvents($slug: String!, $first: Int) {
  organization(slug: $slug) { events(first: $first) { nodes { ${ITEM} } } }
}`;

/** The discovery query's filter for these options (see `search` in the schema). */
export function searchFilter(options: Options, kinds: Options["kinds"]): Record<string, unknown> {
  const area: Area | null = options.area;
  const events = kinds.length === 1 && kinds[0] === "EVENT";
  return {
    kinds,
    ...(area ? { area } : {}),
    ...(options.tags.length ? { tags: options.tags } : {}),
    ...(options.types.length ? { [events ? "eventTypes" : "organizationTypes"]: options.types } : {}),
    ...(events ? { dates: { preset: "UPCOMING" } } : {}),
  };
}

export async function searchItems(base: string, options: Options, first: number): Promise<Item[]> {
  const events = options.kinds.length === 1 && options.kinds[0] === "EVENT";
  const data = await query<{ search: { nodes: Item[] } }>(base, SEARCH, {
    filter: searchFilter(options, options.kinds),
    sort: events ? "DATE" : "NAME",
    first,
  });
  return data.search.nodes;
}

/** The cards of a list. */
abstract class ListWidget extends CommunectWidget<Item[]> {
  protected render(items: Item[]): Node {
    if (items.length === 0) return this.empty();
    return h("ul", {}, ...items.map((item) => this.card(item)));
  }

  protected card(item: Item): HTMLLIElement {
    const meta = [this.when(item), item.address?.city].filter(Boolean).join(" · ");
    return h(
      "li",
      {},
      this.link(this.elementUrl(item.kind, item.slug), item.name, "name"),
      meta ? h("p", { class: "meta" }, meta) : null,
      item.shortDescription ? h("p", { class: "desc" }, item.shortDescription) : null,
    );
  }

  protected when(item: Item): string | null {
    if (!item.startsAt) return item.kind === "EVENT" ? null : this.texts.kinds[item.kind];
    const format = new Intl.DateTimeFormat(this.options.lang, {
      dateStyle: "full",
      ...(item.allDay ? {} : { timeStyle: "short" }),
      timeZone: item.timeZone,
    });
    return format.format(new Date(item.startsAt));
  }
}

/** `<communect-agenda>`: upcoming events, soonest first, of an area or of one organization. */
export class CommunectAgenda extends ListWidget {
  readonly widget = "agenda";

  protected async load(): Promise<Item[]> {
    if (!this.options.organization) return searchItems(this.base, this.options, this.options.limit);
    const data = await query<{ organization: { events: { nodes: Item[] } } | null }>(this.base, ORGANIZATION_EVENTS, {
      slug: this.options.organization,
      first: this.options.limit,
    });
    if (!data.organization) throw new NotShown(this.texts.unknownOrganization);
    return data.organization.events.nodes;
  }
}

/** `<communect-directory>`: organizations and projects (or the kinds asked), by name. */
export class CommunectDirectory extends ListWidget {
  readonly widget = "directory";

  protected load(): Promise<Item[]> {
    return searchItems(this.base, this.options, this.options.limit);
  }
}
