namespace Narplan.Web.Features.Rounds;

/// <summary>One occurrence as shown and published: the occurrence (with what was recorded) and its unit, doctor and place.</summary>
public sealed record RoundView(
    RoundOccurrence Occurrence, Guid UnitId, string Unit, Guid KommunId, Guid? CareCentreId, string? CareCentre,
    Guid? DoctorId, string? Doctor, MeetingForm MeetingForm, string? Location, RoundRecurrence Recurrence,
    string? Substitute = null, string? SecondDoctor = null)
{
    /// <summary>Who comes: the substitute during the doctor's registered absence, else the doctor.</summary>
    public string? AttendingDoctor => Substitute ?? Doctor;

    /// <summary>
    /// For lists and calendars: "Oskar Wallin (ersätter Sofia Eriksson)" during an absence; where the unit has a second
    /// fast läkarkontakt and the series names no doctor, ", i andra hand Lisa Berg" follows (the order they are called).
    /// </summary>
    public string? DoctorText =>
        (Substitute is null ? Doctor : $"{Substitute} (ersätter {Doctor ?? "ordinarie läkare"})")
        + (SecondDoctor is null || SecondDoctor == AttendingDoctor ? "" : $", i andra hand {SecondDoctor}");
}

/// <summary>A series as listed on the unit page.</summary>
public sealed record SeriesView(RoundSeries Series, string? Doctor, string Description);

/// <summary>The rounds section of the unit page: its series, the next and the last occurrences and recent figures.</summary>
public sealed record UnitRoundsView(
    IReadOnlyList<SeriesView> Series, IReadOnlyList<RoundView> Upcoming, IReadOnlyList<RoundView> Recent, IReadOnlyList<RoundFigureRow> Figures);

/// <summary>
/// Read side of the rounds: expands series into occurrences for a local-date range and applies what was recorded.
/// The unit page, the doctor's page, the API, the feeds and the figures all read through here.
/// </summary>
public sealed class RoundQueries(NarplanDbContext db, IClock clock)
{
    /// <summary>The widest range one request may ask for (the API refuses more).</summary>
    public static readonly Period MaxRange = Period.FromYears(2);

    public Instant Now => clock.GetCurrentInstant();

    public LocalDate Today => Stockholm.Today(clock);

    public Task<bool> UnitExistsAsync(Guid unitId, CancellationToken ct = default) => db.CareUnits.AnyAsync(u => u.Id == unitId, ct);

    public async Task<IReadOnlyList<RoundView>> ForUnitAsync(Guid unitId, LocalDate from, LocalDate to, CancellationToken ct = default) =>
        await ExpandAsync(db.RoundSeries.Where(s => s.CareUnitId == unitId), from, to, ct);

    public async Task<IReadOnlyList<RoundView>> ForUnitsAsync(IReadOnlyCollection<Guid> unitIds, LocalDate from, LocalDate to, CancellationToken ct = default) =>
        await ExpandAsync(db.RoundSeries.Where(s => unitIds.Contains(s.CareUnitId)), from, to, ct);

    /// <summary>Every round whose doctor is <paramref name="personId"/> on its date: named in the series, or the unit's fast läkarkontakt.</summary>
    public async Task<IReadOnlyList<RoundView>> ForDoctorAsync(Guid personId, LocalDate from, LocalDate to, CancellationToken ct = default)
    {
        var unitIds = await db.UnitResponsibilities.Where(r => r.RegularDoctorId == personId).Select(r => r.CareUnitId).Distinct().ToListAsync(ct);
        var all = await ExpandAsync(db.RoundSeries.Where(s => s.DoctorId == personId || (s.DoctorId == null && unitIds.Contains(s.CareUnitId))), from, to, ct);
        return all.Where(r => r.DoctorId == personId).ToList();
    }

    /// <summary>Every round of the units for which <paramref name="careCentreId"/> carries läkaransvar on the round's date.</summary>
    public async Task<IReadOnlyList<RoundView>> ForCareCentreAsync(Guid careCentreId, LocalDate from, LocalDate to, CancellationToken ct = default)
    {
        var unitIds = await db.UnitResponsibilities.Where(r => r.CareCentreId == careCentreId).Select(r => r.CareUnitId).Distinct().ToListAsync(ct);
        var all = await ExpandAsync(db.RoundSeries.Where(s => unitIds.Contains(s.CareUnitId)), from, to, ct);
        return all.Where(r => r.CareCentreId == careCentreId).ToList();
    }

