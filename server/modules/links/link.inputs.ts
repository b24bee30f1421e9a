import { says } from "../../graphql/validators";
import { ArrayMaxSize, IsEmail, IsEnum, IsOptional, IsUUID, Length, Matches, MaxLength } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "../../graphql/connection";
import { LinkState } from "./link.entity";
import { EmailAddressScalar } from "../../graphql/scalars";

const ELEMENT_ID = says("validation.elementId");
const PERSON_ID = says("validation.personId");
const ORGANIZATION_ID = says("validation.organizationId");

export const ROLES_MAX = 10;
export const ROLE_LENGTH = { min: 1, max: 40 };

@InputType({ description: "Exactly one of elementId and personId" })
export class FollowTargetInput {
  @Field(() => ID, { nullable: true, description: "The organization, project or event to follow" })
  @IsOptional()
  @IsUUID("all", ELEMENT_ID)
  elementId?: string | null;

  @Field(() => ID, { nullable: true, description: "The person to follow" })
  @IsOptional()
  @IsUUID("all", PERSON_ID)
  personId?: string | null;
}

@InputType({ description: "The element to join, and the organization joining when not yourself" })
export class JoinElementInput {
  @Field(() => ID, { description: "The organization, project or event" })
  @IsUUID("all", ELEMENT_ID)
  elementId: string;

  @Field(() => ID, {
    nullable: true,
    description: "Join in the name of an organization you administer (a member of a network)",
  })
  @IsOptional()
  @IsUUID("all", ORGANIZATION_ID)
  organizationId?: string | null;
}

@InputType({ description: "Exactly one of personId and organizationId" })
export abstract class ElementMemberInput {
  @Field(() => ID, { description: "The organization, project or event" })
  @IsUUID("all", ELEMENT_ID)
  elementId: string;

  @Field(() => ID, { nullable: true, description: "The person to add or invite" })
  @IsOptional()
  @IsUUID("all", PERSON_ID)
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: "An organization, to make it a member of a network" })
  @IsOptional()
  @IsUUID("all", ORGANIZATION_ID)
  organizationId?: string | null;
}

@InputType({
  description: "The element, and the person or organization to add: exactly one of personId and organizationId",
})
export class AddToElementInput extends ElementMemberInput {}

@InputType({
  description: "The element, and the person or organization to invite: exactly one of personId and organizationId",
})
export class InviteToElementInput extends ElementMemberInput {}

@InputType({ description: "A link: an invitation, a request or a member's place" })
export class LinkIdInput {
  @Field(() => ID, { description: "The link's id" })
  @IsUUID("all", says("validation.linkId"))
  linkId: string;
}

@InputType({ description: "The community to leave, and a successor when you are its last administrator" })
export class LeaveElementInput extends JoinElementInput {
  @Field(() => ID, {
    nullable: true,
    description: "Required from the last administrator: a member who becomes administrator instead",
  })
  @IsOptional()
  @IsUUID("all", PERSON_ID)
  successorId?: string | null;
}

@InputType({ description: "The element to administer" })
export class RequestAdministrationInput {
  @Field(() => ID, { description: "The organization, project or event" })
  @IsUUID("all", ELEMENT_ID)
  elementId: string;
}

@InputType({ description: "The element you stop administering, and a successor when you are its last administrator" })
export class StepDownInput extends RequestAdministrationInput {
  @Field(() => ID, {
    nullable: true,
    description: "Required from the last administrator: a member who becomes administrator instead",
  })
  @IsOptional()
  @IsUUID("all", PERSON_ID)
  successorId?: string | null;
}

@InputType({ description: "A member's link and its new roles" })
export class SetRolesInput extends LinkIdInput {
  @Field(() => [String], {
    description: `At most ${ROLES_MAX} labels of ${ROLE_LENGTH.min} to ${ROLE_LENGTH.max} characters; replaces the current ones`,
  })
  @ArrayMaxSize(ROLES_MAX, says("validation.roleCount"))
  @Length(ROLE_LENGTH.min, ROLE_LENGTH.max, says("validation.roleLength", { each: true }))
  @Matches(/\S/, says("validation.roleBlank", { each: true }))
  roles: string[];
}

@InputType({ description: "The element, and the e-mail address to invite" })
export class InviteByEmailInput {
  @Field(() => ID, { description: "The organization, project or event to invite to" })
  @IsUUID("all", ELEMENT_ID)
  elementId: string;

  @Field(() => EmailAddressScalar, { description: "The address the invitation is mailed to; at most 254 characters" })
  @IsEmail({}, says("validation.email"))
  @MaxLength(254)
  email: string;
}

@ArgsType()
export class CommunityArgs extends PageArgs {
  @Field(() => LinkState, {
    defaultValue: LinkState.ACTIVE,
    description: "Active entries (the default), or pending requests or invitations",
  })
  @IsEnum(LinkState)
  state: LinkState;

  @Field(() => String, { nullable: true, description: "Only entries with this role" })
  @IsOptional()
  @Length(ROLE_LENGTH.min, ROLE_LENGTH.max)
  role?: string | null;
}

@ArgsType()
export class MembershipArgs extends PageArgs {
  @Field(() => LinkState, {
    defaultValue: LinkState.ACTIVE,
    description: "Pending requests and invitations are listed only to the person themselves",
  })
  @IsEnum(LinkState)
  state: LinkState;
}
