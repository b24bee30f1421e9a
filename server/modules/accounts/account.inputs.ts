import { says } from "../../graphql/validators";
import { IsEmail, IsEnum, IsOptional, Length, Matches, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { PASSWORD_MAX_LENGTH } from "./passwords";
import { Language } from "./person.entity";
import { EmailAddressScalar } from "../../graphql/scalars";

export const USERNAME_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{1,28}[A-Za-z0-9])$/;
const NOT_BLANK = /\S/;

@InputType({ description: "What a new account needs" })
export class RegisterInput {
  @Field(() => EmailAddressScalar, {
    description: "The e-mail address to verify and log in with; at most 254 characters",
  })
  @IsEmail({}, says("validation.email"))
  @MaxLength(254)
  email: string;

  @Field({ description: "At least 10 characters, not one of the most common passwords" })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @Field({ description: "Shown to others; a pseudonym is fine" })
  @Length(1, 80)
  @Matches(NOT_BLANK, says("validation.notBlank"))
  displayName: string;

  @Field({ description: "Unique handle used in URLs; stored in lower case" })
  @Matches(USERNAME_PATTERN, says("validation.username"))
  username: string;

  @Field(() => Language, { nullable: true, description: "Language of the interface and of mails; French by default" })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;
}

@InputType({ description: "Credentials to open a session" })
export class LoginInput {
  @Field({ description: "E-mail address or username" })
  @Length(1, 254)
  login: string;

  @Field({ description: "The account's password" })
  @Length(1, PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType({ description: "A password reset link's token and the new password" })
export class ResetPasswordInput {
  @Field({ description: "The token from the mailed reset link (valid for one hour)" })
  @Length(1, 200)
  token: string;

  @Field({ description: "The new password: at least 10 characters, not one of the most common passwords" })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType({ description: "The current password and the new one" })
export class ChangePasswordInput {
  @Field({ description: "The password in use, to confirm" })
  @Length(1, PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field({ description: "At least 10 characters, not one of the most common passwords" })
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}

@InputType({ description: "The new e-mail address, confirmed by the password" })
export class ChangeEmailInput {
  @Field(() => EmailAddressScalar, { description: "The address to switch to, once verified; at most 254 characters" })
  @IsEmail({}, says("validation.email"))
  @MaxLength(254)
  newEmail: string;

  @Field({ description: "The current password, to confirm" })
  @Length(1, PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType({ description: "Confirmation of an account deletion" })
export class DeleteAccountInput {
  @Field({ description: "The current password, to confirm" })
  @Length(1, PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType({ description: "An e-mail verification token" })
export class VerifyEmailInput {
  @Field({ description: "The token from the mailed link" })
  @Length(1, 200)
  token: string;
}

@InputType({ description: "The address that awaits a verification link" })
export class ResendVerificationInput {
  @Field(() => EmailAddressScalar, { description: "The address the account was registered (or changed) with" })
  @IsEmail({}, says("validation.email"))
  @MaxLength(254)
  email: string;
}

@InputType({ description: "The address of the account whose password is forgotten" })
export class RequestPasswordResetInput {
  @Field(() => EmailAddressScalar, { description: "The address of the account" })
  @IsEmail({}, says("validation.email"))
  @MaxLength(254)
  email: string;
}
