namespace Narplan.Web.Features.Ledningsteam;

/// <summary>One unit's ledningsteam meetings in one year: held, still planned ahead, and whether it is flagged (fewer than two).</summary>
public sealed record LedningsteamYearRow(Guid UnitId, string Unit, int Year, int Held, int PlannedAhead, bool Flagged);

/// <summary>
/// The figures the follow-up dashboard calls (issue 19 item 6): meetings held per unit per year for a kommun's units with
/// a unit doctor. Counts only; no patient data.
/// </summary>
public sealed class LedningsteamQueries(NarplanDbContext db)
{
    public async Task<IReadOnlyList<LedningsteamYearRow>> HeldPerUnitPerYearAsync(Guid kommunId, int fromYear, int toYear, LocalDate today, CancellationToken ct = default)
    {
        var units = (await db.CareUnits.AsNoTracking().Where(u => u.KommunId == kommunId).Select(u => new { u.Id, u.Name, u.Type }).ToListAsync(ct))
            .Where(u => u.Type.HasUnitDoctor()).ToList();
        var first = new LocalDate(fromYear, 1, 1);
        var last = new LocalDate(toYear, 12, 31);
        var meetings = (await db.Set<LedningsteamMeeting>().AsNoTracking().Where(m => m.KommunId == kommunId && m.On >= first && m.On <= last).ToListAsync(ct))
            .ToLookup(m => m.CareUnitId);
        var sv = StringComparer.Create(new("sv-SE"), false);
        return [.. from u in units.OrderBy(u => u.Name, sv)
                   from year in Enumerable.Range(fromYear, toYear - fromYear + 1)
                   let y = LedningsteamYear.Of(meetings[u.Id], year, today)
                   select new LedningsteamYearRow(u.Id, u.Name, year, y.Held, y.PlannedAhead, y.Flagged)];
    }
}
