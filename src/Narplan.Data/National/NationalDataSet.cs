using Narplan.Data.Demo;

namespace Narplan.Data.National;

/// <summary>How many of each a national data set holds in the end (the demo data included).</summary>
public sealed record NationalDataSetSize(int Kommuner, int CareCentres, int Units, int Patients)
{
    /// <summary>The national size (issue 23): 290 kommuner, 1,200 vårdcentraler, 4,000 units, 400,000 patients.</summary>
    public static NationalDataSetSize National { get; } = new(290, 1_200, 4_000, 400_000);

    /// <summary>The national size times <paramref name="scale"/>, each at least one.</summary>
    public static NationalDataSetSize At(double scale) => new(
        Scaled(National.Kommuner, scale), Scaled(National.CareCentres, scale), Scaled(National.Units, scale), Scaled(National.Patients, scale));

    /// <summary>
    /// The totals loaded on top of the demo data: the target, or the demo data plus one of each where the demo data alone
    /// already reaches the target (a small scale), so every run adds fictional kommuner, vårdcentraler, units and patients.
    /// </summary>
    public NationalDataSetSize AtLeastOneMoreThan(NationalDataSetSize demo) => new(
        Math.Max(Kommuner, demo.Kommuner + 1), Math.Max(CareCentres, demo.CareCentres + 1),
        Math.Max(Units, demo.Units + 1), Math.Max(Patients, demo.Patients + 1));

    private static int Scaled(int value, double scale) => Math.Max(1, (int)Math.Round(value * scale, MidpointRounding.AwayFromZero));
}

public sealed record NationalDataSetOptions
{
    public int Seed { get; init; } = 20261202;

    /// <summary>1 is the national size; 0.01 a hundredth of it (tests).</summary>
    public double Scale { get; init; } = 1.0;

    /// <summary>Drop the database and build it again when it holds data; without it such a database is refused.</summary>
    public bool Replace { get; init; }
}

/// <summary>The totals in the database after the load, what the demo data alone held, and the rows written.</summary>
public sealed record NationalDataSetResult(NationalDataSetSize Totals, NationalDataSetSize Demo, long RowsWritten, long AuditRows, TimeSpan Elapsed);

/// <summary>A database that already holds data was given without <c>--replace</c>.</summary>
public sealed class NationalDataSetRefusedException(string message) : Exception(message);

/// <summary>
/// A national data set (issue 23 item 1, decision 0085): the demo data from the seeds, then fictional kommuner,
/// vårdcentraler, units and patients up to 290 / 1,200 / 4,000 / 400,000 (times the scale), with care contacts, three
/// years of round occurrences, annual reviews, acute contacts, palliative records and audit rows that continue the hash
/// chain. Deterministic from the seed (every key the run makes is derived from it); written with PostgreSQL binary COPY
/// or batched SQLite inserts, bypassing the change tracker. Every person is fictional: names are built from invented
/// surnames ("Påhittsson", "Exempelberg"), identity numbers are reservnummer with the letter N (a personnummer has only
/// digits, so none can be anyone's), phone numbers lie in PTS's ranges for fiction.
/// </summary>
public static class NationalDataSet
{
    /// <summary>The data's "today": recorded history runs up to it, the year plan looks ahead from it.</summary>
    public static readonly LocalDate Reference = new(2026, 11, 30);

    /// <summary>The first day of the three years of round occurrences, reviews and contacts.</summary>
    public static readonly LocalDate HistoryStart = new(2024, 1, 1);

    private static readonly Instant ReferenceInstant = (Reference + new LocalTime(12, 0)).InZoneLeniently(Stockholm.Zone).ToInstant();

    private const int PatientsPerBatch = 25_000;

    /// <summary>The share of fictional patients who died during the three years.</summary>
    private const double DeathShare = 0.10;

    /// <summary>The share of living fictional patients in a palliative phase (a decision and a conversation).</summary>
    private const double LivingPalliativeShare = 0.025;

    private const string OnCallDoctorName = "Beredskapsläkare (fiktiv)";

    private static readonly string[] FirstNames =
    [
        "Alma", "Anna", "Arne", "Astrid", "Berit", "Bertil", "Birgitta", "Bo", "Britt", "Dagny", "Einar", "Elsa", "Erik", "Ester",
        "Folke", "Gerd", "Gunnar", "Gun", "Gösta", "Harald", "Hilda", "Ingegerd", "Ingrid", "Ingvar", "Karin", "Karl", "Kerstin",
        "Lars", "Lennart", "Maj", "Margit", "Nils", "Olle", "Rune", "Signe", "Stig", "Sven", "Svea", "Ulla", "Vera",
    ];

    private static readonly string[] SurnameStems = ["Påhitt", "Exempel", "Demo", "Fiktiv", "Test", "Låtsas"];

    private static readonly string[] SurnameEndings = ["sson", "berg", "dal", "ström", "lund", "gren", "holm", "sjö"];

    /// <summary>
    /// Loads the set into the database <paramref name="db"/> points at. Migrates it first; a database that holds data is
    /// refused unless <see cref="NationalDataSetOptions.Replace"/>, which drops and recreates it. <paramref name="db"/>
    /// must save through the audit interceptor (so the demo data's own audit rows start the chain).
    /// </summary>
    public static async Task<NationalDataSetResult> LoadAsync(
        NarplanDbContext db, NationalDataSetOptions options, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Scale);
        var report = progress ?? (_ => { });
        var watch = Stopwatch.StartNew();
        if (await HoldsDataAsync(db, cancellationToken))
        {
            if (!options.Replace)
            {
                throw new NationalDataSetRefusedException(
                    "Databasen innehåller redan data. Ange --replace för att ta bort den och läsa in det nationella datasetet i stället.");
            }

            report("Databasen innehåller data: den tas bort och byggs upp igen (--replace).");
            await db.Database.EnsureDeletedAsync(cancellationToken);
        }

