/** The browser's own time zone, which a new event starts in. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Every IANA zone the browser knows, with the browser's own first if it were missing. */
export function timeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  const own = browserTimeZone();
  return zones.includes(own) ? zones : [own, ...zones];
}

/** When an event happens, in its own zone: "samedi 5 décembre 2026, 19:00 – 22:00 (Europe/Paris)". */
export function formatEventTime(
  event: { startsAt: string; endsAt?: string | null; timeZone: string; allDay: boolean },
  language: string,
): string {
  const options: Intl.DateTimeFormatOptions = event.allDay
    ? { dateStyle: "full", timeZone: event.timeZone }
    : { dateStyle: "full", timeStyle: "short", timeZone: event.timeZone };
  const format = new Intl.DateTimeFormat(language, options);
  const start = new Date(event.startsAt);
  const range = event.endsAt ? format.formatRange(start, new Date(event.endsAt)) : format.format(start);
  return event.allDay ? range : `${range} (${event.timeZone})`;
}
