using Narplan.Web.Feeds;

namespace Narplan.Web.Features.Governance;

/// <summary>
/// A delregion's meetings as a subscribable iCalendar feed (RFC 5545), built like the round and on-call feeds
/// (<see cref="RoundCalendar.BeginCalendar"/>): one VEVENT per meeting with a stable UID, times with
/// TZID=Europe/Stockholm. Only what the public pages show: body, time, place and agenda; minutes stay on the page.
/// </summary>
public static class GovernanceCalendar
{
    public static string Write(string delregion, IEnumerable<MeetingRow> meetings, Instant stamp)
    {
        var ics = RoundCalendar.BeginCalendar("-//Närplan//Närvårdssamverkan//SV", $"Närvårdssamverkan {delregion}", "PT6H");
        foreach (var row in meetings)
        {
            var m = row.Meeting;
            ics.Begin("VEVENT")
                .Value("UID", $"{m.Id:N}@narvardssamverkan.narplan")
                .Utc("DTSTAMP", stamp)
                .Zoned("DTSTART", m.Start.InZoneLeniently(Stockholm.Zone))
                .Zoned("DTEND", m.End.InZoneLeniently(Stockholm.Zone))
                .Text("SUMMARY", row.BodyName)
                .Text("DESCRIPTION", m.Agenda.Length == 0 ? $"Möte i {row.BodyName}." : $"Dagordning:\n{m.Agenda}")
                .Value("SEQUENCE", m.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Value("STATUS", "CONFIRMED")
                .Text("CATEGORIES", row.BodyKind.Swedish());
            if (m.Place.Length > 0)
            {
                ics.Text("LOCATION", m.Place);
            }

            ics.End("VEVENT");
        }

        return ics.End("VCALENDAR").ToString();
    }
}
