import { query } from "./api";
import { h } from "./dom";
import { type Item, searchItems } from "./lists";
import { CommunectWidget } from "./widget";

interface MapData {
  items: Item[];
  tiles: { urlTemplate: string; attribution: string | null } | null;
}

/**
 * `<communect-map>`: the located organizations and projects (or kinds asked) as markers, with the
 * same items as a list of links below (what keyboard and screen-reader users follow). Leaflet loads
 * with the first map only (its own chunk); without configured tiles the markers stand on a plain
 * background.
 */
export class CommunectMap extends CommunectWidget<MapData> {
  readonly widget = "map";
  private dispose: (() => void) | undefined;

  protected async load(): Promise<MapData> {
    const [items, instance] = await Promise.all([
      searchItems(this.base, this.options, this.options.limit),
      query<{ instance: { mapTiles: MapData["tiles"] } }>(
        this.base,
        "{ instance { mapTiles { urlTemplate attribution } } }",
        {},
      ).catch(() => ({ instance: { mapTiles: null } })),
    ]);
    return { items: items.filter((item) => item.location), tiles: instance.instance.mapTiles };
  }

  protected stop() {
    super.stop();
    this.dispose?.();
    this.dispose = undefined;
  }

  protected render(): Node {
    throw new Error("the map renders in showData");
  }

  protected async showData(data: MapData, generation: number) {
    if (data.items.length === 0) return this.show(this.empty());
    const container = h("div", { class: "map" });
    const list = h(
      "ul",
      { "aria-label": this.texts.markers },
      ...data.items.map((item) =>
        h(
          "li",
          {},
          this.link(this.elementUrl(item.kind, item.slug), item.name, "name"),
          item.address?.city ? h("p", { class: "meta" }, item.address.city) : null,
        ),
      ),
    );
    this.show(h("div", {}, container, list));
    const { drawMap } = await import("./map-view");
    if (!this.isCurrent(generation)) return;
    this.dispose?.();
    this.dispose = drawMap(this.root, container, data.items, data.tiles, (item) => ({
      href: this.elementUrl(item.kind, item.slug),
      target: this.options.target,
    }));
  }
}
