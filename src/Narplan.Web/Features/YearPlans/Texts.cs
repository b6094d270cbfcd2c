namespace Narplan.Web.Features.YearPlans;

/// <summary>Swedish words for the year plan's values.</summary>
public static class Texts
{
    public static string Reason(ReviewReason reason) => reason switch
    {
        ReviewReason.Annual => "Årlig",
        ReviewReason.NewPatient => "Ny patient",
        ReviewReason.Deterioration => "Försämring",
        ReviewReason.Overdue => "Försenad sedan tidigare",
        _ => reason.ToString(),
    };

    /// <summary>The one word for a review booked after its latest date (senast), wherever it is shown.</summary>
    public const string Late = "Försenad";

    /// <summary>The review's status, "Försenad" for a planned review after its latest date.</summary>
    public static string Status(AnnualReview review) => review.IsLate ? Late : Status(review.Status);

    /// <summary>"Försenad: planerad 2027-03-18, senast 2027-03-11." for a late review, else null.</summary>
    public static string? LateNote(AnnualReview review) => review.IsLate
        ? $"{Late}: planerad {NodaTime.Text.LocalDatePattern.Iso.Format(review.Date!.Value)}, senast {NodaTime.Text.LocalDatePattern.Iso.Format(review.DueBy!.Value)}."
        : null;

    public static string Status(AnnualReviewStatus status) => status switch
    {
        AnnualReviewStatus.Planned => "Planerad",
        AnnualReviewStatus.Done => "Genomförd",
        AnnualReviewStatus.NoRoom => "Ingen tid (brist)",
        AnnualReviewStatus.NotDueThisYear => "Inte aktuell i år",
        AnnualReviewStatus.Removed => "Borttagen",
        _ => status.ToString(),
    };

    /// <summary>"Årsplanen för Lugnet 2027 planerades om: 1 vårdplanering lades till och 2 flyttades." (decision 0024).</summary>
    public static string Followed(YearPlanFollowed f)
    {
        if (f.Failed)
        {
            return $"Årsplanen för {f.UnitName} {f.Year} kunde inte planeras om just nu. Öppna årsplanen och tryck Planera om.";
        }

        var parts = new[] { (f.Added, "lades till"), (f.Moved, "flyttades"), (f.Removed, "togs bort") }.Where(p => p.Item1 > 0)
            .Select((p, i) => i == 0 ? $"{p.Item1} {(p.Item1 == 1 ? "vårdplanering" : "vårdplaneringar")} {p.Item2}" : $"{p.Item1} {p.Item2}").ToList();
        var what = parts.Count switch
        {
            0 => "ingen vårdplanering behövde ändras",
            1 => parts[0],
            _ => $"{string.Join(", ", parts[..^1])} och {parts[^1]}",
        };
        return $"Årsplanen för {f.UnitName} {f.Year} planerades om: {what}.";
    }
}
