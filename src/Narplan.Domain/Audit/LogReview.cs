using System.Security.Cryptography;

namespace Narplan.Domain.Audit;

/// <summary>
/// The monthly sample of patient reads for the systematic log review (HSLF-FS 2016:40, 4 kap. 9 §; DOMAIN.md §10;
/// decision 0073). The same organisation and month always give the same sample: each read is ranked by a
/// SHA-256 of the organisation, the month and the read's id, and the lowest <see cref="Size"/> are drawn — so the
/// sample does not depend on the order the reads are loaded in, and nobody can choose which reads are reviewed.
/// </summary>
public static class LogReviewSample
{
    /// <summary>Reads drawn per organisation and month (all of them when there are fewer).</summary>
    public const int Size = 10;

    public static IReadOnlyList<Guid> Draw(Guid organisationId, YearMonth month, IEnumerable<Guid> readIds, int size = Size) =>
        readIds.Distinct().OrderBy(id => Rank(organisationId, month, id), StringComparer.Ordinal).Take(size).ToList();

    /// <summary>The month's half-open interval of instants in Stockholm time.</summary>
    public static Interval Span(YearMonth month, DateTimeZone zone) =>
        new(month.OnDayOfMonth(1).AtStartOfDayInZone(zone).ToInstant(), month.PlusMonths(1).OnDayOfMonth(1).AtStartOfDayInZone(zone).ToInstant());

    private static string Rank(Guid organisationId, YearMonth month, Guid readId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{organisationId:D}|{YearMonthPattern.Iso.Format(month)}|{readId:D}")));
}

/// <summary>A reviewer's judgement of one sampled read.</summary>
public sealed class LogReviewMark : Entity
{
    private LogReviewMark()
    {
        ReviewerName = "";
    }

    internal LogReviewMark(Guid auditEntryId, bool justified, string? comment, string reviewerName, Instant at)
    {
        AuditEntryId = auditEntryId;
        Update(justified, comment, reviewerName, at);
        ReviewerName = reviewerName;
    }

    public Guid AuditEntryId { get; private set; }

    /// <summary>Whether the read had a reason in the patient's care (befogad).</summary>
    public bool Justified { get; private set; }

    public string? Comment { get; private set; }

    public string ReviewerName { get; private set; }

    public Instant MarkedAt { get; private set; }

    internal void Update(bool justified, string? comment, string reviewerName, Instant at)
    {
        Justified = justified;
        Comment = comment;
        ReviewerName = reviewerName;
        MarkedAt = at;
    }
}

/// <summary>
/// One organisation's log review for one month: a mark per sampled read, then the review closed with a summary. Only a
/// month that has ended can be reviewed; a mark on a read outside the sample, or an unjustified read without a comment,
/// is refused in Swedish.
/// </summary>
public sealed class LogReview : Entity, IVersioned
{
    public const int MaxTextLength = 2000;

    private readonly List<LogReviewMark> _marks = [];

    private LogReview()
    {
    }

    public LogReview(Guid organisationId, YearMonth month, LocalDate today)
    {
        if (month.OnDayOfMonth(1).PlusMonths(1) > today)
        {
            throw new DomainException("Bara en månad som har tagit slut kan granskas.");
        }

        OrganisationId = organisationId;
        Year = month.Year;
        Month = month.Month;
    }

    public Guid OrganisationId { get; private set; }

    public int Year { get; private set; }

    public int Month { get; private set; }

    public YearMonth YearMonth => new(Year, Month);

    public IReadOnlyList<LogReviewMark> Marks => _marks;

    public Instant? CompletedAt { get; private set; }

    public string? CompletedBy { get; private set; }

    /// <summary>The reviewer's conclusion (what was found, what was done about unjustified reads).</summary>
    public string? Summary { get; private set; }

    public int Version { get; private set; }

    public bool IsCompleted => CompletedAt is not null;

    public LogReviewMark? MarkOf(Guid auditEntryId) => _marks.FirstOrDefault(m => m.AuditEntryId == auditEntryId);

    /// <summary>Marks a sampled read justified or not; marking it again replaces the earlier mark until the review is closed.</summary>
    public void Mark(Guid auditEntryId, IReadOnlyCollection<Guid> sample, bool justified, string? comment, string reviewerName, Instant at)
    {
        if (IsCompleted)
        {
            throw new DomainException("Granskningen är avslutad och kan inte ändras.");
        }

        if (!sample.Contains(auditEntryId))
        {
            throw new DomainException("Läsningen ingår inte i månadens stickprov.");
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (!justified && comment is null)
        {
            throw new DomainException("Skriv varför läsningen inte var befogad och vad som görs.");
        }

        if (comment?.Length > MaxTextLength)
        {
            throw new DomainException($"Kommentaren får vara högst {MaxTextLength} tecken.");
        }

        if (MarkOf(auditEntryId) is { } mark)
        {
            mark.Update(justified, comment, reviewerName, at);
        }
        else
        {
            _marks.Add(new LogReviewMark(auditEntryId, justified, comment, reviewerName, at));
        }
    }

    /// <summary>Closes the review once every sampled read is marked.</summary>
    public void Complete(IReadOnlyCollection<Guid> sample, string? summary, string reviewerName, Instant at)
    {
        if (IsCompleted)
        {
            throw new DomainException("Granskningen är redan avslutad.");
        }

        var unmarked = sample.Count(id => MarkOf(id) is null);
        if (unmarked > 0)
        {
            throw new DomainException(unmarked == 1 ? "En läsning i stickprovet är inte bedömd ännu." : $"{unmarked} läsningar i stickprovet är inte bedömda ännu.");
        }

        summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        if (summary is null)
        {
            throw new DomainException("Skriv en sammanfattning av granskningen.");
        }

        if (summary.Length > MaxTextLength)
        {
            throw new DomainException($"Sammanfattningen får vara högst {MaxTextLength} tecken.");
        }

        Summary = summary;
        CompletedBy = reviewerName;
        CompletedAt = at;
    }

    public void Touch() => Version++;
}
