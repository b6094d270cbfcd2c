using Narplan.Web.Features.Crisis;

namespace Narplan.Web.Features.Ledningsteam;

/// <summary>
/// The yearly joint assessment of kompetensutveckling per närområde (issue 19 item 6; seed 002: "En gång/år gemensamt
/// bedöma och planera behov av kompetensutveckling"). Recorded by <see cref="AccessPolicy.MayRecordCompetenceAssessment"/>;
/// audited by the data layer. Plan data, readable by everyone signed in.
/// </summary>
public sealed class CompetenceService(NarplanDbContext db, IClock clock)
{
    public LocalDate Today => Stockholm.Today(clock);

    public async Task<IReadOnlyList<CompetenceAssessment>> ForKommunAsync(Guid kommunId, CancellationToken ct = default) =>
        (await db.Set<CompetenceAssessment>().AsNoTracking().Where(a => a.KommunId == kommunId).ToListAsync(ct)).OrderByDescending(a => a.ForYear).ToList();

    public async Task<bool> MayRecordAsync(ClaimsPrincipal user, Guid kommunId, CancellationToken ct = default) =>
        AccessPolicy.MayRecordCompetenceAssessment(user.ToActor(), kommunId, await CareCentresAsync(kommunId, ct));

    public async Task<RegisterResult> RecordAsync(
        ClaimsPrincipal user, Guid kommunId, LocalDate? assessedOn, int? forYear, string? participants, string? needs, IReadOnlyList<PlannedTraining> trainings,
        CancellationToken ct = default)
    {
        if (!await db.Kommuner.AnyAsync(k => k.Id == kommunId, ct))
        {
            return new RegisterResult(false, "Närområdet finns inte.", NotFound: true);
        }

        if (!await MayRecordAsync(user, kommunId, ct))
        {
            return new RegisterResult(false, "Bedömningen registreras av kommunens MAS eller enhetschef eller en vårdcentralschef i närområdet.", Forbidden: true);
        }

        if (forYear is { } year && await db.Set<CompetenceAssessment>().AnyAsync(a => a.KommunId == kommunId && a.ForYear == year, ct))
        {
            return new RegisterResult(false, $"Närområdet har redan en bedömning för {year}.", nameof(CompetenceAssessment.ForYear));
        }

        if (DomainRefusal.Of(() => db.Add(CompetenceAssessment.Record(kommunId, assessedOn, forYear, participants, needs, trainings, Today)), RegisterResult.Refused) is { } refused)
        {
            return refused;
        }

        return await db.SaveUnlessConflictAsync(ct)
            ? RegisterResult.Ok
            : new RegisterResult(false, "Någon annan registrerade en bedömning för samma år samtidigt. Dina uppgifter finns kvar i formuläret.", Conflict: true);
    }

    private async Task<List<Guid>> CareCentresAsync(Guid kommunId, CancellationToken ct) =>
        await db.RegionalUnits.AsNoTracking().Where(c => c.KommunId == kommunId && c.UnitKind == RegionalUnitKind.Vardcentral).Select(c => c.Id).ToListAsync(ct);
}
