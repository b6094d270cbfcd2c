using Narplan.Web.Features.Rounds;

namespace Narplan.Web.Feeds;

/// <summary>
/// Rounds as an iCalendar feed (RFC 5545) that Outlook, Google and Apple calendars can subscribe to. Occurrences are
/// published expanded, one VEVENT each with its stable UID, never as an RRULE: holiday moves and recorded changes
/// are then exact, and clients' known problems with recurrence in time zones do not apply. Times carry
/// TZID=Europe/Stockholm with a VTIMEZONE. Only plan data is published: no agenda and no free-text note, which could
/// name a patient.
/// </summary>
public static class RoundCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(string name, IEnumerable<RoundView> rounds, Instant stamp)
    {
        var ics = BeginCalendar("-//Närplan//Fasta planerade läkartider//SV", name, "PT6H");
        foreach (var round in rounds)
        {
            WriteEvent(ics, round, stamp);
        }

        return ics.End("VCALENDAR").ToString();
    }

    /// <summary>
    /// The start of a published Närplan calendar: VCALENDAR with its name, how often clients should refresh (an
    /// iCalendar duration such as PT6H) and the Europe/Stockholm VTIMEZONE. The caller adds events and ends VCALENDAR.
    /// </summary>
    public static ICalendarWriter BeginCalendar(string productId, string name, string refresh)
    {
        var ics = new ICalendarWriter()
            .Begin("VCALENDAR")
            .Value("VERSION", "2.0")
            .Text("PRODID", productId)
            .Value("CALSCALE", "GREGORIAN")
            .Value("METHOD", "PUBLISH")
            .Text("NAME", name)
            .Text("X-WR-CALNAME", name)
            .Text("X-WR-TIMEZONE", Stockholm.Zone.Id)
            .Value("REFRESH-INTERVAL;VALUE=DURATION", refresh)
            .Value("X-PUBLISHED-TTL", refresh);
        WriteStockholmTimeZone(ics);
        return ics;
    }

    /// <summary>
    /// Europe/Stockholm as the EU rule has it since 1996: CEST from the last Sunday of March 02:00, CET from the last
    /// Sunday of October 03:00. A test checks the rule against the tz database for the years feeds cover.
    /// </summary>
    public static void WriteStockholmTimeZone(ICalendarWriter ics) => ics
        .Begin("VTIMEZONE")
        .Value("TZID", Stockholm.Zone.Id)
        .Begin("DAYLIGHT")
        .Value("TZOFFSETFROM", "+0100")
        .Value("TZOFFSETTO", "+0200")
        .Value("TZNAME", "CEST")
        .Local("DTSTART", new LocalDateTime(1996, 3, 31, 2, 0))
        .Value("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        .End("DAYLIGHT")
        .Begin("STANDARD")
        .Value("TZOFFSETFROM", "+0200")
        .Value("TZOFFSETTO", "+0100")
        .Value("TZNAME", "CET")
        .Local("DTSTART", new LocalDateTime(1996, 10, 27, 3, 0))
        .Value("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
        .End("STANDARD")
        .End("VTIMEZONE");

    private static void WriteEvent(ICalendarWriter ics, RoundView round, Instant stamp)
    {
        var o = round.Occurrence;
        ics.Begin("VEVENT")
            .Value("UID", o.Uid)
            .Utc("DTSTAMP", stamp)
            .Zoned("DTSTART", o.Start)
            .Zoned("DTEND", o.End)
            .Text("SUMMARY", $"{(o.Status == RoundStatus.Cancelled ? "Inställd: " : "")}Läkarrond {round.Unit}")
            .Text("DESCRIPTION", Description(round, stamp))
            .Value("STATUS", o.Status == RoundStatus.Cancelled ? "CANCELLED" : "CONFIRMED")
            .Value("SEQUENCE", o.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Value("TRANSP", o.Status == RoundStatus.Cancelled ? "TRANSPARENT" : "OPAQUE")
            .Text("CATEGORIES", "Fast planerad läkartid");
        if (round.Location is { } location)
        {
            ics.Text("LOCATION", location);
        }

        ics.End("VEVENT");
    }

    /// <summary>The event's text; its status line is <see cref="RoundOccurrence.StatusAt"/> at <paramref name="now"/>, as on the pages.</summary>
    private static string Description(RoundView round, Instant now)
    {
        var o = round.Occurrence;
        var lines = new List<string>
        {
            $"Fast planerad läkartid på {round.Unit}.",
            $"Mötesform: {round.MeetingForm.Swedish()}.",
        };
        if (round.DoctorText is not null)
        {
            lines.Add($"Läkare: {round.DoctorText}.");
        }

        if (round.CareCentre is not null)
        {
            lines.Add($"Vårdcentral: {round.CareCentre}.");
        }

        var holiday = SwedishCalendar.Instance.IsWorkingDay(o.OriginalDate) ? null : SwedishCalendar.Instance.DayName(o.OriginalDate);
        var movedFrom = $"Flyttad från {o.OriginalStart:yyyy-MM-dd HH:mm}{(holiday is null ? "" : $" ({holiday})")}.";
        switch (o.StatusAt(now))
        {
            case RoundReportStatus.Moved:
                lines.Add(movedFrom);
                break;
            case RoundReportStatus.NotReported:
                if (o.Status == RoundStatus.Moved)
                {
                    lines.Add(movedFrom);
                }

                lines.Add($"{RoundReportStatus.NotReported.Swedish()}.");
                break;
            case RoundReportStatus.Cancelled:
                lines.Add($"Inställd: {(o.CancelReason == RoundCancelReason.Holiday ? holiday ?? "helgdag" : o.CancelReason?.Swedish())}.");
                break;
            case RoundReportStatus.Held:
                lines.Add("Genomförd.");
                break;
        }

        return string.Join("\n", lines);
    }
}
