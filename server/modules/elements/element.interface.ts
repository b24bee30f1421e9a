import { Ctx, Field, FieldResolver, ID, Int, InterfaceType, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { UrlScalar } from "../../graphql/scalars";
import { Media } from "../media/media.entity";
import { ElementKind } from "./element.entity.kind";

const TYPE_NAMES: Record<ElementKind, string> = {
  [ElementKind.PERSON]: "Person",
  [ElementKind.ORGANIZATION]: "Organization",
  [ElementKind.PROJECT]: "Project",
  [ElementKind.EVENT]: "Event",
};

/** Marks the public face of an element (ElementPreview), told apart from the element itself. */
export const PREVIEW = Symbol("preview");

/**
 * What every element of the graph has, people included: a page with a slug, a name, a
 * description, tags, an image and followers. Organizations, projects and events add
 * a community, settings and a history (the CommunityElement interface).
 */
@InterfaceType("Element", {
  description: "A person, an organization, a project or an event",
  resolveType: (value: { kind?: ElementKind; username?: string; [PREVIEW]?: true }) =>
    value[PREVIEW] ? "ElementPreview" : value.username !== undefined ? "Person" : TYPE_NAMES[value.kind!],
})
export abstract class ElementInterface {
  @Field(() => ID, { description: "Stable identifier, the same in every export" })
  id: string;

  @Field(() => ElementKind, { description: "Whether this is a person, an organization, a project or an event" })
  kind: ElementKind;

  @Field({ description: "Readable, stable and unique among its kind: used in URLs (a person's username)" })
  slug: string;

  @Field(() => UrlScalar, {
    description: "Its public page on this instance (the instance's address and the web app's path)",
  })
  url?: string;

  @Field({ description: "The name shown on its page: a person's display name, an organization's name…" })
  name: string;

  @Field(() => String, { nullable: true, description: "One sentence shown in lists and cards" })
  shortDescription: string | null;

  @Field(() => String, { nullable: true, description: "Markdown" })
  description: string | null;

  @Field(() => String, { nullable: true, description: "The description as sanitized HTML" })
  descriptionHtml?: string | null;

  @Field(() => [String], { description: "Keywords chosen by the element's editors" })
  tags: string[];

  @Field(() => Media, { nullable: true, description: "The avatar of a person, the logo or picture of an element" })
  image?: Media | null;

  @Field(() => Int, { nullable: true, description: "How many follow it; null in an ElementPreview" })
  followerCount?: number | null;

  @Field({ description: "When it was created" })
  createdAt: Date;

  @Field({
    description: "When it last changed, as far as you may tell: changes to fields hidden from you do not count",
  })
  updatedAt: Date;
}

export { TYPE_NAMES as ELEMENT_TYPE_NAMES };

/** The web app's path of each kind's pages (client/src/routes.tsx). */
const PAGE_PATHS: Record<ElementKind, string> = {
  [ElementKind.PERSON]: "people",
  [ElementKind.ORGANIZATION]: "organizations",
  [ElementKind.PROJECT]: "projects",
  [ElementKind.EVENT]: "events",
};

/** An element's public page address: PUBLIC_URL, its kind's path and its slug (a person's username). */
export function elementUrl(publicUrl: string, element: { kind?: ElementKind; slug?: string; username?: string }) {
  const isPerson = element.username !== undefined;
  const kind = isPerson ? ElementKind.PERSON : element.kind!;
  const slug = isPerson ? element.username! : element.slug!;
  return `${publicUrl}/${PAGE_PATHS[kind]}/${encodeURIComponent(slug)}`;
}

/** Fields every element resolves alike, inherited by each type implementing the interface. */
@Resolver(() => ElementInterface)
export class ElementInterfaceResolver {
  @FieldResolver(() => UrlScalar, {
    description: "Its public page on this instance (the instance's address and the web app's path)",
  })
  url(@Root() element: { kind?: ElementKind; slug?: string; username?: string }, @Ctx() ctx: Context): string {
    return elementUrl(ctx.services.publicUrl, element);
  }
}
