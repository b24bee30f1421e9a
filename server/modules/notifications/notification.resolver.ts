import { Repeater } from "@graphql-yoga/subscription";
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import { IsBoolean, IsOptional } from "class-validator";
import { Access } from "../../graphql/authorization";
import { Connection, DEFAULT_PAGE_SIZE, PageArgs } from "../../graphql/connection";
import type { Context } from "../../graphql/context";
import { Person } from "../accounts/person.entity";
import type { Element } from "../elements/element.entity";
import { ElementInterface } from "../elements/element.interface";
import { ElementPreview } from "../elements/element.preview";
import { News } from "../news/news.entity";
import { requireViewer } from "../policy/policy";
import { Notification } from "./notification.entity";
import { MarkNotificationsReadInput, SetMailDeliveryInput, SetNotificationLevelInput } from "./notification.inputs";
import { MailDelivery, NotificationKind, NotificationLevel } from "./notification.kinds";

export const NotificationConnection = Connection("Notification", Notification);

@ArgsType()
class NotificationsArgs extends PageArgs {
  @Field({ nullable: true, description: "Only the unread ones (false by default)" })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}

@ObjectType({ description: "When a kind of notification goes to you by mail" })
export class MailDeliverySetting {
  @Field(() => NotificationKind, { description: "The kind of notification" })
  kind: NotificationKind;

  @Field(() => MailDelivery, { description: "Your choice, or the kind's default until you choose" })
  delivery: MailDelivery;
}

@ObjectType({ description: "What you are notified of about an element you follow or joined" })
export class NotificationLevelSetting {
  elementId: string;

  @Field(() => NotificationLevel, { description: "EVERYTHING until you choose" })
  level: NotificationLevel;
}

@ObjectType({ description: "Your notification settings" })
export class NotificationSettings {
  personId: string;
}

/** Your notifications, their bell, and your choices of mail. */
@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => NotificationConnection, {
    description: "Your notifications, the most recently active first (a group comes back up as it grows)",
  })
  notifications(@Args() args: NotificationsArgs, @Ctx() ctx: Context) {
    return ctx.services.notifications.page(requireViewer(ctx), {
      first: args.first ?? DEFAULT_PAGE_SIZE,
      after: args.after,
      unreadOnly: args.unreadOnly ?? false,
    });
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => Int, { description: "How many of your notifications are unread (the bell's number)" })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return ctx.services.notifications.unreadCount(requireViewer(ctx).id);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => NotificationSettings, { description: "Your choices of mail per kind, and of level per element" })
  notificationSettings(@Ctx() ctx: Context): NotificationSettings {
    return { personId: requireViewer(ctx).id };
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => [Notification], { description: "Marks some of your notifications read" })
  markNotificationsRead(
    @Arg("input", { description: "Which notifications" }) input: MarkNotificationsReadInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.notifications.markRead(requireViewer(ctx), input.ids);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => Int, { description: "Marks all your notifications read; answers how many were unread" })
  markAllNotificationsRead(@Ctx() ctx: Context): Promise<number> {
    return ctx.services.notifications.markAllRead(requireViewer(ctx));
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => MailDeliverySetting, { description: "Chooses when a kind of notification goes to you by mail" })
  setMailDelivery(
    @Arg("input", { description: "The kind and the delivery" }) input: SetMailDeliveryInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.notifications.setDelivery(requireViewer(ctx), input.kind, input.delivery);
  }

  @Authorized(Access.SIGNED_IN)
  @Mutation(() => NotificationLevelSetting, { description: "Chooses what you are notified of about an element" })
  setNotificationLevel(
    @Arg("input", { description: "The element and the level" }) input: SetNotificationLevelInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.notifications.setLevel(requireViewer(ctx), input.elementId, input.level);
  }

  @Authorized(Access.SIGNED_IN)
  @Subscription(() => Int, {
    description: "Your unread notification count: at once, then each time your notifications change",
    subscribe: ({ context }) => {
      const ctx = context as Context;
      const personId = requireViewer(ctx).id;
      return startingWith({ personId }, ctx.services.events.subscribe("NOTIFICATIONS_CHANGED", personId));
    },
  })
  unreadNotificationCountChanged(@Root() payload: { personId: string }, @Ctx() ctx: Context): Promise<number> {
    // Each event has a fresh context: the session was checked, the count is read afresh.
    return ctx.services.notifications.unreadCount(payload.personId);
  }

  @FieldResolver(() => Boolean, { description: "You have read it" })
  read(@Root() notification: Notification): boolean {
    return notification.readAt !== null;
  }

  @FieldResolver(() => ElementInterface, {
    nullable: true,
    description:
      "The element it is about (for a mention of an element, the one mentioned; for an invitation to a private element, its public face); null for none",
  })
  async element(@Root() notification: Notification, @Ctx() ctx: Context): Promise<Element | ElementPreview | null> {
    if (!notification.elementId) return null;
    const visible = await ctx.loaders.visibleElement.load(notification.elementId);
    if (visible) return visible;
    const inviting = await ctx.loaders.invitingElement.load(notification.elementId);
    return inviting && ElementPreview.of(inviting);
  }

  @FieldResolver(() => News, {
    nullable: true,
    description: "The latest news item it is about (mentions, comments, wall posts); null for other kinds",
  })
  news(@Root() notification: Notification, @Ctx() ctx: Context): Promise<News | null> | null {
    return notification.newsId ? ctx.loaders.news.visibleNews.load(notification.newsId) : null;
  }

  @FieldResolver(() => [Person], { description: "Who acted, the latest first (up to 5)" })
  async actors(@Root() notification: Notification, @Ctx() ctx: Context): Promise<Person[]> {
    const people = await ctx.loaders.personById.loadMany(notification.actorIds);
    return people.filter((person): person is Person => person instanceof Person);
  }
}

@Resolver(() => NotificationSettings)
export class NotificationSettingsResolver {
  @FieldResolver(() => [MailDeliverySetting], { description: "Every kind with its mail delivery" })
  deliveries(@Root() settings: NotificationSettings, @Ctx() ctx: Context) {
    return ctx.services.notifications.deliveries(settings.personId);
  }

  @FieldResolver(() => [NotificationLevelSetting], {
    description: "The elements you follow or are in (the 100 most recent) with your level for each",
  })
  async elements(@Ctx() ctx: Context) {
    const levels = await ctx.services.notifications.levels(requireViewer(ctx));
    const elements = await ctx.loaders.visibleElement.loadMany(levels.map((l) => l.elementId));
    return levels.filter((_, i) => elements[i] && !(elements[i] instanceof Error));
  }
}

@Resolver(() => NotificationLevelSetting)
export class NotificationLevelResolver {
  @FieldResolver(() => ElementInterface, { description: "The organization, project or event" })
  element(@Root() setting: NotificationLevelSetting, @Ctx() ctx: Context) {
    return ctx.loaders.visibleElement.load(setting.elementId);
  }
}

export const notificationResolvers = [
  NotificationResolver,
  NotificationSettingsResolver,
  NotificationLevelResolver,
] as const;

/**
 * `first`, then the events of `rest`: a subscriber learns the current state at once (and a
 * client knows its subscription is live). The listener is attached before `first` is sent, so
 * no change falls between.
 */
function startingWith<T>(first: T, rest: AsyncIterable<T>): AsyncIterable<T> {
  return new Repeater<T>(async (push, stop) => {
    const iterator = rest[Symbol.asyncIterator]();
    void stop.then(() => iterator.return?.());
    const pending = iterator.next();
    await push(first);
    for (let next = await pending; !next.done; next = await iterator.next()) await push(next.value);
    stop();
  });
}
