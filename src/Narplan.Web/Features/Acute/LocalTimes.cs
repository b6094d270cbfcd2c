namespace Narplan.Web.Features.Acute;

/// <summary>Swedish local times as the forms show and take them (datetime-local and date inputs), Europe/Stockholm.</summary>
public static class LocalTimes
{
    private static readonly LocalDateTimePattern Input = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalDateTimePattern Shown = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH'.'mm");

    /// <summary>The value for a datetime-local input; empty for null.</summary>
    public static string ToInput(Instant? at) => at is { } i ? Input.Format(i.InZone(Stockholm.Zone).LocalDateTime) : "";

    /// <summary>"2026-12-24 21.05" (decision 0057).</summary>
    public static string Show(Instant at) => Shown.Format(at.InZone(Stockholm.Zone).LocalDateTime);

    public static string Show(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// Parses a datetime-local value (a time that occurs twice in the autumn takes the earlier one). Blank is null;
    /// a time outside the supported dates is refused.
    /// </summary>
    public static bool TryParse(string? text, out Instant? at)
    {
        at = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        // DateText applies the supported range (decision 0035): 0001-01-01T00:00 is refused like any unreadable time.
        var parsed = DateText.ParseLocalDateTime(text);
        if (!parsed.Success)
        {
            return false;
        }

        at = parsed.Value.InZoneLeniently(Stockholm.Zone).ToInstant();
        return true;
    }

    /// <summary>Parses a date input value. Blank is null; a date outside the supported dates is refused.</summary>
    public static bool TryParseDate(string? text, out LocalDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parsed = DateText.ParseDate(text);
        if (!parsed.Success)
        {
            return false;
        }

        date = parsed.Value;
        return true;
    }

    /// <summary>"12 min", "1 h 05 min".</summary>
    public static string Show(Duration d)
    {
        var minutes = (long)Math.Round(d.TotalMinutes);
        return minutes < 60 ? $"{minutes} min" : $"{minutes / 60} h {minutes % 60:00} min";
    }
}
