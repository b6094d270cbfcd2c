using NodaTime.TimeZones;

namespace Narplan.Domain.Rounds;

/// <summary>
/// The settings of a <see cref="RoundSeries"/> as entered on the form; <see cref="Validate"/> refuses an impossible
/// one with a Swedish message. <see cref="AnchorDate"/> only matters for <see cref="RoundRecurrence.EveryOtherWeek"/>
/// (null there means the week of <see cref="ValidFrom"/>); <see cref="SecondWeekday"/> only for
/// <see cref="RoundRecurrence.TwiceAWeek"/>. <see cref="ValidTo"/> is the last day (included).
/// </summary>
public sealed record RoundSchedule(
    Guid? DoctorId,
    RoundRecurrence Recurrence,
    IsoDayOfWeek Weekday,
    IsoDayOfWeek? SecondWeekday,
    LocalDate? AnchorDate,
    LocalTime StartTime,
    int LengthMinutes,
    MeetingForm MeetingForm,
    string? Location,
    LocalDate ValidFrom,
    LocalDate? ValidTo,
    HolidayPolicy HolidayPolicy)
{
    public const int MinLengthMinutes = 5;
    public const int MaxLengthMinutes = 8 * 60;

    /// <summary>How far ahead an open-ended series is checked for start times the clocks skip.</summary>
    private const int OpenEndedCheckYears = 20;

    public void Validate()
    {
        if (ValidTo is { } end && end < ValidFrom)
        {
            throw new DomainException($"Serien kan inte börja ({ValidFrom:yyyy-MM-dd}) efter att den slutar ({end:yyyy-MM-dd}).");
        }

        RequireWeekday(Weekday);
        if (Recurrence == RoundRecurrence.TwiceAWeek)
        {
            if (SecondWeekday is not { } second)
            {
                throw new DomainException("Två gånger i veckan kräver två veckodagar.");
            }

            RequireWeekday(second);
            if (second == Weekday)
            {
                throw new DomainException($"Två gånger i veckan måste vara två olika dagar – båda är {Weekday.Swedish()}.");
            }
        }

        if (LengthMinutes is < MinLengthMinutes or > MaxLengthMinutes)
        {
            throw new DomainException($"Längden måste vara mellan {MinLengthMinutes} minuter och {MaxLengthMinutes / 60} timmar.");
        }

        if (StartTime.PlusMinutes(LengthMinutes) < StartTime)
        {
            throw new DomainException("En rond måste sluta samma dag som den börjar.");
        }

        if (Location is { Length: > 200 })
        {
            throw new DomainException("Platsen får vara högst 200 tecken.");
        }

        RequireTimeThatExists(StartTime, ValidFrom, ValidTo ?? ValidFrom.PlusYears(OpenEndedCheckYears));
    }

    private static void RequireWeekday(IsoDayOfWeek day)
    {
        if (day is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday or IsoDayOfWeek.None)
        {
            throw new DomainException("Ronder läggs på vardagar: välj en dag måndag–fredag.");
        }
    }

    /// <summary>Refuses a local time the clocks skip on a DST night between the two dates (02:00–02:59 in Sweden).</summary>
    internal static void RequireTimeThatExists(LocalTime time, LocalDate from, LocalDate to)
    {
        var zone = Stockholm.Zone;
        var start = zone.AtStartOfDay(from).ToInstant();
        var end = zone.AtStartOfDay(to.PlusDays(1)).ToInstant();
        ZoneInterval? previous = null;
        foreach (var interval in zone.GetZoneIntervals(start, end))
        {
            if (previous is not null && interval.WallOffset > previous.WallOffset && interval.HasStart)
            {
                var gapStart = interval.Start.WithOffset(previous.WallOffset).LocalDateTime;
                var gapEnd = interval.Start.WithOffset(interval.WallOffset).LocalDateTime;
                var candidate = gapStart.Date.At(time);
                if (candidate >= gapStart && candidate < gapEnd)
                {
                    throw new DomainException(
                        $"Klockan {time:HH':'mm} finns inte natten till sommartid ({gapStart.Date:yyyy-MM-dd}, då klockan ställs fram " +
                        $"från {gapStart:HH':'mm} till {gapEnd:HH':'mm}). Välj en annan starttid.");
                }
            }

            previous = interval;
        }
    }
}
