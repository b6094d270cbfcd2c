using Narplan.Domain.AnnualReviews;
using Narplan.Domain.YearPlanning;

namespace Narplan.Web.Features.YearPlan;

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

    public static string Status(AnnualReviewStatus status) => status switch
    {
        AnnualReviewStatus.Planned => "Planerad",
        AnnualReviewStatus.Done => "Genomförd",
        AnnualReviewStatus.NoRoom => "Ingen tid (brist)",
        AnnualReviewStatus.NotDueThisYear => "Inte aktuell i år",
        AnnualReviewStatus.Removed => "Borttagen",
        _ => status.ToString(),
    };
}
