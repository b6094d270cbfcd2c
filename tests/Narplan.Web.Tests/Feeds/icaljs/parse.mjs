// Parses an iCalendar file with ical.js (vendored from npm ical.js 2.2.1, MPL-2.0) and prints what a calendar
// client would see, as JSON: the Närplan tests compare it with what the feed was meant to say.
// Usage: node parse.mjs feed.ics
import { readFileSync } from 'node:fs';
import ICAL from './ical.js';

const text = readFileSync(process.argv[2], 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
for (const zone of calendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(zone);
}

const utc = (time) => time.toJSDate().toISOString();
const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
  const event = new ICAL.Event(vevent);
  return {
    uid: event.uid,
    summary: event.summary,
    location: event.location,
    description: event.description,
    status: vevent.getFirstPropertyValue('status'),
    sequence: event.sequence,
    tzid: vevent.getFirstProperty('dtstart').getParameter('tzid'),
    startLocal: event.startDate.toString(),
    start: utc(event.startDate),
    end: utc(event.endDate),
    stamp: vevent.getFirstPropertyValue('dtstamp')?.toString(),
  };
});

console.log(JSON.stringify({
  name: calendar.getFirstPropertyValue('x-wr-calname'),
  version: calendar.getFirstPropertyValue('version'),
  timezones: calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')),
  events,
}));
