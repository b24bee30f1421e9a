import { IsEmail, IsEnum, IsOptional, Length, Matches, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { PASSWORD_MAX_LENGTH } from "./passwords";
import { Language } from "./person.entity";

export const USERNAME_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{1,28}[A-Za-z0-9])$/;
const USERNAME_RULE = "must be 3 to 30 letters, digits, '-' or '_', starting and ending with a letter or digit";
const NOT_BLANK = /\S/;

@InputType()
export class RegisterInput {
  @Field()
  @IsEmail({}, { message: "must be a valid e-mail address" })
  @MaxLength(254)
  email: string;

  @Field({ description: "At least 10 characters, not one of the most common passwords" })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @Field({ description: "Shown to others; a pseudonym is fine" })
  @Length(1, 80)
  @Matches(NOT_BLANK, { message: "must not be blank" })
  displayName: string;

  @Field({ description: "Unique handle used in URLs; stored in lower case" })
  @Matches(USERNAME_PATTERN, { message: USERNAME_RULE })
  username: string;

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;
}

@InputType()
export class LoginInput {
  @Field({ description: "E-mail address or username" })
  @Length(1, 254)
  login: string;

  @Field()
  @Length(1, PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @Length(1, 200)
  token: string;

  @Field()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @Length(1, PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}

@InputType()
export class ChangeEmailInput {
  @Field()
  @IsEmail({}, { message: "must be a valid e-mail address" })
  @MaxLength(254)
  newEmail: string;

  @Field()
  @Length(1, PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType()
export class DeleteAccountInput {
  @Field({ description: "The current password, to confirm" })
  @Length(1, PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType()
export class VerifyEmailInput {
  @Field({ description: "The token from the mailed link" })
  @Length(1, 200)
  token: string;
}

@InputType()
export class ResendVerificationInput {
  @Field()
  @IsEmail({}, { message: "must be a valid e-mail address" })
  @MaxLength(254)
  email: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail({}, { message: "must be a valid e-mail address" })
  @MaxLength(254)
  email: string;
}
