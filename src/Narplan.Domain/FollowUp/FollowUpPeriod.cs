namespace Narplan.Domain.FollowUp;

/// <summary>Which kind of follow-up period (DOMAIN.md §10: "spring/autumn, year").</summary>
public enum FollowUpPeriodKind
{
    /// <summary>Våren: 1 January – 30 June.</summary>
    Spring,

    /// <summary>Hösten: 1 July – 31 December.</summary>
    Autumn,

    /// <summary>Helår: 1 January – 31 December.</summary>
    Year,

    /// <summary>Any two dates chosen by the user, both included.</summary>
    Custom,
}

/// <summary>
/// A follow-up period, both dates included (decision 0080). Spring is 1 January – 30 June and autumn 1 July –
/// 31 December, the same half-years the rounds' figures use (<c>HalfYear</c>); a year is both. Keys for links:
/// "2026-h1" (våren), "2026-h2" (hösten), "2026" (helår), or "2026-03-01--2026-05-31" for dates of one's own.
/// </summary>
public sealed record FollowUpPeriod
{
    private FollowUpPeriod(FollowUpPeriodKind kind, LocalDate from, LocalDate to)
    {
        Kind = kind;
        From = from;
        To = to;
    }

    public FollowUpPeriodKind Kind { get; }

    public LocalDate From { get; }

    /// <summary>The last day, included.</summary>
    public LocalDate To { get; }

    public static FollowUpPeriod Spring(int year) => new(FollowUpPeriodKind.Spring, new LocalDate(year, 1, 1), new LocalDate(year, 6, 30));

    public static FollowUpPeriod Autumn(int year) => new(FollowUpPeriodKind.Autumn, new LocalDate(year, 7, 1), new LocalDate(year, 12, 31));

    public static FollowUpPeriod Year(int year) => new(FollowUpPeriodKind.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    /// <summary>Dates of one's own; refuses a period that ends before it starts (Swedish message).</summary>
    public static FollowUpPeriod Between(LocalDate from, LocalDate to)
    {
        if (!Calendars.SupportedDates.Contains(from) || !Calendars.SupportedDates.Contains(to))
        {
            throw new DomainException(Calendars.SupportedDates.OutOfRangeMessage);
        }

        if (to < from)
        {
            throw new DomainException($"Perioden slutar ({to:yyyy-MM-dd}) innan den börjar ({from:yyyy-MM-dd}). Ange ett slutdatum som är samma dag eller senare än startdatumet.");
        }

        if (Period.Between(from, to, PeriodUnits.Days).Days > 366 * 5)
        {
            throw new DomainException("En period för uppföljning får vara högst fem år.");
        }

        return new(FollowUpPeriodKind.Custom, from, to);
    }

    /// <summary>The half-year a date lies in.</summary>
    public static FollowUpPeriod HalfOf(LocalDate date) => date.Month <= 6 ? Spring(date.Year) : Autumn(date.Year);

    /// <summary>The period just before, of the same kind: spring → the autumn before, autumn → the spring of the same year, a year → the year before; dates of one's own → as many days just before.</summary>
    public FollowUpPeriod Previous => Kind switch
    {
        FollowUpPeriodKind.Spring => Autumn(From.Year - 1),
        FollowUpPeriodKind.Autumn => Spring(From.Year),
        FollowUpPeriodKind.Year => Year(From.Year - 1),
        _ => new(FollowUpPeriodKind.Custom, From.PlusDays(-Days), From.PlusDays(-1)),
    };

    /// <summary>Days in the period, both ends included.</summary>
    public int Days => Period.Between(From, To, PeriodUnits.Days).Days + 1;

    /// <summary>"Våren 2026", "Hösten 2026", "Helåret 2026", "2026-03-01 – 2026-05-31".</summary>
    public string Name => Kind switch
    {
        FollowUpPeriodKind.Spring => $"Våren {From.Year}",
        FollowUpPeriodKind.Autumn => $"Hösten {From.Year}",
        FollowUpPeriodKind.Year => $"Helåret {From.Year}",
        _ => $"{From:yyyy-MM-dd} – {To:yyyy-MM-dd}",
    };

    public string Key => Kind switch
    {
        FollowUpPeriodKind.Spring => $"{From.Year:0000}-h1",
        FollowUpPeriodKind.Autumn => $"{From.Year:0000}-h2",
        FollowUpPeriodKind.Year => $"{From.Year:0000}",
        _ => $"{From:yyyy-MM-dd}--{To:yyyy-MM-dd}",
    };

    public bool Contains(LocalDate date) => date >= From && date <= To;

    /// <summary>The half-years wholly inside the period (hand-entered counts are kept per half-year).</summary>
    public IReadOnlyList<(int Year, bool IsAutumn)> WholeHalfYears()
    {
        var halves = new List<(int, bool)>();
        for (var year = From.Year; year <= To.Year; year++)
        {
            foreach (var autumn in new[] { false, true })
            {
                var half = autumn ? Autumn(year) : Spring(year);
                if (half.From >= From && half.To <= To)
                {
                    halves.Add((year, autumn));
                }
            }
        }

        return halves;
    }

    /// <summary>
    /// Reads a key ("2026-h1", "2026-h2", "2026", "2026-03-01--2026-05-31"); null when it is no key. A key whose end
    /// lies before its start throws the Swedish message of <see cref="Between"/>.
    /// </summary>
    public static FollowUpPeriod? Parse(string? key)
    {
        var text = key?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length == 4 && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) && Calendars.SupportedDates.ContainsYear(y))
        {
            return Year(y);
        }

        if (text.Length == 7 && int.TryParse(text[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var hy) && Calendars.SupportedDates.ContainsYear(hy)
            && text[4..6].Equals("-h", StringComparison.OrdinalIgnoreCase) && text[6] is '1' or '2')
        {
            return text[6] == '1' ? Spring(hy) : Autumn(hy);
        }

        var parts = text.Split("--");
        if (parts.Length == 2 && Calendars.DateText.ParseDate(parts[0]) is { Success: true } a && Calendars.DateText.ParseDate(parts[1]) is { Success: true } b)
        {
            return Between(a.Value, b.Value);
        }

        return null;
    }
}
