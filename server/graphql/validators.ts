import { IsUrl, Matches, MaxLength } from "class-validator";

export const WEB_URL = { protocols: ["http", "https"], require_protocol: true };
export const URL_MESSAGE = { message: "must be a web address starting with http:// or https://" };

/** Combines class-validator decorators into one, so a rule is written once. */
function all(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/** An http(s) address of at most 300 characters. */
export const IsWebUrl = () => all(IsUrl(WEB_URL, URL_MESSAGE), MaxLength(300));

/** A phone number as people write it: digits, spaces, + ( ) . - */
export const IsPhone = () =>
  Matches(/^\+?[0-9 ().-]{4,30}$/, { message: "must be a phone number: digits, spaces, + ( ) . -" });