    public async Task<IReadOnlyList<SeriesView>> SeriesForUnitAsync(Guid unitId, CancellationToken ct = default)
    {
        var series = await db.RoundSeries.AsNoTracking().Where(s => s.CareUnitId == unitId).OrderBy(s => s.ValidFrom).ToListAsync(ct);
        var doctorIds = series.Select(s => s.DoctorId).OfType<Guid>().ToList();
        var names = await db.People.AsNoTracking().Where(p => doctorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return series.Select(s => new SeriesView(s, s.DoctorId is { } d ? names.GetValueOrDefault(d) : null, Describe(s))).ToList();
    }

    public async Task<(RoundSeries Series, RoundView View)?> OccurrenceAsync(Guid seriesId, LocalDate originalDate, CancellationToken ct = default)
    {
        var series = await db.RoundSeries.AsNoTracking().SingleOrDefaultAsync(s => s.Id == seriesId, ct);
        if (series?.OccurrenceOn(originalDate) is null)
        {
            return null;
        }

        var views = await ExpandAsync(db.RoundSeries.Where(s => s.Id == seriesId), originalDate.PlusDays(-400), originalDate.PlusDays(400), ct);
        var view = views.SingleOrDefault(v => v.Occurrence.OriginalDate == originalDate);
        return view is null ? null : (series, view);
    }

    /// <summary>
    /// The unit page's rounds section: the unit's series, up to eight coming and eight past occurrences (eight weeks ahead,
    /// twelve back) and the figures of at most the last four half-years since the first series began.
    /// </summary>
    public async Task<UnitRoundsView> UnitSectionAsync(Guid unitId, CancellationToken ct = default)
    {
        var series = await SeriesForUnitAsync(unitId, ct);
        if (series.Count == 0)
        {
            return new UnitRoundsView(series, [], [], []);
        }

        var today = Today;
        var now = Now;
        var around = await ForUnitAsync(unitId, today.PlusWeeks(-12), today.PlusWeeks(8), ct);
        var upcoming = around.Where(r => r.Occurrence.End.ToInstant() > now).Take(8).ToList();
        var recent = around.Where(r => r.Occurrence.End.ToInstant() <= now).Reverse().Take(8).ToList();

        var first = HalfYear.Of(series.Min(s => s.Series.ValidFrom));
        var current = HalfYear.Of(today);
        var periods = new List<HalfYear>();
        for (var p = current; p.From >= first.From && periods.Count < 4; p = p.Previous)
        {
            periods.Add(p);
        }

        var figures = (await FiguresForUnitAsync(unitId, periods, ct)).Select(f => new RoundFigureRow(f.Period.Swedish, null, f.Tally)).ToList();
        return new UnitRoundsView(series, upcoming, recent, figures);
    }

    /// <summary>The unit's figures for each half-year, oldest first.</summary>
    public async Task<IReadOnlyList<(HalfYear Period, RoundTally Tally)>> FiguresForUnitAsync(Guid unitId, IReadOnlyList<HalfYear> periods, CancellationToken ct = default)
    {
        if (periods.Count == 0)
        {
            return [];
        }

        var all = await ForUnitAsync(unitId, periods.Min(p => p.From), periods.Max(p => p.To), ct);
        var now = Now;
        return periods.OrderBy(p => p.From)
            .Select(p => (p, RoundTally.Of(all.Where(v => v.Occurrence.Date >= p.From && v.Occurrence.Date <= p.To).Select(v => v.Occurrence), now)))
            .ToList();
    }

    /// <summary>Figures per unit of the kommun (närområde) for one half-year, units with rounds only, by name.</summary>
    public async Task<IReadOnlyList<(Guid UnitId, string Unit, RoundTally Tally)>> FiguresForKommunAsync(Guid kommunId, HalfYear period, CancellationToken ct = default)
    {
        var unitIds = await db.CareUnits.Where(u => u.KommunId == kommunId).Select(u => u.Id).ToListAsync(ct);
        var all = await ForUnitsAsync(unitIds, period.From, period.To, ct);
        var now = Now;
        return all.GroupBy(v => (v.UnitId, v.Unit))
            .Select(g => (g.Key.UnitId, g.Key.Unit, RoundTally.Of(g.Select(v => v.Occurrence), now)))
            .OrderBy(x => x.Unit, StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), false))
            .ToList();
    }

    /// <summary>The version of what is recorded on an occurrence, 0 when nothing is (for the form's stale-edit check).</summary>
    public async Task<int> RecordVersionAsync(Guid seriesId, LocalDate originalDate, CancellationToken ct = default) =>
        await db.RoundOccurrenceRecords.Where(r => r.SeriesId == seriesId && r.OriginalDate == originalDate).Select(r => r.Version).SingleOrDefaultAsync(ct);

    public Task<CareUnit?> UnitAsync(Guid unitId, CancellationToken ct = default) =>
        db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).SingleOrDefaultAsync(u => u.Id == unitId, ct);

    public Task<Narplan.Domain.People.Person?> DoctorAsync(Guid personId, CancellationToken ct = default) =>
        db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId && p.Role == Narplan.Domain.People.PersonRole.Lakare, ct);

    /// <summary>
    /// The doctors of <paramref name="organisationId"/> in Swedish order, for the menu's "Min läkarsida" (issue 18) when
    /// the account is not linked to a doctor.
    /// </summary>
    public async Task<IReadOnlyList<Narplan.Domain.People.Person>> DoctorsOfAsync(Guid organisationId, CancellationToken ct = default)
    {
        var doctors = await db.People.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId && p.Role == Narplan.Domain.People.PersonRole.Lakare).ToListAsync(ct);
        return doctors.OrderBy(p => p.Name, StringComparer.Create(new("sv-SE"), false)).ToList();
    }

    public async Task<string?> PersonNameAsync(Guid personId, CancellationToken ct = default) =>
        await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.Name).SingleOrDefaultAsync(ct);

    /// <summary>"Varannan torsdag 09:00–11:00 (på plats)".</summary>
    public static string Describe(RoundSeries s)
    {
        var days = s.Recurrence switch
        {
            RoundRecurrence.Weekly => $"Varje {s.Weekday.Swedish()}",
            RoundRecurrence.EveryOtherWeek => $"Varannan {s.Weekday.Swedish()} (från veckan med {s.AnchorDate:yyyy-MM-dd})",
            _ => $"Varje {s.Weekday.Swedish()} och {s.SecondWeekday?.Swedish()}",
        };
        return $"{days} {s.StartTime:HH':'mm}–{s.StartTime.PlusMinutes(s.LengthMinutes):HH':'mm}";
    }

    /// <summary>
    /// The rounds of the units for several spans of dates at once (the follow-up's period and the period before it):
    /// the series, records, units, names and absences are loaded once for all spans and each span is expanded from them,
    /// so the result for a span is the same as <see cref="ForUnitsAsync(IReadOnlyCollection{Guid}, LocalDate, LocalDate, CancellationToken)"/>'s.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<RoundView>>> ForUnitsAsync(
        IReadOnlyCollection<Guid> unitIds, IReadOnlyList<(LocalDate From, LocalDate To)> spans, CancellationToken ct = default)
    {
        if (spans.Count == 0)
        {
            return [];
        }

        var data = await LoadAsync(db.RoundSeries.Where(s => unitIds.Contains(s.CareUnitId)), spans.Min(s => s.From), spans.Max(s => s.To), ct);
        return spans.Select(s => (IReadOnlyList<RoundView>)Expand(data, s.From, s.To)).ToList();
    }

    private sealed record RoundData(
        List<RoundSeries> Series, ILookup<Guid, RoundOccurrenceRecord> Records, Dictionary<Guid, CareUnit> Units,
        Dictionary<Guid, string> People, Dictionary<Guid, string> Centres, ILookup<Guid, Narplan.Domain.OnCall.DoctorAbsence> Absences);

    private async Task<List<RoundView>> ExpandAsync(IQueryable<RoundSeries> seriesQuery, LocalDate from, LocalDate to, CancellationToken ct) =>
        Expand(await LoadAsync(seriesQuery, from, to, ct), from, to);

    /// <summary>What expanding the series between the dates needs; only the names of the doctors and vårdcentraler they can name.</summary>
    private async Task<RoundData> LoadAsync(IQueryable<RoundSeries> seriesQuery, LocalDate from, LocalDate to, CancellationToken ct)
    {
        var series = await seriesQuery.AsNoTracking().ToListAsync(ct);
        if (series.Count == 0)
        {
            return new RoundData(series, Array.Empty<RoundOccurrenceRecord>().ToLookup(r => r.SeriesId), [], [], [], Array.Empty<Narplan.Domain.OnCall.DoctorAbsence>().ToLookup(a => a.DoctorId));
        }

        var seriesIds = series.Select(s => s.Id).ToList();
        var unitIds = series.Select(s => s.CareUnitId).Distinct().ToList();
        var records = (await db.RoundOccurrenceRecords.AsNoTracking().Where(r => seriesIds.Contains(r.SeriesId)).ToListAsync(ct))
            .ToLookup(r => r.SeriesId);
        var units = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var responsibilities = units.Values.SelectMany(u => u.Responsibilities).ToList();
        var personIds = series.Select(s => s.DoctorId)
            .Concat(responsibilities.Select(r => r.RegularDoctorId))
            .Concat(responsibilities.Select(r => r.SecondRegularDoctorId))
            .OfType<Guid>().Distinct().ToList();
        var centreIds = responsibilities.Select(r => r.CareCentreId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var centres = await db.RegionalUnits.AsNoTracking().Where(c => centreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var absences = (await db.DoctorAbsences.AsNoTracking().Where(a => a.Through >= from && a.From <= to).ToListAsync(ct))
            .ToLookup(a => a.DoctorId);
        return new RoundData(series, records, units, people, centres, absences);
    }

    private static List<RoundView> Expand(RoundData data, LocalDate from, LocalDate to)
    {
        var (series, records, units, people, centres, absences) = data;
        var result = new List<RoundView>();
        foreach (var s in series)
        {
            var unit = units[s.CareUnitId];
            var occurrences = s.OccurrencesBetween(from, to).ToDictionary(o => o.OriginalDate);
            foreach (var record in records[s.Id])
            {
                var planned = occurrences.GetValueOrDefault(record.OriginalDate);
                // Kept after a revision: a marked occurrence outside the series' period still counts.
                var isMarked = record.Status != RoundStatus.Planned || record.MovedStart is not null;
                if (planned is null && isMarked)
                {
                    planned = s.OccurrenceOn(record.OriginalDate);
                }

                if (planned is not null)
                {
                    occurrences[record.OriginalDate] = planned.With(record, s.Length);
                }
            }

            foreach (var occurrence in occurrences.Values.Where(o => o.Date >= from && o.Date <= to))
            {
                var responsibility = unit.ResponsibilityOn(occurrence.OriginalDate);
                var doctorId = s.DoctorId ?? responsibility?.RegularDoctorId;
                // The unit's second fast läkarkontakt is named after the first when the series names no doctor of its own.
                var secondId = s.DoctorId is null ? responsibility?.SecondRegularDoctorId : null;
                var substitute = doctorId is { } absent ? absences[absent].FirstOrDefault(a => a.Covers(occurrence.Date))?.SubstituteName : null;
                result.Add(new RoundView(
                    occurrence, unit.Id, unit.Name, unit.KommunId, responsibility?.CareCentreId,
                    responsibility is null ? null : centres.GetValueOrDefault(responsibility.CareCentreId),
                    doctorId, doctorId is { } d ? people.GetValueOrDefault(d) : null, s.MeetingForm, s.Location, s.Recurrence, substitute,
                    secondId is { } d2 ? people.GetValueOrDefault(d2) : null));
            }
        }

        return result.OrderBy(r => r.Occurrence.Start.ToInstant()).ThenBy(r => r.Unit).ToList();
    }
}
