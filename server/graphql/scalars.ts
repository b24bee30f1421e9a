import { GraphQLError, GraphQLScalarType, type ValueNode } from "graphql";
import { GraphQLEmailAddress, GraphQLLocalDate, GraphQLTimeZone, GraphQLURL } from "graphql-scalars";
import { MESSAGES, type MessageKey } from "./messages";

/**
 * graphql-scalars' types, checked as they are, refused with the short message our input
 * validation uses ("must be …"); formatError then names the field (BAD_USER_INPUT, `fields`).
 * Values stay strings, as written: graphql-scalars' URL would parse into a URL object and
 * print it back with a slash added, so ours keeps the text it checked.
 */
function described(scalar: GraphQLScalarType, key: MessageKey, description?: string): GraphQLScalarType {
  const message = MESSAGES[key];
  const config = { ...scalar.toConfig(), ...(description ? { description } : {}) };
  const check = <T>(parse: () => T): T => {
    try {
      return parse();
    } catch {
      throw new GraphQLError(message);
    }
  };
  return new GraphQLScalarType({
    ...config,
    serialize: (value) => (value === null ? null : String(value)),
    parseValue: (value) => {
      check(() => config.parseValue!(value));
      return value;
    },
    parseLiteral: (ast: ValueNode, variables) => {
      check(() => config.parseLiteral!(ast, variables));
      return ast.kind === "StringValue" ? ast.value : null;
    },
  });
}

export const EmailAddressScalar = described(GraphQLEmailAddress, "validation.email");
export const LocalDateScalar = described(GraphQLLocalDate, "validation.date");
export const TimeZoneScalar = described(GraphQLTimeZone, "validation.timeZone");
export const UrlScalar = described(
  GraphQLURL,
  "validation.webUrl",
  "An absolute URL (RFC 3986), returned as it was written; the addresses people give start with http:// or https://",
);
