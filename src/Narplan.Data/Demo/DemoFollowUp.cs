using Narplan.Domain.FollowUp;

namespace Narplan.Data.Demo;

/// <summary>
/// Demo data for the gemensam uppföljning (issue 20), added once to a demo database that lacks it, so every demo
/// närområde's dashboard shows real figures: hand-entered counts (avvikelser i samverkan, oplanerade transporter) for
/// spring and autumn 2025 and spring 2026 in each kommun, entered by the kommun's MAS; and in Vänersborg (Källstorp) and
/// Falkenberg (Skreagården), which have no other demo patients, five invented patients each with their 2026 annual
/// reviews (three held, one of them late, one booked) — Skreagården also gets a weekly round, since Falkenberg had none.
/// Reservnummer with the letters <c>DM</c> (decision 0023), numbered from 71. No other demo test uses these units' patients.
/// </summary>
internal static class DemoFollowUp
{
    private static readonly LocalDate Today = new(2026, 11, 24);

    private static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 10, 0);

    private static readonly (string Kommun, string EnteredBy, int[] Deviations, int[] Transports)[] Counts =
    [
        ("Herrljunga", "Lena Holm", [3, 5, 2], [7, 9, 6]),
        ("Lidköping", "Camilla Rask", [11, 8, 9], [21, 25, 18]),
        ("Vänersborg", "MAS Vänersborg (demo)", [6, 7, 4], [14, 12, 11]),
        ("Falkenberg", "MAS Falkenberg (demo)", [5, 4, 6], [10, 13, 9]),
    ];

    public static async Task SeedIfMissingAsync(NarplanDbContext db, CancellationToken ct)
    {
        if (!await db.CareUnits.AnyAsync(u => u.Name == "Skreagården", ct) || await db.Set<FollowUpCount>().AnyAsync(ct))
        {
            return; // not the demo data, or seeded already
        }

        var kommuner = await db.Kommuner.ToDictionaryAsync(k => k.Name, k => k.Id, ct);
        var halves = new[] { (2025, false), (2025, true), (2026, false) };
        foreach (var (kommun, by, deviations, transports) in Counts)
        {
            if (!kommuner.TryGetValue(kommun, out var id))
            {
                continue;
            }

            for (var i = 0; i < halves.Length; i++)
            {
                var (year, autumn) = halves[i];
                var entered = Now - Duration.FromDays(400 - (i * 180));
                db.Add(new FollowUpCount(id, FollowUpCountKind.Deviations, year, autumn, deviations[i], by, entered, "Från avvikelsesystemet (demo)"));
                db.Add(new FollowUpCount(id, FollowUpCountKind.UnplannedTransports, year, autumn, transports[i], by, entered, null));
            }
        }

        var units = await db.CareUnits.Include(u => u.Responsibilities).Where(u => u.Name == "Källstorp" || u.Name == "Skreagården").ToListAsync(ct);
        var number = 71;
        foreach (var unit in units.OrderBy(u => u.Name, StringComparer.Ordinal))
        {
            Reviews(db, unit, ref number);
        }

        if (units.SingleOrDefault(u => u.Name == "Skreagården") is { } skrea && !await db.RoundSeries.AnyAsync(s => s.CareUnitId == skrea.Id, ct))
        {
            var series = new RoundSeries(skrea.Id, new RoundSchedule(
                null, RoundRecurrence.Weekly, IsoDayOfWeek.Wednesday, null, null, new LocalTime(9, 30), 90, MeetingForm.PaPlats,
                "Skreagården, sjuksköterskeexpeditionen", DemoRounds.SeriesStart, null, HolidayPolicy.MoveToNextWorkingDay));
            db.RoundSeries.Add(series);
            db.RoundOccurrenceRecords.AddRange(DemoRounds.Recorded(series));
        }

        await db.SaveChangesAsync(ct);
    }

    private static void Reviews(NarplanDbContext db, CareUnit unit, ref int number)
    {
        var enrolled = new LocalDate(2024, 9, 2);
        var centre = unit.ResponsibilityOn(Today)?.CareCentreId;
        // (name, previous review, held on or null when booked, fördjupad läkemedelsgenomgång, home visit)
        var rows = new (string Name, LocalDate Previous, LocalDate? Held, bool Extended, bool HomeVisit)[]
        {
            ("Agda Demoskog", new(2025, 2, 10), new(2026, 2, 4), true, true),
            ("Bror Påhittsberg", new(2025, 4, 14), new(2026, 5, 6), true, false), // held after the due day
            ("Cissi Exempelvik", new(2025, 9, 8), new(2026, 9, 2), false, true),
            ("Doris Låtsasholm", new(2025, 12, 15), null, true, false),
            ("Edvin Fiktivå", new(2025, 10, 20), new(2026, 10, 14), true, true),
        };
        foreach (var r in rows)
        {
            var patient = Patient.Enrol(
                IdentityNumber.ParseOrThrow($"1931{1 + (number % 12):00}{1 + (number % 27):00}-DM{number}", Today),
                $"{r.Name} ({unit.Name})", unit, enrolled, centre, Today, listedCareCentreId: centre, previousAnnualReview: r.Previous, isDemo: true);
            number++;
            db.Add(patient);
            var due = r.Previous.PlusYears(1);
            var review = new AnnualReview(patient.Id, unit.Id, 2026, r.Previous, null);
            review.Place(r.Held ?? new LocalDate(2026, 12, 9), due, ReviewReason.Annual, ReviewSlotSource.RoundOccurrence, null);
            review.SetMedicationReview(r.Extended ? MedicationReviewKind.Extended : MedicationReviewKind.Simple);
            if (r.Held is { } held)
            {
                review.MarkDone(held, new ReviewOutcome(true, true, true, null, null, r.HomeVisit), Today);
            }

            db.Add(review);
        }
    }
}
