import { Ctx, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Media } from "../media/media.entity";
import type { Element } from "./element.entity";
import { ElementInterface, PREVIEW } from "./element.interface";
import type { ElementKind } from "./element.entity.kind";
import { renderMarkdown } from "./markdown";

/**
 * The public face of an element: what someone invited to a private element sees of it, so as
 * to decide. A type of its own, so that nothing else of the element (community, follows,
 * contacts, settings, history, events…) can be reached through it, whatever a query asks.
 */
@ObjectType("ElementPreview", {
  implements: ElementInterface,
  description:
    "The public face of a private element that invites you (name, descriptions, image, kind, slug), to decide " +
    "whether to accept: nothing of its community, contacts or history",
})
export class ElementPreview {
  readonly [PREVIEW] = true;

  id: string;
  kind: ElementKind;
  slug: string;
  name: string;
  shortDescription: string | null;
  description: string | null;
  tags: string[];
  imageId: string | null;
  createdAt: Date;
  updatedAt: Date;

  static of(element: Element): ElementPreview {
    const { id, kind, slug, name, shortDescription, description, tags, imageId, createdAt, updatedAt } = element;
    return Object.assign(new ElementPreview(), {
      id,
      kind,
      slug,
      name,
      shortDescription,
      description,
      tags,
      imageId,
      createdAt,
      updatedAt,
    });
  }
}

@Resolver(() => ElementPreview)
export class ElementPreviewResolver {
  @FieldResolver(() => String, { nullable: true, description: "The description as sanitized HTML" })
  descriptionHtml(@Root() preview: ElementPreview): string | null {
    return renderMarkdown(preview.description);
  }

  @FieldResolver(() => Media, { nullable: true, description: "Logo or banner" })
  image(@Root() preview: ElementPreview, @Ctx() ctx: Context): Promise<Media | null> | null {
    return preview.imageId ? ctx.loaders.mediaById.load(preview.imageId) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: "Not shown in a preview" })
  followerCount(): null {
    return null;
  }
}
