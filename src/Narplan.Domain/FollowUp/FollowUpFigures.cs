using Narplan.Domain.SelfCare;

namespace Narplan.Domain.FollowUp;

/// <summary>One annual review as the follow-up needs it (no patient data beyond the id).</summary>
public sealed record ReviewForFollowUp(
    Guid ReviewId,
    Guid PatientId,
    Guid CareUnitId,
    AnnualReviewStatus Status,
    LocalDate? Date,
    LocalDate? DueBy,
    LocalDate? DoneOn,
    int Year,
    bool MedicationReviewDone,
    MedicationReviewKind MedicationReview,
    bool HomeVisitByRegularDoctor)
{
    /// <summary>
    /// The day the review falls due: its latest date (senast, the previous review plus the interval); for a new
    /// patient or a deterioration without one, the booked date; without either, the last day of the planning year.
    /// </summary>
    public LocalDate DueOn => DueBy ?? Date ?? new LocalDate(Year, 12, 31);

    public bool Counts => Status is not (AnnualReviewStatus.Removed or AnnualReviewStatus.NotDueThisYear);
}

/// <summary>Annual reviews in a period (decision 0080).</summary>
public sealed record ReviewFigures(int Due, int DoneOfDue, int OnTime, int Late, int Open, int DoneInPeriod, int ExtendedMedicationReviews, int HomeVisits);

/// <summary>Egenvårdsintyg in a period: due for their yearly follow-up, and followed up (decision 0080).</summary>
public sealed record SelfCareFollowUpFigures(int Due, int FollowedUp);

/// <summary>
/// The follow-up's own counting rules (DOMAIN.md §10; decision 0080), pure so they can be stated as facts on named dates.
/// </summary>
public static class FollowUpFigures
{
    /// <summary>
    /// <para>Due: reviews (not removed, not "not due this year") whose due day (<see cref="ReviewForFollowUp.DueOn"/>)
    /// lies in the period. Of those: done, done on time (held no later than the due day), late (held after it, or not
    /// held and the due day has passed by <paramref name="today"/>), still open (not held, due day not yet passed).</para>
    /// <para>Held in the period (by the day it was held, whatever its due day): how many, how many with a fördjupad
    /// läkemedelsgenomgång done, how many with the yearly home visit by the fast läkarkontakt.</para>
    /// </summary>
    public static ReviewFigures Reviews(IEnumerable<ReviewForFollowUp> reviews, FollowUpPeriod period, LocalDate today)
    {
        var list = reviews.Where(r => r.Counts).ToList();
        var due = list.Where(r => period.Contains(r.DueOn)).ToList();
        var done = due.Where(r => r.Status == AnnualReviewStatus.Done).ToList();
        var onTime = done.Count(r => r.DoneOn <= r.DueOn);
        var lateDone = done.Count - onTime;
        var overdue = due.Count(r => r.Status != AnnualReviewStatus.Done && r.DueOn < today);
        var open = due.Count - done.Count - overdue;
        var heldInPeriod = list.Where(r => r.Status == AnnualReviewStatus.Done && r.DoneOn is { } d && period.Contains(d)).ToList();
        return new ReviewFigures(
            due.Count, done.Count, onTime, lateDone + overdue, open, heldInPeriod.Count,
            heldInPeriod.Count(r => r.MedicationReviewDone && r.MedicationReview == MedicationReviewKind.Extended),
            heldInPeriod.Count(r => r.HomeVisitByRegularDoctor));
    }

    /// <summary>
    /// Egenvårdsintyg (seed 000: "följs upp en gång per år"): followed up = a follow-up recorded in the period; due =
    /// those, plus the intyg still waiting whose follow-up fell due by the end of the period (or by
    /// <paramref name="today"/> if that is earlier) and that had not ended before the period. Närplan keeps the latest
    /// follow-up of each intyg, so an intyg followed up twice in a long period counts once.
    /// </summary>
    public static SelfCareFollowUpFigures SelfCare(IEnumerable<SelfCareCertificate> certificates, FollowUpPeriod period, LocalDate today)
    {
        var cutoff = period.To < today ? period.To : today;
        int due = 0, followedUp = 0;
        foreach (var c in certificates)
        {
            if (c.LastFollowUpOn is { } last && period.Contains(last))
            {
                due++;
                followedUp++;
            }
            else if (c.WrittenOn <= period.To && (c.EndedOn is null || c.EndedOn >= period.From) && c.FollowUpDueOn <= cutoff
                     && (c.EndedOn is null || c.EndedOn > c.FollowUpDueOn))
            {
                due++;
            }
        }

        return new SelfCareFollowUpFigures(due, followedUp);
    }
}
