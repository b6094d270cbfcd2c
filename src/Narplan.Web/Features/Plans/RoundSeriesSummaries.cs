namespace Narplan.Web.Features.Plans;

/// <summary>
/// Bilaga 1's "Dag och tid" from the stored round series (issue 5), e.g. "tisdagar 13.00, varannan
/// vecka, på plats"; the wording is <see cref="RoundSummaryText"/>.
/// </summary>
public sealed class RoundSeriesSummaries(NarplanDbContext db) : IRoundSummaryProvider
{
    public async Task<IReadOnlyDictionary<Guid, string>> SummariesAsync(IReadOnlyCollection<Guid> unitIds, LocalDate date, CancellationToken ct)
    {
        var ids = unitIds.ToList();
        var series = await db.RoundSeries.AsNoTracking().Where(s => ids.Contains(s.CareUnitId)).ToListAsync(ct);
        return RoundSummaryText.ByUnit(series, date);
    }
}
