namespace Narplan.Domain.Acute;

/// <summary>How an acute contact ended (DOMAIN.md §7).</summary>
public enum AcuteContactOutcome
{
    /// <summary>Råd: the doctor gave advice by phone.</summary>
    Advice,

    /// <summary>Oplanerat hembesök bokat: a visit by the vårdcentral no later than the next working day (<see cref="UnplannedHomeVisit"/>).</summary>
    UnplannedHomeVisit,

    /// <summary>Sjukhus: referred to hospital care.</summary>
    Hospital,

    /// <summary>Ambulans.</summary>
    Ambulance,

    /// <summary>Ingen åtgärd.</summary>
    NoAction,
}

public static class AcuteContactOutcomes
{
    /// <summary>Swedish label for forms and reports.</summary>
    public static string Name(AcuteContactOutcome outcome) => outcome switch
    {
        AcuteContactOutcome.Advice => "Råd",
        AcuteContactOutcome.UnplannedHomeVisit => "Oplanerat hembesök bokat",
        AcuteContactOutcome.Hospital => "Sjukhus",
        AcuteContactOutcome.Ambulance => "Ambulans",
        AcuteContactOutcome.NoAction => "Ingen åtgärd",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}

/// <summary>
/// An unplanned home visit that the vårdcentral offers after a doctor's medical assessment: no later than the next
/// working day (vardag, <see cref="SwedishCalendar"/>) after the local date of the assessment. An assessment on a
/// Friday evening or on julafton gives the next vardag after the weekend or the holidays. A later date is allowed only
/// with a reason (e.g. the patient's own wish), which is recorded.
/// </summary>
public sealed record UnplannedHomeVisit
{
    private UnplannedHomeVisit(Instant assessedAt, LocalDate visitDate, LocalDate latestDate, string? reasonForLaterDate)
    {
        AssessedAt = assessedAt;
        VisitDate = visitDate;
        LatestDate = latestDate;
        ReasonForLaterDate = reasonForLaterDate;
    }

    /// <summary>When the doctor decided the visit.</summary>
    public Instant AssessedAt { get; }

    /// <summary>The local date the visit is booked for.</summary>
    public LocalDate VisitDate { get; }

    /// <summary>The last local date the rule allows, inclusive.</summary>
    public LocalDate LatestDate { get; }

    /// <summary>Why the visit is later than <see cref="LatestDate"/>; null when it is not.</summary>
    public string? ReasonForLaterDate { get; }

    /// <summary>The next working day after the local date of the assessment: the latest date for the visit, inclusive.</summary>
    public static LocalDate LatestDateFor(Instant assessedAt) =>
        SwedishCalendar.Instance.NextWorkingDay(assessedAt.InZone(Stockholm.Zone).Date);

    /// <summary>Books the visit; refuses a date before the assessment, and a date after the latest date without a reason.</summary>
    public static UnplannedHomeVisit Book(Instant assessedAt, LocalDate visitDate, string? reasonForLaterDate = null)
    {
        var assessedOn = assessedAt.InZone(Stockholm.Zone).Date;
        if (visitDate < assessedOn)
        {
            throw new DomainException(
                $"Besöket kan inte bokas före läkarens bedömning ({SwedishText.Date(assessedOn)}).");
        }

        var latest = LatestDateFor(assessedAt);
        if (visitDate > latest && string.IsNullOrWhiteSpace(reasonForLaterDate))
        {
            throw new DomainException(
                $"Ett oplanerat hembesök ska erbjudas senast nästa vardag, {SwedishText.Date(latest)}. " +
                "Ange skälet om besöket bokas senare, till exempel patientens önskemål.");
        }

        return new UnplannedHomeVisit(
            assessedAt, visitDate, latest, visitDate > latest ? reasonForLaterDate!.Trim() : null);
    }
}
