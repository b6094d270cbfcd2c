using Narplan.Domain.Capacity;
using Narplan.Domain.OralHealth;
using Narplan.Domain.PlaceReports;
using Narplan.Domain.SelfCare;
using Narplan.Domain.Vaccination;

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
        await DemoSip.SeedIfMissingAsync(db, ct);
        await VaccinationAsync(db, ct);
        await PlaceReportsAsync(db, ct);
        await OralHealthAsync(db, ct);
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

        var units = await db.CareUnits.Include(u => u.Responsibilities).Include(u => u.PlacePeriods).AsSplitQuery()
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

    /// <summary>
    /// The autumn 2026 campaign (influenza and covid-19, 15 October – 31 December, orders by 25 September) for Herrljunga
    /// and Lidköping, with orders per unit (some confirmed by the vårdcentral, one waiting) and doses in every state:
    /// registered; sent and waiting for the vårdcentral (Greta Påhittad, Astrid Påhittad — the latter sent late); not sent
    /// and overdue (Karl Exempelsson's covid dose, Märta Fiktivsdotter's, Bo Demosson's).
    /// </summary>
    private static async Task VaccinationAsync(NarplanDbContext db, CancellationToken ct)
    {
        if (await db.Set<VaccinationCampaign>().AnyAsync(ct))
        {
            return;
        }

        var kommuner = await db.Kommuner.Where(k => k.Name == "Herrljunga" || k.Name == "Lidköping").ToDictionaryAsync(k => k.Name, k => k.Id, ct);
        var units = await db.CareUnits.Include(u => u.Responsibilities).ToListAsync(ct);
        var names = new[] { "Karl Exempelsson", "Greta Påhittad", "Bo Demosson", "Tolvan Tolvansson", "Astrid Påhittad", "Märta Fiktivsdotter", "Elsa Testsson" };
        var patients = await db.Patients.Where(p => names.Contains(p.Name)).ToListAsync(ct);
        var ordered = new LocalDate(2026, 9, 20);
        var confirmed = new LocalDate(2026, 9, 28);

        VaccinationCampaign? Campaign(string kommun)
        {
            if (!kommuner.TryGetValue(kommun, out var id))
            {
                return null;
            }

            var campaign = VaccinationCampaign.Plan(id, VaccinationSeason.Autumn, new LocalDate(2026, 10, 15), new LocalDate(2026, 12, 31), new LocalDate(2026, 9, 25), true, true);
            db.Add(campaign);
            return campaign;
        }

        void Order(VaccinationCampaign? campaign, string unitName, int enhanced, int standard, int covid, string by, string? confirmedBy)
        {
            if (campaign is null || units.FirstOrDefault(u => u.Name == unitName && u.KommunId == campaign.KommunId) is not { } unit)
            {
                return;
            }

            var order = VaccineOrder.Place(campaign, unit.Id, unit.ResponsibilityOn(campaign.StartsOn)?.CareCentreId, enhanced, standard, covid, by, ordered);
            if (confirmedBy is not null)
            {
                order.Confirm(true, true, confirmedBy, confirmed);
            }

            db.Add(order);
        }

        void Dose(VaccinationCampaign? campaign, string name, Vaccine vaccine, LocalDate on, int number, string by, LocalDate? sent = null, LocalDate? registered = null, string? registeredBy = null)
        {
            if (campaign is null || patients.FirstOrDefault(p => p.Name == name && p.KommunId == campaign.KommunId) is not { } patient)
            {
                return;
            }

            var unit = units.Single(u => u.Id == patient.CareUnitId);
            var dose = VaccinationDose.Record(patient.Id, campaign, unit.Id, unit.ResponsibilityOn(on)?.CareCentreId ?? patient.ListedCareCentreId, vaccine, on, number, by, Today);
            if (sent is { } s)
            {
                dose.MarkDocumentationSent(s, by, Today);
            }

            if (registered is { } r)
            {
                dose.MarkRegistered(r, registeredBy, Today);
            }

            db.Add(dose);
        }

        var herrljunga = Campaign("Herrljunga");
        Order(herrljunga, "Hagagården", 30, 8, 25, "Lena Holm", "Maria Ek");
        Order(herrljunga, "Eken", 20, 4, 15, "Lena Holm", "Maria Ek");
        Order(herrljunga, "Hemsjukvården Herrljunga", 60, 20, 40, "Hedda Testberg", null);
        Dose(herrljunga, "Karl Exempelsson", Vaccine.EnhancedInfluenza, new(2026, 10, 20), 1, "Hedda Testberg", new(2026, 10, 23), new(2026, 10, 27), "Maria Ek");
        Dose(herrljunga, "Karl Exempelsson", Vaccine.Covid19, new(2026, 11, 10), 1, "Hedda Testberg");
        Dose(herrljunga, "Greta Påhittad", Vaccine.EnhancedInfluenza, new(2026, 11, 5), 1, "Hedda Testberg", new(2026, 11, 9));
        Dose(herrljunga, "Bo Demosson", Vaccine.StandardInfluenza, new(2026, 11, 20), 1, "Hedda Testberg");

        var lidkoping = Campaign("Lidköping");
        Order(lidkoping, "Bäckliden", 40, 10, 30, "Camilla Rask", "Helena Björk");
        Order(lidkoping, "Margretelund", 35, 8, 25, "Camilla Rask", "Helena Björk");
        Order(lidkoping, "Hemvårdsområde Norr", 80, 30, 50, "Ida Sjöström", null);
        Dose(lidkoping, "Tolvan Tolvansson", Vaccine.EnhancedInfluenza, new(2026, 10, 22), 1, "Ida Sjöström", new(2026, 10, 28), new(2026, 11, 2), "Helena Björk");
        Dose(lidkoping, "Astrid Påhittad", Vaccine.EnhancedInfluenza, new(2026, 11, 12), 1, "Ida Sjöström", new(2026, 11, 23));
        Dose(lidkoping, "Märta Fiktivsdotter", Vaccine.Covid19, new(2026, 11, 16), 1, "Rasmus Exempelsson");
        Dose(lidkoping, "Elsa Testsson", Vaccine.StandardInfluenza, new(2026, 11, 18), 1, "Ida Sjöström", new(2026, 11, 20), new(2026, 11, 24), "Helena Björk");
    }

    /// <summary>
    /// The monthly place report to VGR (issue 20 item 4): Herrljunga's MAS Lena Holm marked September and October 2026
    /// sent, with the totals counted from the units then; November 2026 is due by 31 December. Lidköping has marked none.
    /// </summary>
    private static async Task PlaceReportsAsync(NarplanDbContext db, CancellationToken ct)
    {
        if (await db.Set<PlaceReportSubmission>().AnyAsync(ct)
            || await db.Kommuner.SingleOrDefaultAsync(k => k.Name == "Herrljunga", ct) is not { } herrljunga)
        {
            return;
        }

        var units = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).Include(u => u.PlacePeriods).AsSplitQuery()
            .Where(u => u.KommunId == herrljunga.Id).ToListAsync(ct);
        foreach (var (month, sentAt) in new[] { (new YearMonth(2026, 9), Instant.FromUtc(2026, 10, 5, 8, 30)), (new YearMonth(2026, 10), Instant.FromUtc(2026, 11, 4, 9, 10)) })
        {
            var report = PlaceReport.Count(herrljunga.Id, herrljunga.Name, month, units, new Dictionary<Guid, string>());
            db.Add(PlaceReportSubmission.MarkSent(herrljunga.Id, month, report.Places, Today, sentAt, "Lena Holm"));
        }
    }

    /// <summary>
    /// Oral health (seed 000 "Munhälsa"): intygsutfärdare Hedda Lind at Hagagården (trained 2025-03-12) and Per Ström at
    /// Eken (trained 2023-05-02, so flagged) in Herrljunga, Lina Berg at Margretelund in Lidköping. N-intyg: Karl
    /// Exempelsson (Hagagården) assessed 2025-11-10, overdue since 2026-11-10; Greta Påhittad (Hagagården) issued
    /// 2025-12-15, due 2026-12-15; Märta Fiktivsdotter (Margretelund) assessed 2025-12-20, due 2026-12-20.
    /// </summary>
    private static async Task OralHealthAsync(NarplanDbContext db, CancellationToken ct)
    {
        if (await db.Set<OralHealthCertifier>().AnyAsync(ct))
        {
            return;
        }

        var units = await db.CareUnits.AsNoTracking().Where(u => u.Name == "Hagagården" || u.Name == "Eken" || u.Name == "Margretelund").ToListAsync(ct);
        OralHealthCertifier? Appoint(string unitName, string name, LocalDate trained)
        {
            if (units.FirstOrDefault(u => u.Name == unitName) is not { } unit)
            {
                return null;
            }

            var certifier = OralHealthCertifier.Appoint(unit.KommunId, unit, name, trained, Today);
            db.Add(certifier);
            return certifier;
        }

        var hedda = Appoint("Hagagården", "Hedda Lind", new(2025, 3, 12));
        Appoint("Eken", "Per Ström", new(2023, 5, 2));
        var lina = Appoint("Margretelund", "Lina Berg", new(2025, 9, 1));
        var names = new[] { "Karl Exempelsson", "Greta Påhittad", "Märta Fiktivsdotter" };
        var patients = await db.Patients.AsNoTracking().Where(p => names.Contains(p.Name)).ToListAsync(ct);
        void Record(string name, OralHealthCertifier? certifier, LocalDate issued, LocalDate? offered, LocalDate? assessed)
        {
            if (certifier is null || patients.FirstOrDefault(p => p.Name == name) is not { } patient)
            {
                return;
            }

            var record = OralHealthRecord.Issue(patient.Id, patient.KommunId, certifier, issued, Today);
            db.Add(record);
            if (offered is { } o)
            {
                record.RecordOffer(o, false, Today);
            }

            if (assessed is { } a)
            {
                var due = record.AssessmentDueOn;
                record.RecordAssessment(a, Today);
                db.Add(new OralHealthAssessment(record, due));
            }
        }

        Record("Karl Exempelsson", hedda, new(2024, 10, 1), new(2025, 10, 20), new(2025, 11, 10));
        Record("Greta Påhittad", hedda, new(2025, 12, 15), null, null);
        Record("Märta Fiktivsdotter", lina, new(2025, 6, 1), new(2025, 12, 1), new(2025, 12, 20));
    }
}
