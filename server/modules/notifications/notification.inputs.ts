import { ArrayMaxSize, ArrayMinSize, IsEnum, IsUUID } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { says } from "../../graphql/validators";
import { MailDelivery, NotificationKind, NotificationLevel } from "./notification.kinds";

/** Notifications marked read at once, at most. */
export const MARK_READ_MAX = 100;

@InputType({ description: "Notifications to mark read" })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { description: `1 to ${MARK_READ_MAX} of your notifications` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MARK_READ_MAX)
  @IsUUID("all", says("validation.notificationId", { each: true }))
  ids: string[];
}

@InputType({ description: "When a kind of notification goes to you by mail" })
export class SetMailDeliveryInput {
  @Field(() => NotificationKind, { description: "The kind of notification" })
  @IsEnum(NotificationKind)
  kind: NotificationKind;

  @Field(() => MailDelivery, { description: "At once, in the daily digest, or never" })
  @IsEnum(MailDelivery)
  delivery: MailDelivery;
}

@InputType({ description: "What you are notified of about an element" })
export class SetNotificationLevelInput {
  @Field(() => ID, { description: "The organization, project or event (one you may see)" })
  @IsUUID("all", says("validation.elementId"))
  elementId: string;

  @Field(() => NotificationLevel, { description: "Everything, important only, or nothing" })
  @IsEnum(NotificationLevel)
  level: NotificationLevel;
}
