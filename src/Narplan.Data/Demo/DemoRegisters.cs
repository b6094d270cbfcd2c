using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Capacity;
using Narplan.Domain.Places;
using Narplan.Domain.SelfCare;
using NodaTime;

namespace Narplan.Data.Demo;

/// <summary>
/// Demo data for the samverkan registers (issue 19), added once to a demo database that lacks it (also one made before
/// the registers existed), so every register list has rows. Recorded through the domain rules as of
/// <see cref="Today"/>; every name is invented.
/// </summary>
internal static class DemoRegisters
{
    /// <summary>The day the demo registers are "recorded" (the demo's deaths use the same week).</summary>
    private static readonly LocalDate Today = new(2026, 11, 24);

    private static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 9, 0);

    public static async Task SeedIfMissingAsync(NarplanDbContext db, CancellationToken ct)
    {
        if (!await db.CareUnits.AnyAsync(u => u.Name == "Eken", ct))
        {
            return; // not the demo data
        }

        await CapacityAsync(db, ct);
        await SelfCareAsync(db, ct);
        await db.SaveChangesAsync(ct);
        await DemoCrisisLedningsteamHealth.SeedIfMissingAsync(db, ct);
    }

    /// <summary>
    /// Eken (Herrljunga) plans 28 → 32 places from 1 June 2027, not yet acknowledged by Närhälsan Herrljunga's
    /// vårdcentralschef; Lugnet (Lidköping) has a dated history (30 from the plan's start) and a change to 27 from
    /// 1 April 2027 that Närhälsan Guldvingen has acknowledged.
    /// </summary>
    private static async Task CapacityAsync(NarplanDbContext db, CancellationToken ct)
    {
        if (await db.Set<CapacityNotice>().AnyAsync(ct))
        {
            return;
        }

        var units = await db.CareUnits.Include(u => u.Responsibilities).Include(u => u.PlacePeriods)
            .Where(u => u.Name == "Eken" || u.Name == "Lugnet").ToListAsync(ct);
        if (units.SingleOrDefault(u => u.Name == "Eken") is { } eken)
        {
            var from = new LocalDate(2027, 6, 1);
            db.Add(CapacityNotice.Give(eken, eken.ResponsibilityOn(from)?.CareCentreId, 32, from, Today, Now, "Per Sandberg",
                "Fyra nya platser när flygeln är ombyggd."));
        }

        if (units.SingleOrDefault(u => u.Name == "Lugnet") is { } lugnet && lugnet.PlacePeriods.Count == 0)
        {
            lugnet.ChangePlacesFrom(DemoData.PlanStart, lugnet.Places, Today);
            var from = new LocalDate(2027, 4, 1);
            var notice = CapacityNotice.Give(lugnet, lugnet.ResponsibilityOn(from)?.CareCentreId, 27, from, Today, Now, "Anders Vik",
                "Tre platser blir korttidsplatser.");
            notice.Acknowledge(Now.Plus(Duration.FromHours(26)), "Verksamhetschef Närhälsan Guldvingen");
            db.Add(notice);
        }
    }

    /// <summary>
    /// Egenvårdsintyg: Karl Exempelsson (Hagagården) overdue since 2026-10-15 and Greta Påhittad due 2026-12-20 for
    /// Närhälsan Herrljunga; Märta Fiktivsdotter (Margretelund) overdue since 2026-11-20 for Närhälsan Lidköping;
    /// Tolvan Tolvansson (Bäckliden) followed up in February 2026, next due 2027-02-01.
    /// </summary>
    private static async Task SelfCareAsync(NarplanDbContext db, CancellationToken ct)
    {
        if (await db.Set<SelfCareCertificate>().AnyAsync(ct))
        {
            return;
        }

        var names = new[] { "Karl Exempelsson", "Greta Påhittad", "Märta Fiktivsdotter", "Tolvan Tolvansson" };
        var patients = await db.Patients.Where(p => names.Contains(p.Name)).ToListAsync(ct);
        var units = await db.CareUnits.Include(u => u.Responsibilities).ToDictionaryAsync(u => u.Id, ct);
        SelfCareCertificate? Write(string name, string by, SelfCareWriterRole role, LocalDate on, string covers)
        {
            if (patients.FirstOrDefault(p => p.Name == name) is not { } patient
                || (patient.ListedCareCentreId ?? units[patient.CareUnitId].ResponsibilityOn(Today)?.CareCentreId) is not { } centre)
            {
                return null;
            }

            var certificate = SelfCareCertificate.Write(patient.Id, patient.KommunId, centre, by, role, on, covers, Today);
            db.Add(certificate);
            return certificate;
        }

        Write("Karl Exempelsson", "Karin Åberg", SelfCareWriterRole.Doctor, new(2025, 10, 15), "Insulininjektioner morgon och kväll enligt ordination; blodsockerkontroll före måltid.");
        Write("Greta Påhittad", "Karin Åberg", SelfCareWriterRole.Doctor, new(2025, 12, 20), "Inhalation av luftrörsvidgande läkemedel vid behov.");
        Write("Märta Fiktivsdotter", "Oskar Wallin", SelfCareWriterRole.Doctor, new(2025, 11, 20), "Stödstrumpor på morgonen, av till natten.");
        Write("Tolvan Tolvansson", "Sofia Eriksson", SelfCareWriterRole.Doctor, new(2025, 1, 20), "Ögondroppar två gånger dagligen.")
            ?.RecordFollowUp(new(2026, 2, 1), "Sofia Eriksson", Today);
    }
}