        report("Migrerar databasen …");
        await db.Database.MigrateAsync(cancellationToken);
        report("Läser in demodata från seeds …");
        await DemoData.SeedIfEmptyAsync(db, cancellationToken);
        await PlanDemoData.SeedIfMissingAsync(db, cancellationToken);
        db.ChangeTracker.Clear();

        var demo = await CountAsync(db, cancellationToken);
        var target = NationalDataSetSize.At(options.Scale).AtLeastOneMoreThan(demo);
        report($"Mål: {target.Kommuner} kommuner, {target.CareCentres} vårdcentraler, {target.Units} enheter, {target.Patients:N0} patienter (frö {options.Seed}, skala {options.Scale.ToString(CultureInfo.InvariantCulture)}).");

        var ids = new IdMap(options.Seed);
        await using var writer = BulkWriter.For(db, ids);
        var generator = new Generator(db, writer, ids, new Random(options.Seed), report);
        await generator.RunAsync(demo, target, cancellationToken);

        var totals = await CountAsync(db, cancellationToken);
        report($"Klart på {watch.Elapsed.TotalSeconds:F0} s: {writer.RowsWritten:N0} rader, varav {generator.AuditRows:N0} loggrader.");
        return new NationalDataSetResult(totals, demo, writer.RowsWritten, generator.AuditRows, watch.Elapsed);
    }

    /// <summary>A context on the given database that saves through the audit log as the system (the demo data's rows).</summary>
    public static NarplanDbContext CreateContext(DatabaseSettings settings, IClock clock)
    {
        var interceptor = new AuditSaveChangesInterceptor(new SystemAuditActorAccessor(), clock);
        return settings.Provider == DatabaseProvider.Postgres
            ? new Postgres.PostgresNarplanDbContext((DbContextOptions<Postgres.PostgresNarplanDbContext>)DataSetup.ConfigurePostgres(
                new DbContextOptionsBuilder<Postgres.PostgresNarplanDbContext>(), settings.ConnectionString).AddInterceptors(interceptor).Options)
            : new Sqlite.SqliteNarplanDbContext((DbContextOptions<Sqlite.SqliteNarplanDbContext>)DataSetup.ConfigureSqlite(
                new DbContextOptionsBuilder<Sqlite.SqliteNarplanDbContext>(), settings.ConnectionString).AddInterceptors(interceptor).Options);
    }

    /// <summary>Kommuner, vårdcentraler, units and patients in the database.</summary>
    public static async Task<NationalDataSetSize> CountAsync(NarplanDbContext db, CancellationToken cancellationToken = default) => new(
        await db.Kommuner.CountAsync(cancellationToken),
        await db.RegionalUnits.CountAsync(u => u.UnitKind == RegionalUnitKind.Vardcentral, cancellationToken),
        await db.CareUnits.CountAsync(cancellationToken),
        await db.Patients.CountAsync(cancellationToken));

    private static async Task<bool> HoldsDataAsync(NarplanDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken) || !(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
        {
            return false;
        }

        return await db.Organisations.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken)
            || await db.AuditEntries.AnyAsync(cancellationToken) || await db.Patients.AnyAsync(cancellationToken);
    }

    private sealed class Generator(NarplanDbContext db, BulkWriter writer, IdMap ids, Random random, Action<string> report)
    {
        private readonly List<PendingAudit> _audit = [];
        private readonly Dictionary<int, int> _numbersPerBirthDate = [];
        private int _phone;

        public long AuditRows { get; private set; }

        public async Task RunAsync(NationalDataSetSize demo, NationalDataSetSize target, CancellationToken ct)
        {
            var phase = Stopwatch.StartNew();
            // The demo kommuner first, the one with the most demo units (Lidköping, the demo nurse's) the largest.
            var demoUnits = await db.CareUnits.AsNoTracking().GroupBy(u => u.KommunId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var demoKommuner = (await db.Kommuner.AsNoTracking().ToListAsync(ct))
                .OrderByDescending(k => demoUnits.GetValueOrDefault(k.Id)).ThenBy(k => k.Name, StringComparer.Ordinal).ToList();
            var demoCentres = await db.RegionalUnits.AsNoTracking().Where(u => u.UnitKind == RegionalUnitKind.Vardcentral).ToListAsync(ct);
            var demoDoctors = await db.People.AsNoTracking().Where(p => p.Role == PersonRole.Lakare).ToListAsync(ct);
            var profile = SeedOnCallProfiles.Skaraborg();

            // Fictional regions of about 15 kommuner each, each with its beredskapsjour area (the Skaraborg rules, no number of its own).
            var newKommunCount = target.Kommuner - demo.Kommuner;
            var regions = new List<Region>();
            var kommuner = new List<Kommun>(demoKommuner);
            var areas = new List<OnCallArea>();
            var versions = new List<RuleProfileVersion>();
            var assignments = new List<OnCallAreaAssignment>();
            for (var k = 0; k < newKommunCount; k++)
            {
                if (k % 15 == 0)
                {
                    var n = regions.Count + 1;
                    var region = new Region($"Fiktiva regionen {n:D2}", $"Fiktiv {n:D2}", DecisionSupportProfileKey.Vgr);
                    regions.Add(region);
                    var area = new OnCallArea(region.Id, $"Beredskapsjouren fiktiva regionen {n:D2}");
                    areas.Add(area);
                    versions.Add(new RuleProfileVersion(area.Id, profile));
                }

                var kommun = new Kommun(regions[^1], null, $"Fiktiva kommunen {k + 1:D3}");
                kommuner.Add(kommun);
                assignments.Add(new OnCallAreaAssignment(areas[^1].Id, kommun.Id, null, HistoryStart, null));
            }

            // A few large kommuner and many small ones (Zipf-like); the demo kommuner come first, so the demo accounts see a lot.
            var weights = Enumerable.Range(1, kommuner.Count).Select(rank => 1.0 / Math.Pow(rank, 0.8)).ToArray();
            var demoCount = demoKommuner.Count;
            var centresPer = Apportion(weights, target.CareCentres - demo.CareCentres, i => i < demoCount ? 0 : 1);
            var unitsPer = Apportion(weights, target.Units - demo.Units, i => i < demoCount ? 0 : 1);

            var centres = new List<RegionalUnit>();
            var people = new List<Person>();
            var centresByKommun = kommuner.Select(k => demoCentres.Where(c => c.KommunId == k.Id).ToList()).ToList();
            var doctors = demoDoctors.GroupBy(d => d.OrganisationId).ToDictionary(g => g.Key, g => g.ToList());
            var nurses = new List<Person>[kommuner.Count];
            for (var k = 0; k < kommuner.Count; k++)
            {
                for (var c = 0; c < centresPer[k]; c++)
                {
                    var centre = new RegionalUnit(kommuner[k], $"Vårdcentralen {Place(k, kommuner[k])} {c + 1}", RegionalUnitKind.Vardcentral,
                        random.NextDouble() < 0.3 ? Ownership.Private : Ownership.Public, Phone(), isDemo: true);
                    centres.Add(centre);
                    centresByKommun[k].Add(centre);
                    var own = new List<Person>();
                    for (var d = 0; d < 2; d++)
                    {
                        var doctor = new Person(PersonName(), "Specialist i allmänmedicin", PersonRole.Lakare, centre.Id, Phone(mobile: true));
                        own.Add(doctor);
                        people.Add(doctor);
                    }

                    doctors[centre.Id] = own;
                }

                nurses[k] = [];
                for (var n = 0; n < Math.Max(1, unitsPer[k] / 3); n++)
                {
                    var nurse = new Person(PersonName(), "Sjuksköterska", PersonRole.Sjukskoterska, kommuner[k].Id);
                    nurses[k].Add(nurse);
                    people.Add(nurse);
                }
            }

            // Units of 5–400 patients, log-normal around 100, scaled to the patients still to add.
            var unitCount = unitsPer.Sum();
            var sizes = Apportion(
                Enumerable.Range(0, unitCount).Select(_ => Math.Clamp(Math.Exp(4.45 + 0.55 * Gaussian()), 10, 400)).ToArray(),
                target.Patients - demo.Patients, _ => 1);
            var units = new List<(CareUnit Unit, int Kommun, RegionalUnit Centre, int Size)>(unitCount);
            var unitNumber = 0;
            for (var k = 0; k < kommuner.Count; k++)
            {
                for (var u = 0; u < unitsPer[k]; u++, unitNumber++)
                {
                    var type = random.NextDouble() switch
                    {
                        < 0.6 => CareUnitType.SarskiltBoende,
                        < 0.75 => CareUnitType.Korttidsboende,
                        _ => CareUnitType.OrdinartBoende,
                    };
                    var unit = new CareUnit(kommuner[k], $"Enhet {unitNumber + 1:D4} (fiktiv)", type, sizes[unitNumber], isDemo: true);
                    var centre = centresByKommun[k][random.Next(centresByKommun[k].Count)];
                    var doctor = doctors.TryGetValue(centre.Id, out var list) && list.Count > 0 ? list[random.Next(list.Count)].Id : (Guid?)null;
                    unit.AssignResponsibilityWithDoctors(centre, doctor is { } id ? [id] : [], Phone(), MeetingForm.PaPlats, HistoryStart);
                    units.Add((unit, k, centre, sizes[unitNumber]));
                }
            }

            report($"Struktur: {regions.Count} fiktiva regioner, {newKommunCount} kommuner, {centres.Count} vårdcentraler, {units.Count} enheter, {people.Count} personer ({Seconds(phase)}).");
            phase.Restart();
            await writer.PrepareLoadAsync(LoadedTypes.Select(writer.TableOf).Distinct().ToList(), report, ct);
            report($"Nycklar och index borttagna: {Seconds(phase)}");
            phase.Restart();
            await writer.WriteAsync(regions, ct);
            await writer.WriteAsync(kommuner.Skip(demoCount).ToList(), ct);
            await writer.WriteAsync(centres, ct);
            await writer.WriteAsync(people, ct);
            await writer.WriteAsync(areas, ct);
            await writer.WriteAsync(versions, ct);
            await writer.WriteAsync(assignments, ct);
            await writer.WriteAsync(units.Select(u => u.Unit).ToList(), ct);
            await writer.WriteAsync(units.SelectMany(u => u.Unit.Responsibilities).ToList(), ct);

            report($"Struktur skriven: {Seconds(phase)}");

            var batch = new Batch();
            var total = target.Patients - demo.Patients;
            var done = 0;
            var watch = Stopwatch.StartNew();
            var generating = TimeSpan.Zero;
            var writing = TimeSpan.Zero;
            phase.Restart();
            foreach (var (unit, k, centre, size) in units)
            {
                var unitDoctors = doctors.TryGetValue(centre.Id, out var list) ? list : [];
                AddUnit(batch, unit, kommuner[k], centre, unitDoctors, nurses[k], size, profile);
                done += size;
                if (batch.Patients.Count >= PatientsPerBatch)
                {
                    generating += phase.Elapsed;
                    phase.Restart();
                    await batch.WriteAsync(writer, ct);
                    batch = new Batch();
                    writing += phase.Elapsed;
                    phase.Restart();
                    report($"Patienter: {done:N0} av {total:N0} ({100.0 * done / total:F0} %), {watch.Elapsed.TotalSeconds:F0} s");
                }
            }

            generating += phase.Elapsed;
            phase.Restart();
            await batch.WriteAsync(writer, ct);
            writing += phase.Elapsed;
            report($"Patienter: {done:N0} av {total:N0} (100 %), {watch.Elapsed.TotalSeconds:F0} s: skapa raderna {Seconds(generating)}, lämna dem till skrivningen {Seconds(writing)}");
            phase.Restart();
            // PostgreSQL: the tables written so far get their keys, indexes and foreign keys back on another connection
            // while the audit chain is sealed and copied (the client's CPU and the server's overlap).
            var auditTable = writer.TableOf(typeof(AuditEntry));
            Task finishing = Task.CompletedTask;
            if (writer.FinishesAlongsideWrites)
            {
                await writer.FlushAsync();
                report($"Patienternas rader skrivna: {Seconds(phase)}");
                phase.Restart();
                var others = LoadedTypes.Select(writer.TableOf).Where(t => t != auditTable).Distinct().ToList();
                finishing = Task.Run(() => writer.FinishLoadAsync(others, report, ct), ct);
            }

            try
            {
                await WriteAuditAsync(ct);
                report($"Logg skriven: {Seconds(phase)}");
            }
            finally
            {
                await finishing;
            }

            report($"Logg och de andra tabellernas nycklar och index klara: {Seconds(phase)}");
            phase.Restart();
            await writer.FinishLoadAsync(null, report, ct);
            report($"Nycklar, index och statistik: {Seconds(phase)}");
            report("Skrivtid per tabell (COPY eller INSERT, parallellt med att raderna skapas):");
            foreach (var (table, (rows, elapsed)) in writer.Tables.OrderByDescending(t => t.Value.Elapsed))
            {
                report($"  {table}: {rows:N0} rader, {Seconds(elapsed)}");
            }
        }

        private static string Seconds(Stopwatch watch) => Seconds(watch.Elapsed);

        private static string Seconds(TimeSpan elapsed) => $"{elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s";

        private void AddUnit(Batch batch, CareUnit unit, Kommun kommun, RegionalUnit centre, List<Person> unitDoctors, List<Person> kommunNurses, int size, OnCallRuleProfile profile)
        {
            // The round: weekly for most SÄBO, every other week for some, twice a week for korttids; held, every ninth cancelled.
            var recurrence = unit.Type == CareUnitType.Korttidsboende ? RoundRecurrence.TwiceAWeek
                : random.NextDouble() < 0.7 ? RoundRecurrence.Weekly : RoundRecurrence.EveryOtherWeek;
            var day = (IsoDayOfWeek)random.Next(1, recurrence == RoundRecurrence.TwiceAWeek ? 3 : 6);
            var doctor = unitDoctors.Count > 0 ? unitDoctors[random.Next(unitDoctors.Count)] : null;
            var series = new RoundSeries(unit.Id, new RoundSchedule(
                doctor?.Id, recurrence, day, recurrence == RoundRecurrence.TwiceAWeek ? day + 3 : null,
                recurrence == RoundRecurrence.EveryOtherWeek ? HistoryStart.With(DateAdjusters.NextOrSame(day)) : null,
                new LocalTime(9, 0), 90, MeetingForm.PaPlats, $"{unit.Name}, expeditionen", HistoryStart, null, HolidayPolicy.MoveToNextWorkingDay));
            batch.Series.Add(series);
            var held = new List<LocalDate>();
            var n = 0;
            foreach (var occurrence in series.OccurrencesBetween(HistoryStart, Reference))
            {
                if (occurrence.Status == RoundStatus.Cancelled)
                {
                    continue;
                }

                var record = new RoundOccurrenceRecord(series.Id, occurrence.OriginalDate);
                if (++n % 9 == 0)
                {
                    record.Cancel(RoundCancelReason.DoctorAbsent, null);
                }
                else
                {
                    record.MarkHeld(occurrence, ReferenceInstant);
                    held.Add(occurrence.OriginalDate);
                }

                batch.Occurrences.Add(record);
            }

            var onCallUnit = new OnCallUnit(unit.Name, centre.Name, centre.Phone);
            for (var p = 0; p < size; p++)
            {
                AddPatient(batch, unit, kommun, centre, doctor, kommunNurses[random.Next(kommunNurses.Count)], held, onCallUnit, profile);
            }
        }

        private void AddPatient(
            Batch batch, CareUnit unit, Kommun kommun, RegionalUnit centre, Person? doctor, Person nurse, List<LocalDate> held,
            OnCallUnit onCallUnit, OnCallRuleProfile profile)
        {
            var identity = IdentityNumber.ParseOrThrow(NextIdentityNumber(), Reference);
            var enrolled = new LocalDate(2015, 1, 1).PlusDays(random.Next(0, 4_320)); // 2015 – October 2026
            // One patient in ten died during the three years (SÄBO residents stay about two years); the rest are alive.
            var diedAt = DeathInstant(enrolled);
            var lastDay = diedAt is { } died ? died.InZone(Stockholm.Zone).Date : Reference;
            // Reviews on the unit's held round days, about a year apart: 2024 and 2025 held, 2026 held or planned.
            var reviewDays = new List<LocalDate>();
            if (held.Count > 0)
            {
                var offset = random.Next(0, 300);
                foreach (var year in new[] { 2024, 2025, 2026 })
                {
                    var wanted = new LocalDate(year, 1, 10).PlusDays(offset);
                    var date = held.FirstOrDefault(d => d >= wanted && d > enrolled);
                    if (date != default && date.Year == year && date <= lastDay)
                    {
                        reviewDays.Add(date);
                    }
                }
            }

            var previous = reviewDays.Count > 0 ? reviewDays[^1] : (LocalDate?)null;
            var patient = Patient.Enrol(identity, PersonName(), unit, enrolled, centre.Id, Reference,
                listedCareCentreId: random.NextDouble() < 0.97 ? centre.Id : null, previousAnnualReview: previous, isDemo: true);
            patient.SetContacts(doctor?.Id, null);
            patient.AddCareContact(nurse.Id, enrolled);
            batch.Patients.Add(patient);

            LocalDate? before = null;
            foreach (var date in reviewDays)
            {
                var review = new AnnualReview(patient.Id, unit.Id, date.Year, before, null);
                review.Place(date, before?.PlusYears(1), before is null ? ReviewReason.NewPatient : ReviewReason.Annual, ReviewSlotSource.RoundOccurrence, null);
                review.MarkDone(date, new ReviewOutcome(true, true, true, null, null, false), Reference);
                batch.Reviews.Add(review);
                before = date;
            }

            if (diedAt is null && before is { } last && last.PlusYears(1) is var next && next.Year == 2027)
            {
                // Next year's review, planned a year after the last.
                var review = new AnnualReview(patient.Id, unit.Id, 2027, last, null);
                review.Place(next, next, ReviewReason.Annual, ReviewSlotSource.RoundOccurrence, null);
                batch.Reviews.Add(review);
            }

            // One acute contact in four patients, somewhere in the three years, resolved by the on-call rules at its instant.
            if (random.NextDouble() < 0.25)
            {
                var minutes = diedAt is { } death ? (int)Math.Max(1, (death - Instant.FromUtc(2024, 1, 1, 0, 0)).TotalMinutes - 60) : 1_520_000;
                var called = Instant.FromUtc(2024, 1, 1, 0, 0) + Duration.FromMinutes(random.Next(0, minutes));
                var answer = OnCallResolver.Resolve(new OnCallQuery(onCallUnit, [], profile, called));
                var contact = AcuteContact.Record(patient.Id, unit.Id, called, nurse.Name, "Försämrat allmäntillstånd (fiktivt).",
                    Vitals[random.Next(Vitals.Length)], null, null, null, answer);
                var answered = called + Duration.FromMinutes(5 + random.Next(0, 40));
                contact.RecordTimes(answered, null, null, ReferenceInstant);
                contact.RecordOutcome(AcuteContactOutcome.Advice, null, null);
                batch.Acute.Add(contact);
            }

            // The palliative course (decision 0087): every death, and one living patient in 40 in a palliative phase.
            var course = AddPalliativeCourse(patient, enrolled, diedAt, centre, doctor, nurse);
            if (course is not null)
            {
                batch.Courses.Add(course);
            }

            // Audit: the nurse enrolled the patient and read the page now and then (each read a row in the chain).
            var pid = patient.Id;
            var reads = 1 + random.Next(0, 3);
            for (var r = 0; r <= reads; r++)
            {
                var day = r == 0 ? enrolled : enrolled.PlusDays(random.Next(0, Math.Max(1, Period.Between(enrolled, lastDay, PeriodUnits.Days).Days)));
                var at = (day + new LocalTime(8 + random.Next(0, 9), random.Next(0, 60))).InZoneLeniently(Stockholm.Zone).ToInstant();
                _audit.Add(new PendingAudit(at, nurse.Name, kommun.Id, r == 0 ? AuditAction.Create : AuditAction.Read,
                    nameof(Patient), pid, pid, r == 0 ? "Name, StoredIdentityNumber, CareUnitId" : "patientsida"));
            }

            // The course's first record and the death, as the audit interceptor names them.
            if (course is not null)
            {
                var first = course.Decisions.Select(d => d.DecidedAt)
                    .Concat(course.Conversations.Select(c => (c.HeldOn + new LocalTime(13, 0)).InZoneLeniently(Stockholm.Zone).ToInstant()))
                    .Concat(course.Ordinations.Select(o => (o.OrderedOn + new LocalTime(13, 0)).InZoneLeniently(Stockholm.Zone).ToInstant()))
                    .Concat(course.Death?.EstablishedAt is { } at ? [at] : [])
                    .Min();
                _audit.Add(new PendingAudit(first, nurse.Name, kommun.Id, AuditAction.Create, nameof(PalliativeCourse), pid, pid, "PatientId"));
                if (course.Death is { EstablishedAt: { } established } death)
                {
                    _audit.Add(new PendingAudit(established, nurse.Name, kommun.Id, AuditAction.Create,
                        "DeathRecord", death.Id, pid, "DiedAt, IsExpected, EstablishedAt, EstablishedByDoctor"));
                }
            }
        }

        /// <summary>The audit rows in time order, chained on from the head the demo data left.</summary>
        private async Task WriteAuditAsync(CancellationToken ct)
        {
            var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
            var sequence = head?.Sequence ?? 0;
            var previous = head?.Hash ?? AuditChain.Genesis;
            var watch = Stopwatch.StartNew();
            // Every row written so far has its deterministic key (the writer assigns them in write order); the audit rows
            // name them, so they are made now, all before the first is handed to the writer (the key map is not shared
            // between threads). A stable sort: rows at the same instant keep the order they were made in.
            await writer.FlushAsync();
            var ordered = _audit.OrderBy(e => e.At).Select(e => new AuditEntry(
                e.At, null, e.UserName, ids.Map(e.KommunId), "KommunNurse", e.Action, e.EntityType, ids.Map(e.EntityId).ToString(),
                ids.Map(e.PatientId), e.Details)).ToList();
            _audit.Clear();
            report($"Logg: {ordered.Count:N0} rader kedjas på efter rad {sequence} (sorterade på {Seconds(watch)}) …");
            var sealing = TimeSpan.Zero;
            foreach (var chunk in ordered.Chunk(100_000))
            {
                watch.Restart();
                foreach (var entry in chunk)
                {
                    entry.Seal(++sequence, previous);
                    previous = entry.Hash;
                }

                sealing += watch.Elapsed;
                await writer.WriteAsync(chunk, ct);
                AuditRows += chunk.Length;
            }

            report($"Logg: kedjan beräknad på {Seconds(sealing)}");
        }

        /// <summary>When the patient died, for one patient in ten: at a random minute between a month after enrolment (or the history's start) and the day before the reference day.</summary>
        private Instant? DeathInstant(LocalDate enrolled)
        {
            if (random.NextDouble() >= DeathShare)
            {
                return null;
            }

            var from = (LocalDate.Max(enrolled.PlusDays(30), HistoryStart) + LocalTime.Midnight).InZoneLeniently(Stockholm.Zone).ToInstant();
            var to = ((Reference.PlusDays(-1)) + LocalTime.Midnight).InZoneLeniently(Stockholm.Zone).ToInstant();
            return from >= to ? null : from + Duration.FromMinutes(random.NextInt64(0, (long)(to - from).TotalMinutes));
        }

        /// <summary>
        /// The patient's palliative course through the aggregate's own methods, or null. For a death (85 % expected):
        /// the end-of-life decision, brytpunktssamtal, care plan, trygghetsläkemedel and delegation in most expected
        /// deaths, at shares a little under Socialstyrelsen's target levels (decision 0088) so that the follow-up
        /// figures vary; the death with the last week's items, the tasks (most done by their due date) and now and then
        /// a vårdintyg request. One living patient in 40 is in a palliative phase: a decision and a conversation in the
        /// last 200 days, most with a care plan and an ordination.
        /// </summary>
        private PalliativeCourse? AddPalliativeCourse(Patient patient, LocalDate enrolled, Instant? diedAt, RegionalUnit centre, Person? doctor, Person nurse)
        {
            var doctorName = doctor?.Name ?? OnCallDoctorName;
            if (diedAt is not { } died)
            {
                if (random.NextDouble() >= LivingPalliativeShare || Period.Between(enrolled, Reference, PeriodUnits.Days).Days < 10)
                {
                    return null;
                }

                var living = new PalliativeCourse(patient.Id);
                var decidedOn = LocalDate.Max(enrolled.PlusDays(1), Reference.PlusDays(-random.Next(1, 200)));
                RecordPhase(living, decidedOn, Reference, doctorName, nurse.Name, expected: 1.0);
                return living.Decisions.Count + living.Conversations.Count > 0 ? living : null;
            }

            var course = new PalliativeCourse(patient.Id);
            var diedOn = died.InZone(Stockholm.Zone).Date;
            var expected = random.NextDouble() < 0.85;
            var phaseDays = Period.Between(enrolled, diedOn, PeriodUnits.Days).Days;
            if (expected && phaseDays >= 3)
            {
                RecordPhase(course, diedOn.PlusDays(-random.Next(2, Math.Min(90, phaseDays))), diedOn.PlusDays(-1), doctorName, nurse.Name, expected: 0.92);
            }

            var delegation = course.Delegations.FirstOrDefault();
            Instant? examined = delegation is not null ? died + Duration.FromMinutes(30 + random.Next(0, 120)) : null;
            var local = died.InZone(Stockholm.Zone).LocalDateTime;
            var daytime = local.Hour is >= 8 and < 16 && SwedishCalendar.Instance.IsWorkingDay(local.Date);
            var establishedAt = (examined ?? died) + Duration.FromMinutes(daytime ? 30 + random.Next(0, 180) : 60 + random.Next(0, 600));
            var establishment = daytime
                ? new DeathEstablishment(establishedAt, doctorName, DeathEstablishedBy.CareCentreDoctor, new CareCentreRef(centre.Id, centre.Name))
                : new DeathEstablishment(establishedAt, OnCallDoctorName, DeathEstablishedBy.OnCallDoctor, null);
            var lastWeek = expected
                ? new LastWeekOfLife(Item(0.85, 0.10), Item(0.70, 0.20), Item(0.93, 0.05), Item(0.91, 0.06), Item(0.87, 0.09))
                : LastWeekOfLife.Unknown;
            var listed = patient.ListedCareCentreId is not null ? new CareCentreRef(centre.Id, centre.Name) : null;
            var deathClock = new FixedClock(ReferenceInstant);
            course.RecordDeath(patient, new DeathReport(died, expected, false, examined, establishment, lastWeek),
                listed, new CareCentreRef(centre.Id, centre.Name), nurse.Name, deathClock);
            foreach (var task in course.Tasks)
            {
                // Nine tasks in ten are done, most by their due date (a task without one within a fortnight).
                var due = task.DueOn ?? diedOn.PlusDays(14);
                if (random.NextDouble() < 0.9)
                {
                    var doneOn = random.NextDouble() < 0.9 ? due.PlusDays(-random.Next(0, Math.Max(1, Period.Between(diedOn, due, PeriodUnits.Days).Days + 1))) : due.PlusDays(random.Next(1, 10));
                    var doneAt = Instant.Max(establishedAt, (doneOn + new LocalTime(10, 0)).InZoneLeniently(Stockholm.Zone).ToInstant());
                    if (doneAt <= ReferenceInstant)
                    {
                        course.CompleteTask(task.Id, doneAt);
                    }
                }
            }

            return course;
        }

        /// <summary>The palliative phase from <paramref name="decidedOn"/>: each part recorded with probability about <paramref name="expected"/>.</summary>
        private void RecordPhase(PalliativeCourse course, LocalDate decidedOn, LocalDate until, string doctorName, string nurseName, double expected)
        {
            var clock = new FixedClock(ReferenceInstant);
            var decidedAt = (decidedOn + new LocalTime(10 + random.Next(0, 5), random.Next(0, 60))).InZoneLeniently(Stockholm.Zone).ToInstant();
            if (random.NextDouble() < expected)
            {
                course.RecordDecision(new EndOfLifeDecision(decidedAt, doctorName, nurseName), clock);
            }

            // Brytpunktssamtal in 94 % of expected deaths (target ≥ 98 %), on the day of the decision or within a week.
            var heldOn = LocalDate.Min(until, decidedOn.PlusDays(random.Next(0, 7)));
            if (random.NextDouble() < expected + 0.02)
            {
                course.RecordConversation(new BreakpointConversation(heldOn, doctorName,
                    random.NextDouble() < 0.6 ? ["Patienten", "Närstående", "Sjuksköterska"] : ["Närstående", "Sjuksköterska"]), clock);
                if (random.NextDouble() < 0.85)
                {
                    var updatedAt = (LocalDate.Min(until, heldOn.PlusDays(random.Next(0, 4))) + new LocalTime(15, 0)).InZoneLeniently(Stockholm.Zone).ToInstant();
                    course.UpdateCarePlan(new PalliativeCarePlan(
                        "Palliativ vård i livets slutskede på boendet; symtomlindring.", CprDecision.DoNotResuscitate,
                        "Smärtlindring enligt ordination; övriga läkemedel sätts ut.", "Enligt ordination av trygghetsläkemedel.",
                        "Ingen antibiotika; symtomlindring.", "Ingen dropp; munvård.", Instant.Min(updatedAt, ReferenceInstant), doctorName));
                }
            }

            // Trygghetsläkemedel (opioid, ångestdämpande, illamående, rosslighet), renewed by a doctor contact in half of them.
            if (random.NextDouble() < expected)
            {
                var order = new SafetyMedicationOrder(decidedOn, doctorName, "Morfin 10 mg/ml, Midazolam 5 mg/ml, Haloperidol 5 mg/ml, Glykopyrron 0,2 mg/ml (s.c. vid behov)");
                course.RecordOrdination(order, clock);
                var span = Period.Between(decidedOn, until, PeriodUnits.Days).Days;
                if (span > 14 && random.NextDouble() < 0.5)
                {
                    var contactAt = (decidedOn.PlusDays(random.Next(14, span)) + new LocalTime(11, 0)).InZoneLeniently(Stockholm.Zone).ToInstant();
                    course.RecordDoctorContact(order.Id, new DoctorContact(Instant.Min(contactAt, ReferenceInstant), doctorName, "Ordinationen gäller fortsatt."), clock);
                }
            }

            // The doctor's delegation to the nurse to examine at the expected death, until further notice.
            if (random.NextDouble() < expected - 0.15)
            {
                course.RecordDelegation(new DeathExaminationDelegation(doctorName, nurseName, decidedOn));
            }

            // Now and then the nurse asks the doctor to assess a vårdintyg.
            if (random.NextDouble() < 0.1)
            {
                var request = new CareCertificateRequest(decidedAt, nurseName, doctorName, "Närstående behöver vårdintyg för närståendepenning.");
                course.RequestCareCertificate(request);
                var assessedAt = decidedAt + Duration.FromHours(20 + random.Next(0, 48));
                if (assessedAt <= ReferenceInstant)
                {
                    course.AssessCareCertificate(request.Id, assessedAt, random.NextDouble() < 0.8);
                }
            }
        }

        /// <summary>A last-week item: yes with <paramref name="yes"/>, no with <paramref name="no"/>, else unknown.</summary>
        private bool? Item(double yes, double no) => random.NextDouble() switch
        {
            var x when x < yes => true,
            var x when x < yes + no => false,
            _ => null,
        };

        private string NextIdentityNumber()
        {
            // Born 1920–1960; reservnummer YYYYMMDD + "N" + three base-36 characters counting the patients born that day.
            var born = new LocalDate(1920, 1, 1).PlusDays(random.Next(0, 14_975));
            var key = born.Year * 10_000 + born.Month * 100 + born.Day;
            var count = _numbersPerBirthDate.GetValueOrDefault(key);
            _numbersPerBirthDate[key] = count + 1;
            const string digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
            return $"{key:D8}N{digits[count / 1296 % 36]}{digits[count / 36 % 36]}{digits[count % 36]}";
        }

        private string PersonName() =>
            $"{FirstNames[random.Next(FirstNames.Length)]} {SurnameStems[random.Next(SurnameStems.Length)]}{SurnameEndings[random.Next(SurnameEndings.Length)]}";

        /// <summary>The next number in PTS's ranges for fiction (031-390 06 00–99, 070-174 06 00–99).</summary>
        private string Phone(bool mobile = false)
        {
            var n = _phone++ % 100;
            return mobile ? $"070-174 06 {n:00}" : $"031-390 06 {n:00}";
        }

        private static string Place(int index, Kommun kommun) => kommun.Name.StartsWith("Fiktiva", StringComparison.Ordinal)
            ? $"fiktiva {index + 1:D3}"
            : $"{kommun.Name} (fiktiv)";

        private double Gaussian()
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Sin(2.0 * Math.PI * u2);
        }

        /// <summary>Splits <paramref name="total"/> by weight (largest remainder), each share at least its minimum.</summary>
        private static int[] Apportion(double[] weights, int total, Func<int, int> minimum)
        {
            var shares = weights.Select((_, i) => minimum(i)).ToArray();
            var rest = total - shares.Sum();
            if (rest <= 0)
            {
                return shares;
            }

            var sum = weights.Sum();
            var exact = weights.Select(w => w / sum * rest).ToArray();
            for (var i = 0; i < shares.Length; i++)
            {
                shares[i] += (int)Math.Floor(exact[i]);
            }

            var left = total - shares.Sum();
            foreach (var i in Enumerable.Range(0, shares.Length).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).ThenBy(i => i).Take(left))
            {
                shares[i]++;
            }

            return shares;
        }

        private static readonly VitalSigns[] Vitals =
        [
            new(18, 95, SpO2Scale.Scale1, AirOrOxygen.Air, 128, 88, Consciousness.Alert, 37.9m),
            new(24, 92, SpO2Scale.Scale1, AirOrOxygen.Air, 104, 112, Consciousness.Alert, 38.6m),
            new(16, 96, SpO2Scale.Scale1, AirOrOxygen.Air, 138, 76, Consciousness.Alert, 37.2m),
            new(22, 93, SpO2Scale.Scale1, AirOrOxygen.Air, 110, 104, Consciousness.Alert, 38.2m),
        ];
    }

    /// <summary>The entity types the bulk writer writes (their tables' keys and indexes are built after the load).</summary>
    private static readonly Type[] LoadedTypes =
    [
        typeof(Region), typeof(Kommun), typeof(RegionalUnit), typeof(Person), typeof(OnCallArea), typeof(RuleProfileVersion),
        typeof(OnCallAreaAssignment), typeof(CareUnit), typeof(RoundSeries), typeof(RoundOccurrenceRecord), typeof(Patient),
        typeof(PatientEvent), typeof(ListingOffer), typeof(PatientCareContact), typeof(AnnualReview), typeof(AcuteContact),
        typeof(PalliativeCourse), typeof(EndOfLifeDecision), typeof(SafetyMedicationOrder), typeof(DoctorContact),
        typeof(BreakpointConversation), typeof(PalliativeCarePlan), typeof(DeathExaminationDelegation), typeof(Death),
        typeof(DeathTask), typeof(CareCertificateRequest), typeof(AuditEntry),
    ];

    /// <summary>An audit row as made while generating: the keys as the domain made them, mapped when the row is sealed.</summary>
    private readonly record struct PendingAudit(
        Instant At, string UserName, Guid KommunId, AuditAction Action, string EntityType, Guid EntityId, Guid PatientId, string Details);

    /// <summary>One batch of rows, written table by table, parents first (the writer holds on to the lists: a new batch each time).</summary>
    private sealed class Batch
    {
        public List<PalliativeCourse> Courses { get; } = [];

        public List<RoundSeries> Series { get; } = [];
        public List<RoundOccurrenceRecord> Occurrences { get; } = [];
        public List<Patient> Patients { get; } = [];
        public List<AnnualReview> Reviews { get; } = [];
        public List<AcuteContact> Acute { get; } = [];

        public async Task WriteAsync(BulkWriter writer, CancellationToken ct)
        {
            await writer.WriteAsync(Series, ct);
            await writer.WriteAsync(Occurrences, ct);
            await writer.WriteAsync(Patients, ct);
            await writer.WriteAsync(Patients.SelectMany(p => p.Events).ToList(), ct);
            await writer.WriteAsync(Patients.SelectMany(p => p.ListingOffers).ToList(), ct);
            await writer.WriteAsync(Patients.SelectMany(p => p.CareContacts).ToList(), ct);
            await writer.WriteAsync(Reviews, ct);
            await writer.WriteAsync(Acute, ct);
            await writer.WriteAsync(Courses, ct);
            await writer.WriteAsync(Courses.SelectMany(c => c.Decisions).ToList(), ct);
            var ordinations = Courses.SelectMany(c => c.Ordinations).ToList();
            await writer.WriteAsync(ordinations, ct);
            // The doctor contacts point at their ordination by a shadow key (OrderId): an owned type's owner.
            var contacts = ordinations.SelectMany(o => o.DoctorContacts.Select(c => (Contact: c, OrderId: o.Id))).ToList();
            var orderOf = contacts.ToDictionary(c => c.Contact, c => c.OrderId);
            await writer.WriteAsync(contacts.Select(c => c.Contact).ToList(), ct, (contact, property) => property == "OrderId"
                ? orderOf[contact]
                : throw new InvalidOperationException($"DoctorContact.{property}: no value."));
            await writer.WriteAsync(Courses.SelectMany(c => c.Conversations).ToList(), ct);
            await writer.WriteAsync(Courses.SelectMany(c => c.CarePlans).ToList(), ct);
            await writer.WriteAsync(Courses.SelectMany(c => c.Delegations).ToList(), ct);
            await writer.WriteAsync(Courses.Where(c => c.Death is not null).Select(c => c.Death!).ToList(), ct);
            await writer.WriteAsync(Courses.SelectMany(c => c.Tasks).ToList(), ct);
            await writer.WriteAsync(Courses.SelectMany(c => c.CareCertificateRequests).ToList(), ct);
        }
    }
}

/// <summary>The data's "now" for the domain's rules (nothing recorded after it).</summary>
file sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
