import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Field, Float, ID, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { Connection } from "../../graphql/connection";
import type { Context } from "../../graphql/context";
import { selectsField } from "../../graphql/selection";
import { Element } from "../elements/element.entity";
import { ElementKind } from "../elements/element.entity.kind";
import { nodeColumns } from "./search.columns";
import { MapMarkersArgs, SearchArgs, TagsArgs } from "./search.inputs";

const SearchConnection = Connection("Search", Element);

@ObjectType({ description: "A tag and how many elements carry it" })
class TagCount {
  @Field({ description: "The tag, in its most frequent spelling" })
  tag: string;

  @Field(() => Int, { description: "How many visible elements carry it" })
  count: number;
}

@ObjectType({ description: "One element on the map" })
class MapMarker {
  @Field(() => ID, { description: "The element's id" })
  id: string;

  @Field({ description: "The element's slug, for its page" })
  slug: string;

  @Field({ description: "The element's name" })
  name: string;

  @Field(() => ElementKind, { description: "Organization, project or event" })
  kind: ElementKind;

  @Field(() => Float, { description: "Degrees north" })
  latitude: number;

  @Field(() => Float, { description: "Degrees east" })
  longitude: number;
}

@ObjectType({ description: "Several elements close together on the map, shown as one" })
class MapCluster {
  @Field(() => Float, { description: "Mean latitude of its elements" })
  latitude: number;

  @Field(() => Float, { description: "Mean longitude of its elements" })
  longitude: number;

  @Field(() => Int, { description: "How many elements it holds" })
  count: number;
}

@ObjectType({ description: "What a map shows: markers when few, clusters when many (never both)" })
class MapView {
  @Field(() => Int, { description: "How many visible elements with a point are in the box" })
  total: number;

  @Field(() => [MapMarker], { description: "Each element, when there are few enough" })
  markers: MapMarker[];

  @Field(() => [MapCluster], { description: "Grid clusters whose counts add up to total, when there are many" })
  clusters: MapCluster[];
}

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description:
      "Organizations, projects and events matching filters that combine (kinds, types, stages, tags, text, area, " +
      "dates), in the chosen order; only what you may see",
  })
  search(@Args() args: SearchArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.search.search(ctx.viewer, args, {
      columns: nodeColumns(info.fieldNodes, info.fragments),
      counted: selectsField(info, "totalCount"),
    });
  }

  @Query(() => [TagCount], { description: "The most used tags, in an area and of a kind if given" })
  tags(@Args() args: TagsArgs, @Ctx() ctx: Context) {
    return ctx.services.search.tags(ctx.viewer, args);
  }

  @Query(() => MapView, { description: "Markers or clusters for a map's box and zoom, with the search's filters" })
  mapMarkers(@Args() args: MapMarkersArgs, @Ctx() ctx: Context) {
    return ctx.services.search.mapMarkers(ctx.viewer, args);
  }
}
