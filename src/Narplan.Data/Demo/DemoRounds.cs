namespace Narplan.Data.Demo;

/// <summary>
/// Demo round series: seed 002's rhythm for Lidköping (Bäckliden every other week, the other SÄBO weekly, Lugnet and
/// Björkhaga by phone/Teams every other week, korttidsboende twice a week, each hemvårdsområde weekly in the kommun's
/// premises, LSS one hour every other week at each vårdcentral, socialpsykiatri none) and plausible invented ones for
/// Herrljunga and Vänersborg. Days, times and places are invented. Occurrences from January to October 2026 are
/// recorded as held, with a cancellation now and then, so that the follow-up figures have something to show.
/// </summary>
public static class DemoRounds
{
    public static readonly LocalDate SeriesStart = new(2026, 1, 1);

    /// <summary>Recorded follow-through runs up to and including this day.</summary>
    public static readonly LocalDate RecordedUntil = new(2026, 10, 31);

    private const IsoDayOfWeek Mon = IsoDayOfWeek.Monday, Tue = IsoDayOfWeek.Tuesday, Wed = IsoDayOfWeek.Wednesday,
        Thu = IsoDayOfWeek.Thursday, Fri = IsoDayOfWeek.Friday;

    private const HolidayPolicy Move = HolidayPolicy.MoveToNextWorkingDay, Cancel = HolidayPolicy.Cancel;

