namespace Narplan.Data.Demo;

/// <summary>
/// Seed 002 for Lidköping's LSS units: "LSS - Fasta planerade tider för läkarmedverkan. En timma varannan vecka på respektive
/// vårdcentral. Tiden avser: avstämningstid med sjuksköterska …" and "Medicinska årlig vårdplanering (tidigare årskontroller)
/// och planerade hembesök dagtid vardagar, planeras in på separata tider." The LSS round series are marked avstämning only,
/// the LSS unit's year plan uses contact time, and each vårdcentral gets a doctor's contact time (days, times and rooms are
/// invented; the seed names none).
/// </summary>
internal static class DemoContactTimes
{
    public static readonly LocalDate From = new(2026, 1, 1);

    public static void Add(NarplanDbContext db, IReadOnlyList<RoundSeries> series, IReadOnlyList<CareUnit> units, IReadOnlyList<Person> people, IReadOnlyList<RegionalUnit> centres)
    {
        var lss = units.Where(u => u.Type == CareUnitType.LssBostad && u.Name.Contains("Lidköping", StringComparison.Ordinal)).ToList();
        if (lss.Count == 0)
        {
            return;
        }

        foreach (var s in series.Where(s => lss.Any(u => u.Id == s.CareUnitId)))
        {
            s.SetReconciliationOnly(true);
        }

        foreach (var unit in lss)
        {
            var capacity = new UnitReviewCapacity(unit.Id);
            capacity.SetUsesContactTime(true);
            capacity.Touch();
            db.Add(capacity);
        }

        void Time(string centre, string doctor, IsoDayOfWeek day, int hour, string place)
        {
            if (centres.SingleOrDefault(c => c.Name == centre) is not { } c)
            {
                return;
            }

            var person = people.SingleOrDefault(p => p.Name == doctor && p.Role == PersonRole.Lakare)?.Id;
            var time = new ContactTime(c.Id, person, day, new LocalTime(hour, 0), 120, 2, place, everyOtherWeek: false, From);
            time.Touch();
            db.Add(time);
        }

        Time("Närhälsan Guldvingen vårdcentral", "Ahmed Nyberg", IsoDayOfWeek.Monday, 13, "Närhälsan Guldvingen vårdcentral, mottagningsrum 4");
        Time("Närhälsan Lidköping vårdcentral", "Sofia Eriksson", IsoDayOfWeek.Tuesday, 9, "Närhälsan Lidköping vårdcentral, mottagningsrum 2");
        Time("Vårdcentralen Lidköping Centrum", "Elin Strand", IsoDayOfWeek.Thursday, 13, "Vårdcentralen Lidköping Centrum, mottagningen");
    }
}
