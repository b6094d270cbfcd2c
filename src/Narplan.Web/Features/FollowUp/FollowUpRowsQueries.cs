using Narplan.Web.Features.Acute;
using Narplan.Web.Features.Palliative;
using Narplan.Web.Features.SelfCare;
using Narplan.Web.Features.YearPlans;

namespace Narplan.Web.Features.FollowUp;

/// <summary>
/// The rows behind the built-in indicators (decision 0082). Rows carry dates, units and statuses, never names or
/// identity numbers; each links to the page it comes from, which checks access again. The caller decides who may see
/// them (<c>AccessPolicy.MaySeeFollowUpRows</c>) and audit-logs the patients shown.
/// </summary>
public sealed class FollowUpRowsQueries(NarplanDbContext db, FollowUpQueries figures, IEnumerable<IFollowUpIndicatorSource> sources)
{
    public static readonly IReadOnlyDictionary<string, string> BuiltIn = new Dictionary<string, string>
    {
        ["akuta-kontakter"] = "Akuta kontakter",
        ["arsgenomgangar"] = "Årliga medicinska vårdplaneringar",
        ["egenvardsintyg"] = "Egenvårdsintyg",
        ["dodsfall"] = "Väntade dödsfall och brytpunktssamtal",
    };

    public async Task<FollowUpRows?> RowsAsync(string rowsKey, Guid kommunId, FollowUpPeriod period, CancellationToken ct = default)
    {
        var units = await db.CareUnits.AsNoTracking().Where(u => u.KommunId == kommunId).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        switch (rowsKey)
        {
            case "akuta-kontakter":
                return await AcuteAsync(units, period, ct);
            case "arsgenomgangar":
                return Reviews(units, await figures.ReviewRowsAsync(kommunId, period, ct), period);
            case "egenvardsintyg":
                return await SelfCareAsync(kommunId, units, period, ct);
            case "dodsfall":
                return await DeathsAsync(kommunId, units, period, ct);
        }

        var scope = new FollowUpScope(kommunId, period, figures.Today);
        foreach (var source in sources)
        {
            if (await source.RowsAsync(rowsKey, scope, ct) is { } rows)
            {
                return rows;
            }
        }

        return null;
    }

    private async Task<FollowUpRows> AcuteAsync(Dictionary<Guid, string> units, FollowUpPeriod period, CancellationToken ct)
    {
        var start = period.From.AtStartOfDayInZone(Stockholm.Zone).ToInstant();
        var end = period.To.PlusDays(1).AtStartOfDayInZone(Stockholm.Zone).ToInstant();
        var unitIds = units.Keys.ToList();
        var contacts = (await db.AcuteContacts.AsNoTracking().Where(c => unitIds.Contains(c.CareUnitId)).ToListAsync(ct))
            .Where(c => c.CalledAt >= start && c.CalledAt < end).OrderBy(c => c.CalledAt).ToList();
        static string Status(PromiseEvaluation e) => e.Status switch
        {
            PromiseStatus.Within => $"Inom ({LocalTimes.Show(e.Elapsed!.Value)})",
            PromiseStatus.Over => $"Över ({LocalTimes.Show(e.Elapsed!.Value)})",
            PromiseStatus.Missing => "Tid saknas",
            _ => "Gäller inte",
        };
        return new FollowUpRows("Akuta kontakter", ["Ringt", "Enhet", "Telefonkontakt", "Läkare på plats", "BViS/ViSam", "Utfall"],
        [
            .. contacts.Select(c =>
            {
                var e = c.Evaluate();
                return new FollowUpRow(
                    [LocalTimes.Show(c.CalledAt), units[c.CareUnitId], Status(e.Telephone), Status(e.OnSite),
                     c.DecisionSupport is null ? "Nej" : "Ja", c.Outcome is { } o ? AcuteContactOutcomes.Name(o) : "Ej registrerat"],
                    AcuteFollowUpPage.Url(c.Id), c.PatientId);
            }),
        ]);
    }