    /// <summary>Adds the series (and recorded occurrences) for units tracked by <paramref name="db"/> or stored in it.</summary>
    public static async Task AddAsync(NarplanDbContext db, CancellationToken ct = default)
    {
        var units = db.CareUnits.Local.ToList();
        if (units.Count == 0)
        {
            units = await db.CareUnits.ToListAsync(ct);
        }

        var people = db.People.Local.Count > 0 ? db.People.Local.ToList() : await db.People.ToListAsync(ct);
        var centres = db.RegionalUnits.Local.Count > 0 ? db.RegionalUnits.Local.ToList() : await db.RegionalUnits.ToListAsync(ct);
        CareUnit? Unit(string name) => units.SingleOrDefault(u => u.Name == name);
        Guid? Doctor(string name) => people.SingleOrDefault(p => p.Name == name && p.Role == PersonRole.Lakare)?.Id;
        string Centre(string name) => centres.SingleOrDefault(c => c.Name == name)?.Name ?? name;

        var series = new List<RoundSeries>();
        void Add(string unit, RoundRecurrence recurrence, IsoDayOfWeek day, int hour, int minute, int minutes, MeetingForm form,
            string location, HolidayPolicy policy, IsoDayOfWeek? second = null, LocalDate? anchor = null, Guid? doctor = null)
        {
            if (Unit(unit) is not { } u)
            {
                return;
            }

            series.Add(new RoundSeries(u.Id, new RoundSchedule(
                doctor, recurrence, day, second, anchor, new LocalTime(hour, minute), minutes, form, location, SeriesStart, null, policy)));
        }

        const RoundRecurrence weekly = RoundRecurrence.Weekly, fortnight = RoundRecurrence.EveryOtherWeek, twice = RoundRecurrence.TwiceAWeek;

        // Lidköping, seed 002.
        Add("Bäckliden", fortnight, Thu, 9, 0, 120, MeetingForm.PaPlats, "Bäckliden, sjuksköterskeexpeditionen", Move, anchor: new(2026, 1, 8));
        Add("Margretelund", weekly, Fri, 9, 0, 120, MeetingForm.PaPlats, "Margretelund, samlingsrummet", Move);
        Add("Lugnet", fortnight, Tue, 13, 0, 45, MeetingForm.Telefon, "Telefon", Cancel, anchor: new(2026, 1, 13));
        Add("Björkhaga", fortnight, Fri, 10, 0, 45, MeetingForm.Teams, "Teams", Cancel, anchor: new(2026, 1, 2));
        Add("Korttidsenheten Fregatten", twice, Mon, 13, 0, 90, MeetingForm.PaPlats, "Fregatten, personalrummet", Move, second: Thu);
        Add("Galeasen", twice, Tue, 10, 0, 60, MeetingForm.PaPlats, "Galeasen, expeditionen", Cancel, second: Fri);
        Add("Glunten", twice, Tue, 13, 30, 60, MeetingForm.PaPlats, "Glunten, expeditionen", Move, second: Thu);
        Add("Hemvårdsområde Norr", weekly, Wed, 13, 0, 90, MeetingForm.PaPlats, "Kommunens lokal, hemvården Norr", Move);
        Add("Hemvårdsområde Söder", weekly, Thu, 9, 0, 90, MeetingForm.PaPlats, "Kommunens lokal, hemvården Söder", Move);
        Add("Hemvårdsområde Centrum", weekly, Mon, 13, 0, 90, MeetingForm.PaPlats, "Kommunens lokal, hemvården Centrum", Cancel);
        // LSS: one hour every other week at each vårdcentral.
        Add("LSS-bostäder Lidköping", fortnight, Wed, 15, 0, 60, MeetingForm.PaVardcentralen, Centre("Närhälsan Guldvingen vårdcentral"), Move, anchor: new(2026, 1, 14));
        Add("LSS-bostäder Lidköping", fortnight, Wed, 15, 0, 60, MeetingForm.PaVardcentralen, Centre("Närhälsan Lidköping vårdcentral"), Move, anchor: new(2026, 1, 7), doctor: Doctor("Sofia Eriksson"));
        Add("LSS-bostäder Lidköping", fortnight, Thu, 15, 0, 60, MeetingForm.PaVardcentralen, Centre("Vårdcentralen Lidköping Centrum"), Move, anchor: new(2026, 1, 8), doctor: Doctor("Elin Strand"));

        // Herrljunga (invented).
        Add("Hagagården", weekly, Tue, 9, 0, 120, MeetingForm.PaPlats, "Hagagården, sjuksköterskeexpeditionen", Move);
        Add("Eken", fortnight, Wed, 13, 0, 90, MeetingForm.PaPlats, "Eken, samlingsrummet", Move, anchor: new(2026, 1, 7));
        Add("Korttidsenheten Herrljunga", twice, Mon, 10, 0, 60, MeetingForm.PaPlats, "Korttidsenheten, expeditionen", Move, second: Thu);
        Add("Hemsjukvården Herrljunga", weekly, Fri, 9, 0, 90, MeetingForm.PaPlats, "Kommunhuset, hemsjukvårdens lokal", Cancel);
        Add("Gruppbostad Ljunghaga", fortnight, Thu, 15, 0, 60, MeetingForm.PaVardcentralen, Centre("Närhälsan Herrljunga vårdcentral"), Move, anchor: new(2026, 1, 8));

        // Vänersborg (invented).
        Add("Källstorp", weekly, Thu, 9, 0, 120, MeetingForm.PaPlats, "Källstorp, personalrummet", Move);
        Add("Tärnan", fortnight, Mon, 13, 0, 45, MeetingForm.Telefon, "Telefon", Cancel, anchor: new(2026, 1, 5));
        Add("Korttidsboendet Ekebacken", twice, Tue, 10, 0, 60, MeetingForm.PaPlats, "Ekebacken, expeditionen", Move, second: Fri);
        Add("Hemsjukvården Vänersborg", weekly, Wed, 9, 0, 90, MeetingForm.PaPlats, "Kommunens lokal, hemsjukvården", Move);
        Add("Gruppbostad Blåsut", fortnight, Tue, 15, 0, 60, MeetingForm.PaVardcentralen, Centre("Vårdcentralen Brinken"), Move, anchor: new(2026, 1, 13));

        DemoContactTimes.Add(db, series, units, people, centres);
        db.RoundSeries.AddRange(series);
        db.RoundOccurrenceRecords.AddRange(series.SelectMany(Recorded));
    }

    /// <summary>Held, except every ninth (cancelled for a rotating reason) — deterministic so the figures are stable.</summary>
    internal static IEnumerable<RoundOccurrenceRecord> Recorded(RoundSeries series)
    {
        var reasons = new[] { RoundCancelReason.DoctorAbsent, RoundCancelReason.NothingToDiscuss, RoundCancelReason.StaffShortage, RoundCancelReason.DoctorBusyWithEmergency };
        var after = Instant.FromUtc(2026, 11, 1, 0, 0);
        var n = 0;
        foreach (var occurrence in series.OccurrencesBetween(SeriesStart, RecordedUntil))
        {
            if (occurrence.Status == RoundStatus.Cancelled)
            {
                continue;
            }

            var record = new RoundOccurrenceRecord(series.Id, occurrence.OriginalDate);
            if (++n % 9 == 0)
            {
                record.Cancel(reasons[n / 9 % reasons.Length], n / 9 % reasons.Length == 0 ? "Vikarie kunde inte ordnas" : null);
            }
            else
            {
                record.MarkHeld(occurrence, after);
            }

            yield return record;
        }
    }
}
