using Narplan.Domain.Vaccination;

namespace Narplan.Web.Features.Vaccination;

/// <summary>
/// A kommun's vaccination figures for a period (both ends included): <see cref="DosesGiven"/> in the period;
/// <see cref="DocumentationOnTime"/> of <see cref="DocumentationDue"/> — of the doses whose documentation fell due in the
/// period, how many were sent by their due day ("senast en vecka efter given dos"); <see cref="Registered"/> — of the doses
/// given in the period, how many the vårdcentral had registered (→ NVR) by the period's last day.
/// </summary>
public sealed record VaccinationFigureSet(
    Guid KommunId, DateInterval Period, int DosesGiven, int DocumentationDue, int DocumentationOnTime, int Registered, IReadOnlyDictionary<Vaccine, int> GivenByVaccine)
{
    /// <summary>"12 av 14".</summary>
    public string OnTimeText => $"{DocumentationOnTime} av {DocumentationDue}";
}

/// <summary>
/// The figures the follow-up dashboard calls (issue 19 item 2, DOMAIN.md §10). Counts only; no patient is named, so no
/// read is logged. The caller decides who may see a kommun's figures (<c>AccessPolicy.MaySeeVaccinationCampaign</c>).
/// </summary>
public sealed class VaccinationFigures(NarplanDbContext db)
{
    public async Task<VaccinationFigureSet> ForKommunAsync(Guid kommunId, DateInterval period, CancellationToken ct = default)
    {
        // Documentation due in the period belongs to doses given up to a week before it starts.
        var from = period.Start.PlusDays(-VaccinationDocumentation.DaysAfterDose);
        var to = period.End;
        var doses = await db.Set<VaccinationDose>().AsNoTracking()
            .Where(d => d.KommunId == kommunId && d.GivenOn >= from && d.GivenOn <= to)
            .ToListAsync(ct);
        var given = doses.Where(d => period.Contains(d.GivenOn)).ToList();
        var due = doses.Where(d => period.Contains(d.DocumentationDueOn)).ToList();
        return new VaccinationFigureSet(
            kommunId,
            period,
            given.Count,
            due.Count,
            due.Count(d => d.WasDocumentedOnTime),
            given.Count(d => d.RegisteredOn is { } r && r <= period.End),
            given.GroupBy(d => d.Vaccine).ToDictionary(g => g.Key, g => g.Count()));
    }
}