    private static FollowUpRows Reviews(Dictionary<Guid, string> units, List<ReviewForFollowUp> reviews, FollowUpPeriod period)
    {
        var shown = reviews.Where(r => r.Counts && (period.Contains(r.DueOn) || (r.DoneOn is { } d && period.Contains(d))))
            .OrderBy(r => r.DueOn).ToList();
        static string Show(NodaTime.LocalDate? d) => d is { } x ? LocalTimes.Show(x) : "–";
        return new FollowUpRows("Årliga medicinska vårdplaneringar", ["Enhet", "Förfaller", "Genomförd", "Status", "Fördjupad läkemedelsgenomgång", "Hembesök av fast läkarkontakt"],
        [
            .. shown.Select(r => new FollowUpRow(
                [units.GetValueOrDefault(r.CareUnitId, "?"), LocalTimes.Show(r.DueOn), Show(r.DoneOn),
                 r.Status == AnnualReviewStatus.Done ? (r.DoneOn <= r.DueOn ? "Genomförd i tid" : "Genomförd efter förfallodagen") : r.Status == AnnualReviewStatus.NoRoom ? "Ingen plats" : "Planerad",
                 r.Status == AnnualReviewStatus.Done ? (r.MedicationReviewDone && r.MedicationReview == MedicationReviewKind.Extended ? "Ja" : "Nej") : "–",
                 r.Status == AnnualReviewStatus.Done ? (r.HomeVisitByRegularDoctor ? "Ja" : "Nej") : "–"],
                AnnualReviewPage.Url(r.PatientId), r.PatientId)),
        ]);
    }

    private async Task<FollowUpRows> SelfCareAsync(Guid kommunId, Dictionary<Guid, string> units, FollowUpPeriod period, CancellationToken ct)
    {
        var certificates = await db.Set<SelfCareCertificate>().AsNoTracking().Where(c => c.KommunId == kommunId).OrderBy(c => c.WrittenOn).ToListAsync(ct);
        var centres = await db.RegionalUnits.AsNoTracking().Select(r => new { r.Id, r.Name }).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        return new FollowUpRows("Egenvårdsintyg", ["Skrivet", "Vårdcentral", "Senast uppföljt", "Nästa uppföljning", "Avslutat"],
        [
            .. certificates
                .Where(c => Domain.FollowUp.FollowUpFigures.SelfCare([c], period, figures.Today).Due > 0)
                .Select(c => new FollowUpRow(
                    [LocalTimes.Show(c.WrittenOn), centres.GetValueOrDefault(c.CareCentreId, "?"), c.LastFollowUpOn is { } l ? LocalTimes.Show(l) : "–",
                     LocalTimes.Show(c.FollowUpDueOn), c.EndedOn is { } e ? LocalTimes.Show(e) : "–"],
                    SelfCarePage.Url(c.PatientId), c.PatientId)),
        ]);
    }

    private async Task<FollowUpRows> DeathsAsync(Guid kommunId, Dictionary<Guid, string> units, FollowUpPeriod period, CancellationToken ct)
    {
        var start = period.From.AtStartOfDayInZone(Stockholm.Zone).ToInstant();
        var end = period.To.PlusDays(1).AtStartOfDayInZone(Stockholm.Zone).ToInstant();
        var courses = await db.PalliativeCourses.AsNoTracking()
            .Where(c => c.Death != null && db.Patients.Any(p => p.Id == c.PatientId && p.KommunId == kommunId))
            .Select(c => new { c.PatientId, Death = c.Death!, Held = c.Conversations.Select(b => b.HeldOn).ToList() })
            .ToListAsync(ct);
        var deaths = courses
            .Where(c => c.Death.DiedAt >= start && c.Death.DiedAt < end && c.Death.IsExpected)
            .OrderBy(c => c.Death.DiedAt)
            .ToList();
        var ids = deaths.Select(d => d.PatientId).ToList();
        var unitOf = await db.Patients.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.CareUnitId, ct);
        var conversations = deaths.SelectMany(d => d.Held.Select(h => new { d.PatientId, HeldOn = h })).ToList();
        return new FollowUpRows("Väntade dödsfall", ["Död", "Enhet", "Brytpunktssamtal"],
        [
            .. deaths.Select(d =>
            {
                var diedOn = d.Death.DiedAt.InZone(Stockholm.Zone).Date;
                var held = conversations.Where(c => c.PatientId == d.PatientId && c.HeldOn <= diedOn).Select(c => c.HeldOn).OrderDescending().FirstOrDefault();
                return new FollowUpRow(
                    [LocalTimes.Show(diedOn), units.GetValueOrDefault(unitOf.GetValueOrDefault(d.PatientId), "?"), conversations.Any(c => c.PatientId == d.PatientId && c.HeldOn <= diedOn) ? $"Ja ({LocalTimes.Show(held)})" : "Nej"],
                    PalliativePage.Url(d.PatientId), d.PatientId);
            }),
        ]);
    }
}
