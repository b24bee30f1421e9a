import { IsOptional, Length, Matches } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import type { DataSource } from "typeorm";
import { DEFAULT_PAGE_SIZE, newestFirst, PageArgs, type Page } from "../../graphql/connection";
import { Person } from "../accounts/person.entity";
import { directoryShowsSql } from "../policy/visibility";

export const MAX_SEARCH_LENGTH = 80;

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: `Part of a display name or username, 1 to ${MAX_SEARCH_LENGTH} characters (any case)`,
  })
  @IsOptional()
  @Length(1, MAX_SEARCH_LENGTH)
  @Matches(/\S/, { message: "must not be blank" })
  search?: string;
}

const PEOPLE_ORDER = newestFirst<Person>("people", "person");

/** `%`, `_` and `\` stand for themselves in a search, not for LIKE's wildcards. */
function likePattern(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * The people directory: verified accounts whose directory setting shows them to the viewer
 * (public, or contacts and the viewer is one, or the viewer themselves), newest first.
 */
export function listPeople(
  dataSource: DataSource,
  viewer: Person | null,
  { search, first, after }: PeopleArgs,
): Promise<Page<Person>> {
  const [shown, parameters] = directoryShowsSql("person.id", viewer?.id ?? null);
  const query = dataSource
    .getRepository(Person)
    .createQueryBuilder("person")
    .where("person.email_verified_at IS NOT NULL")
    .andWhere(shown, parameters);
  if (search) {
    query.andWhere("(person.display_name ILIKE :pattern OR person.username ILIKE :pattern)", {
      pattern: likePattern(search),
    });
  }
  return PEOPLE_ORDER.read(query, first ?? DEFAULT_PAGE_SIZE, after);
}
