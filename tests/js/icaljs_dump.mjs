// Parse an iCalendar file with Mozilla's ical.js and print what a client sees, as JSON.
//
// Usage: node icaljs_dump.mjs PATH/TO/ical.js < calendar.ics
// Every VTIMEZONE in the file is registered first, as Thunderbird does, so a
// TZID without its VTIMEZONE shows up as a floating time.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const [icalPath] = process.argv.slice(2);
const { default: ICAL } = await import(pathToFileURL(join(icalPath, "dist", "ical.js")).href);

const text = readFileSync(0, "utf8");
const calendar = new ICAL.Component(ICAL.parse(text));

const zones = calendar.getAllSubcomponents("vtimezone").map((vtimezone) => {
  const zone = new ICAL.Timezone(vtimezone);
  ICAL.TimezoneService.register(zone.tzid, zone);
  return zone.tzid;
});

function moment(time) {
  if (!time) return null;
  return {
    utc: time.isDate ? null : time.toJSDate().toISOString(),
    local: time.toString(),
    zone: time.zone ? time.zone.tzid : null,
    floating: !time.isDate && (time.zone === ICAL.Timezone.localTimezone || !time.zone),
    isDate: time.isDate,
  };
}

const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
  const event = new ICAL.Event(vevent);
  const conference = vevent.getFirstProperty("conference");
  return {
    uid: event.uid,
    summary: event.summary,
    description: event.description,
    location: event.location,
    start: moment(event.startDate),
    end: moment(event.endDate),
    durationSeconds: event.duration ? event.duration.toSeconds() : null,
    hasEnd: vevent.hasProperty("dtend") || vevent.hasProperty("duration"),
    categories: vevent.getAllProperties("categories").flatMap((p) => p.getValues()),
    url: vevent.getFirstPropertyValue("url"),
    conference: conference
      ? {
          value: conference.getFirstValue(),
          feature: conference.getParameter("feature"),
          label: conference.getParameter("label"),
        }
      : null,
    attendees: vevent.getAllProperties("attendee").length,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue("status"),
    lastModified: vevent.hasProperty("last-modified")
      ? vevent.getFirstPropertyValue("last-modified").toJSDate().toISOString()
      : null,
    properties: vevent.getAllProperties().map((p) => p.name),
  };
});

const refresh = calendar.getFirstProperty("refresh-interval");
process.stdout.write(
  JSON.stringify({
    name: calendar.getFirstPropertyValue("name"),
    calname: calendar.getFirstPropertyValue("x-wr-calname"),
    method: calendar.getFirstPropertyValue("method"),
    refreshInterval: refresh ? String(refresh.getFirstValue()) : null,
    refreshType: refresh ? refresh.type : null,
    publishedTtl: calendar.getFirstPropertyValue("x-published-ttl"),
    zones,
    events,
  }),
);
