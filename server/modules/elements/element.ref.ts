import { IsOptional, IsUUID, Length } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";
import { InvalidInput } from "../../graphql/errors";
import { says } from "../../graphql/validators";

/** Which element a lookup names: by id or by slug, never both. */
export type ElementWhere = { id: string; slug?: undefined } | { slug: string; id?: undefined };

/** "An element by id or by slug": the arguments of every lookup of an element (`element`, `organization`…). */
@ArgsType()
export class ElementRefArgs {
  @Field(() => ID, { nullable: true, description: "Give either id or slug" })
  @IsOptional()
  @IsUUID("all", says("validation.elementId"))
  id?: string;

  @Field({ nullable: true, description: "Give either id or slug (a person's slug is their username)" })
  @IsOptional()
  @Length(1, 80)
  slug?: string;
}

/**
 * The one element a reference names. Both or neither is refused, rather than one silently
 * winning: a client sending both could not know which one was used.
 */
export function elementWhere({ id, slug }: { id?: string | null; slug?: string | null }): ElementWhere {
  if (id != null && slug != null) throw new InvalidInput([{ field: "id", key: "input.idAndSlug" }]);
  if (id != null) return { id };
  if (slug != null) return { slug };
  throw new InvalidInput([{ field: "id", key: "input.idOrSlug" }]);
}
