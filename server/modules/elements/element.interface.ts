import { Field, ID, Int, InterfaceType } from "type-graphql";
import { Media } from "../media/media.entity";
import { ElementKind } from "./element.entity.kind";

const TYPE_NAMES: Record<ElementKind, string> = {
  [ElementKind.PERSON]: "Person",
  [ElementKind.ORGANIZATION]: "Organization",
  [ElementKind.PROJECT]: "Project",
  [ElementKind.EVENT]: "Event",
};

/**
 * What every element of the graph has, people included: a page with a slug, a name, a
 * description, tags, an image and followers. Organizations, projects and events add
 * a community, settings and a history (the CommunityElement interface).
 */
@InterfaceType("Element", {
  description: "A person, an organization, a project or an event",
  resolveType: (value: { kind?: ElementKind; username?: string }) =>
    value.username !== undefined ? "Person" : TYPE_NAMES[value.kind!],
})
export abstract class ElementInterface {
  @Field(() => ID)
  id: string;

  @Field(() => ElementKind)
  kind: ElementKind;

  @Field({ description: "Readable, stable and unique among its kind: used in URLs (a person's username)" })
  slug: string;

  @Field({ description: "A person's display name" })
  name: string;

  @Field(() => String, { nullable: true })
  shortDescription: string | null;

  @Field(() => String, { nullable: true, description: "Markdown" })
  description: string | null;

  @Field(() => String, { nullable: true, description: "The description as sanitized HTML" })
  descriptionHtml?: string | null;

  @Field(() => [String])
  tags: string[];

  @Field(() => Media, { nullable: true })
  image?: Media | null;

  @Field(() => Int)
  followerCount?: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

export { TYPE_NAMES as ELEMENT_TYPE_NAMES };
