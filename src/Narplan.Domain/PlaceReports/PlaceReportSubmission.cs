namespace Narplan.Domain.PlaceReports;

/// <summary>
/// A kommun's monthly place report marked as sent to VGR (decision 0083). Records the month (by the day counted), the
/// total number of places the report showed when it was sent, and who marked it and when. One per kommun and month;
/// the reminder on "Mina uppgifter" lasts until it exists.
/// </summary>
public sealed class PlaceReportSubmission : Entity, IVersioned
{
    public const int MaxNameLength = 200;

    private PlaceReportSubmission()
    {
        SentBy = "";
    }

    private PlaceReportSubmission(Guid kommunId, LocalDate countedOn, int totalPlaces, Instant sentAt, string sentBy)
    {
        KommunId = kommunId;
        CountedOn = countedOn;
        TotalPlaces = totalPlaces;
        SentAt = sentAt;
        SentBy = sentBy;
    }

    public Guid KommunId { get; private set; }

    /// <summary>The month's last day, the day the places were counted.</summary>
    public LocalDate CountedOn { get; private set; }

    public YearMonth Month => CountedOn.ToYearMonth();

    /// <summary>The kommun's total places in the report as it was marked sent.</summary>
    public int TotalPlaces { get; private set; }

    public Instant SentAt { get; private set; }

    /// <summary>The name of the user who marked the report sent.</summary>
    public string SentBy { get; private set; }

    public int Version { get; private set; }

    /// <summary>
    /// Marks the month's report sent. Refused: a month that has not ended (or outside the supported years), a negative
    /// total, no name.
    /// </summary>
    public static PlaceReportSubmission MarkSent(Guid kommunId, YearMonth month, int totalPlaces, LocalDate today, Instant now, string? sentBy)
    {
        if (PlaceReportMonth.Refusal(month, today) is { } refusal)
        {
            throw new FieldRefusal("Month", refusal);
        }

        if (totalPlaces < 0)
        {
            throw new DomainException("Antal platser kan inte vara negativt.");
        }

        var name = sentBy?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw new DomainException("Ange vem som skickade rapporten.");
        }

        return new PlaceReportSubmission(kommunId, PlaceReportMonth.CountedOn(month), totalPlaces, now, name.Length > MaxNameLength ? name[..MaxNameLength] : name);
    }

    public void Touch() => Version++;
}
