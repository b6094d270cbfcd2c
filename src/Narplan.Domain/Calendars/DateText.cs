namespace Narplan.Domain.Calendars;

/// <summary>The result of reading a date or time from text: the value, or a Swedish message saying why not.</summary>
public readonly record struct DateTextResult<T>(T Value, string? Error) where T : struct
{
    public bool Success => Error is null;

    public static DateTextResult<T> Ok(T value) => new(value, null);

    public static DateTextResult<T> Fail(string error) => new(default, error);
}

/// <summary>
/// The one place that reads dates and times typed by people or sent by other systems (query parameters, form
/// fields, API parameters, imported cells). Every reader applies <see cref="SupportedDates"/>, so a date the
/// Swedish calendar cannot answer for is a Swedish message, never an exception further in. Surrounding blanks
/// are ignored; the formats are ISO 8601 as HTML date inputs and the API send them.
/// </summary>
public static class DateText
{
    private static readonly LocalDateTimePattern DateTimeMinutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    /// <summary>A date as <c>2026-06-19</c> (an HTML date input, the API's <c>from</c>/<c>to</c>).</summary>
    public static DateTextResult<LocalDate> ParseDate(string? text)
    {
        var parsed = LocalDatePattern.Iso.Parse(text?.Trim() ?? "");
        if (!parsed.Success)
        {
            return DateTextResult<LocalDate>.Fail($"”{Shown(text)}” är inget datum (ÅÅÅÅ-MM-DD).");
        }

        return SupportedDates.Contains(parsed.Value)
            ? DateTextResult<LocalDate>.Ok(parsed.Value)
            : DateTextResult<LocalDate>.Fail(SupportedDates.OutOfRangeMessage);
    }

    /// <summary>
    /// A local date and time as an HTML datetime-local input sends it, <c>2026-06-19T22:00</c> (seconds allowed),
    /// in Swedish time.
    /// </summary>
    public static DateTextResult<LocalDateTime> ParseLocalDateTime(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        var parsed = DateTimeMinutes.Parse(trimmed);
        if (!parsed.Success)
        {
            parsed = LocalDateTimePattern.ExtendedIso.Parse(trimmed);
        }

        if (!parsed.Success)
        {
            return DateTextResult<LocalDateTime>.Fail($"”{Shown(text)}” är ingen tidpunkt. Skriv den som ÅÅÅÅ-MM-DDTTT:MM, t.ex. 2026-06-19T22:00.");
        }

        return SupportedDates.Contains(parsed.Value)
            ? DateTextResult<LocalDateTime>.Ok(parsed.Value)
            : DateTextResult<LocalDateTime>.Fail(SupportedDates.OutOfRangeMessage);
    }

    /// <summary>An instant in ISO 8601 with its offset, <c>2026-06-19T22:00:00+02:00</c> or <c>2026-06-19T20:00:00Z</c>.</summary>
    public static DateTextResult<Instant> ParseInstant(string? text)
    {
        var parsed = OffsetDateTimePattern.ExtendedIso.Parse(text?.Trim() ?? "");
        if (!parsed.Success)
        {
            return DateTextResult<Instant>.Fail(
                $"”{Shown(text)}” är ingen tidpunkt i ISO 8601 med tidszon, t.ex. 2026-06-19T22:00:00+02:00 eller 2026-06-19T20:00:00Z.");
        }

        // Check the local date first: an offset date-time near year 9999 or -9999 cannot even become an instant.
        if (!SupportedDates.Contains(parsed.Value.LocalDateTime))
        {
            return DateTextResult<Instant>.Fail(SupportedDates.OutOfRangeMessage);
        }

        var instant = parsed.Value.ToInstant();
        return SupportedDates.Contains(instant)
            ? DateTextResult<Instant>.Ok(instant)
            : DateTextResult<Instant>.Fail(SupportedDates.OutOfRangeMessage);
    }

    /// <summary>A month as <c>2026-11</c> (an HTML month input, the place report's <c>month</c>), within the supported years.</summary>
    public static DateTextResult<YearMonth> ParseMonth(string? text)
    {
        var parsed = YearMonthPattern.Iso.Parse(text?.Trim() ?? "");
        if (!parsed.Success)
        {
            return DateTextResult<YearMonth>.Fail($"”{Shown(text)}” är ingen månad (ÅÅÅÅ-MM).");
        }

        return SupportedDates.ContainsYear(parsed.Value.Year)
            ? DateTextResult<YearMonth>.Ok(parsed.Value)
            : DateTextResult<YearMonth>.Fail(SupportedDates.YearOutOfRangeMessage);
    }

    /// <summary>A year, <c>2027</c>, within the supported years.</summary>
    public static DateTextResult<int> CheckYear(int year) =>
        SupportedDates.ContainsYear(year) ? DateTextResult<int>.Ok(year) : DateTextResult<int>.Fail(SupportedDates.YearOutOfRangeMessage);

    // Quoting the input helps the reader see what was wrong; a long or odd value is cut, never echoed whole.
    private static string Shown(string? text)
    {
        var t = (text ?? "").Trim();
        var cut = t.Length > 40 ? t[..40] + "…" : t;
        return new string([.. cut.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c)]);
    }
}
