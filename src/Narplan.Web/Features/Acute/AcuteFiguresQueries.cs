using Microsoft.EntityFrameworkCore;
using Narplan.Data;
using Narplan.Domain.Acute;
using Narplan.Domain.Calendars;
using Narplan.Domain.Palliative;
using NodaTime;

namespace Narplan.Web.Features.Acute;

/// <summary>One contact over a promise, for the list under the figures (no patient data: the link opens it with access checks).</summary>
public sealed record OverPromiseRow(Guid ContactId, Instant CalledAt, string Unit, string Promise, Duration Elapsed, Duration Limit);

/// <summary>Both promises in one calendar month of the period.</summary>
public sealed record MonthFigures(YearMonth Month, PromiseSummary Telephone, PromiseSummary OnSite);

/// <summary>The follow-up figures for one närområde (kommun) and period, inclusive local dates.</summary>
public sealed record AcuteFollowUp(
    Guid KommunId,
    string Kommun,
    LocalDate From,
    LocalDate To,
    int Contacts,
    ResponseTimeSummary ResponseTimes,
    IReadOnlyList<MonthFigures> Months,
    IReadOnlyList<OverPromiseRow> OverPromise,
    Share DecisionSupport,
    IReadOnlyDictionary<AcuteContactOutcome, int> Outcomes,
    int WithoutOutcome,
    TargetShare BreakpointConversations,
    int ExpectedDeathsWithoutBreakpointConversation);

/// <summary>Aggregates over acute contacts and deaths per närområde (kommun) and period (DOMAIN.md §10; decision 0017).</summary>
public sealed class AcuteFiguresQueries(NarplanDbContext db)
{
    public async Task<AcuteFollowUp?> ForKommunAsync(Guid kommunId, LocalDate from, LocalDate to, CancellationToken ct = default)
    {
        var kommun = await db.Kommuner.AsNoTracking().Where(k => k.Id == kommunId).Select(k => k.Name).SingleOrDefaultAsync(ct);
        if (kommun is null)
        {
            return null;
        }

        var start = from.AtStartOfDayInZone(Stockholm.Zone).ToInstant();
        var end = to.PlusDays(1).AtStartOfDayInZone(Stockholm.Zone).ToInstant();
        var units = await db.CareUnits.AsNoTracking().Where(u => u.KommunId == kommunId).Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var unitIds = units.Keys.ToList();
        // Instants are stored as text on SQLite; filter the period in memory over the kommun's contacts.
        var contacts = (await db.AcuteContacts.AsNoTracking().Where(c => unitIds.Contains(c.CareUnitId)).ToListAsync(ct))
            .Where(c => c.CalledAt >= start && c.CalledAt < end)
            .OrderBy(c => c.CalledAt)
            .ToList();

        var evaluations = contacts.Select(c => (Contact: c, Evaluation: c.Evaluate())).ToList();
        var over = new List<OverPromiseRow>();
        foreach (var (contact, evaluation) in evaluations)
        {
            if (evaluation.Telephone.Status == PromiseStatus.Over)
            {
                over.Add(new(contact.Id, contact.CalledAt, units[contact.CareUnitId], "Telefonkontakt", evaluation.Telephone.Elapsed!.Value, evaluation.Telephone.Promise!.Value));
            }

            if (evaluation.OnSite.Status == PromiseStatus.Over)
            {
                over.Add(new(contact.Id, contact.CalledAt, units[contact.CareUnitId], "Läkare på plats", evaluation.OnSite.Elapsed!.Value, evaluation.OnSite.Promise!.Value));
            }
        }

        var months = evaluations
            .GroupBy(e => { var d = e.Contact.CalledOn; return new YearMonth(d.Year, d.Month); })
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var summary = ResponseTimes.Summarise(g.Select(e => e.Evaluation));
                return new MonthFigures(g.Key, summary.Telephone, summary.OnSite);
            })
            .ToList();

        var deaths = await DeathsAsync(kommunId, start, end, ct);
        return new AcuteFollowUp(
            kommunId, kommun, from, to, contacts.Count,
            ResponseTimes.Summarise(evaluations.Select(e => e.Evaluation)),
            months,
            over,
            Narplan.Domain.Acute.AcuteFigures.DecisionSupportShare(contacts.Select(c => c.DecisionSupport)),
            Narplan.Domain.Acute.AcuteFigures.OutcomeCounts(contacts.Where(c => c.Outcome is not null).Select(c => c.Outcome!.Value)),
            contacts.Count(c => c.Outcome is null),
            PalliativeFigures.BreakpointConversationShare(deaths),
            PalliativeFigures.ExpectedDeathsWithoutBreakpointConversation(deaths).Count);
    }

    private async Task<List<DeathForFollowUp>> DeathsAsync(Guid kommunId, Instant start, Instant end, CancellationToken ct)
    {
        var courses = (await db.PalliativeCourses.AsNoTracking().AsSplitQuery()
                .Where(c => c.Death != null && db.Patients.Any(p => p.Id == c.PatientId && p.KommunId == kommunId))
                .ToListAsync(ct))
            .Where(c => c.Death!.DiedAt >= start && c.Death.DiedAt < end)
            .ToList();
        return courses
            .Select(c => new DeathForFollowUp(c.PatientId, c.Death!.IsExpected, c.Conversations.Any(b => b.HeldOn <= c.Death.DiedOn)))
            .ToList();
    }
}
