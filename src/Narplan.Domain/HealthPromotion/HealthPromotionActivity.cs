using NodaTime.Calendars;

namespace Narplan.Domain.HealthPromotion;

/// <summary>The kinds of health-promotion work the plans name (seed 000, "Hälsofrämjande och förebyggande arbete").</summary>
public enum HealthPromotionKind
{
    /// <summary>Hälsovecka: in Herrljunga "alltid V 36" (seed 000); the dates are ISO week 36 of the year.</summary>
    HealthWeek,

    /// <summary>Hälsosamtal with residents over 75 not enrolled in kommunal primärvård, held by the kommun's nurses.</summary>
    HealthTalks,

    /// <summary>Another activity (träffpunkt/seniorfika, information evening …).</summary>
    Other,
}

public static class HealthPromotionKindNames
{
    public static string Swedish(this HealthPromotionKind kind) => kind switch
    {
        HealthPromotionKind.HealthWeek => "Hälsovecka",
        HealthPromotionKind.HealthTalks => "Hälsosamtal med invånare över 75 år",
        HealthPromotionKind.Other => "Annan aktivitet",
        _ => kind.ToString(),
    };
}

/// <summary>ISO weeks for the health week (seed 000: "hälsovecka … den infaller alltid V 36").</summary>
public static class HealthWeek
{
    /// <summary>The health week's ISO week number.</summary>
    public const int Week = 36;

    /// <summary>Monday and Sunday of ISO week <paramref name="week"/> of the ISO week-year <paramref name="year"/>.</summary>
    public static (LocalDate Monday, LocalDate Sunday) IsoWeek(int year, int week = Week)
    {
        var monday = WeekYearRules.Iso.GetLocalDate(year, week, IsoDayOfWeek.Monday, CalendarSystem.Iso);
        return (monday, monday.PlusDays(6));
    }

    /// <summary>The ISO week number of a date ("v. 36").</summary>
    public static int WeekOf(LocalDate date) => WeekYearRules.Iso.GetWeekOfWeekYear(date);
}

/// <summary>
/// A dated health-promotion activity of a kommun (issue 19 item 8), shown on the närområde page: the hälsovecka (its
/// dates are ISO week 36 of the year, computed, never typed), hälsosamtal for residents over 75, or another activity
/// with its own first and last day. No patient data.
/// </summary>
public sealed class HealthPromotionActivity : IVersioned
{
    public const int MaxTextLength = 1000;

    private HealthPromotionActivity()
    {
        Title = "";
    }

    public Guid Id { get; private set; }

    public Guid KommunId { get; private set; }

    public HealthPromotionKind Kind { get; private set; }

    public string Title { get; private set; }

    public LocalDate FirstDay { get; private set; }

    public LocalDate LastDay { get; private set; }

    /// <summary>Who holds it (e.g. "Kommunens sjuksköterskor", "Folkhälsostrateg").</summary>
    public string? Responsible { get; private set; }

    public string? Note { get; private set; }

    public int Version { get; private set; }

    /// <summary>The ISO week of the first day ("V 36" for a health week).</summary>
    public int Week => HealthWeek.WeekOf(FirstDay);

    /// <summary>
    /// Plans an activity. A health week needs only the year: its days are Monday–Sunday of ISO week 36. Other kinds need
    /// a first and last day (the same day for a single occasion).
    /// </summary>
    public static HealthPromotionActivity Plan(
        Guid kommunId, HealthPromotionKind? kind, string? title, int? year, LocalDate? firstDay, LocalDate? lastDay, string? responsible, string? note)
    {
        if (kind is not { } k || !Enum.IsDefined(k))
        {
            throw new FieldRefusal(nameof(Kind), "Välj vilken sorts aktivitet det är.");
        }

        LocalDate first, last;
        if (k == HealthPromotionKind.HealthWeek)
        {
            if (year is not { } y || y < 1901 || y > 2199)
            {
                throw new FieldRefusal("Year", "Ange året för hälsoveckan (1901–2199).");
            }

            (first, last) = HealthWeek.IsoWeek(y);
        }
        else
        {
            first = firstDay ?? throw new FieldRefusal(nameof(FirstDay), "Ange första dagen.");
            last = lastDay ?? first;
            if (last < first)
            {
                throw new FieldRefusal(nameof(LastDay), "Sista dagen kan inte ligga före den första.");
            }

            if (Period.Between(first, last, PeriodUnits.Days).Days > 366)
            {
                throw new FieldRefusal(nameof(LastDay), "En aktivitet kan vara högst ett år.");
            }
        }

        var name = title?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            name = k == HealthPromotionKind.Other ? throw new FieldRefusal(nameof(Title), "Ange vad aktiviteten heter.") : k.Swedish();
        }

        if (name.Length > 200)
        {
            throw new FieldRefusal(nameof(Title), "Högst 200 tecken.");
        }

        if ((responsible?.Trim().Length ?? 0) > 200)
        {
            throw new FieldRefusal(nameof(Responsible), "Högst 200 tecken.");
        }

        if ((note?.Trim().Length ?? 0) > MaxTextLength)
        {
            throw new FieldRefusal(nameof(Note), $"Högst {MaxTextLength} tecken.");
        }

        return new HealthPromotionActivity
        {
            Id = Guid.CreateVersion7(),
            KommunId = kommunId,
            Kind = k,
            Title = name,
            FirstDay = first,
            LastDay = last,
            Responsible = string.IsNullOrWhiteSpace(responsible) ? null : responsible.Trim(),
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
    }

    public void Touch() => Version++;
}
