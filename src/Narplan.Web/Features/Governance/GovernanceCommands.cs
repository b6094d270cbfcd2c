namespace Narplan.Web.Features.Governance;

/// <summary>
/// The outcome of a coordinator's change: saved (with soft flags to show), or refused with a Swedish message and the
/// form field it belongs beside (null: the form as a whole). Forbidden and stale edits are refusals of their own.
/// </summary>
public sealed record GovernanceResult(string? Error = null, string? Field = null, bool Forbidden = false, bool Conflict = false, bool NotFound = false)
{
    public IReadOnlyList<string> Flags { get; init; } = [];

    public bool Succeeded => Error is null;

    public static GovernanceResult Ok(IReadOnlyList<string>? flags = null) => new() { Flags = flags ?? [] };
}

/// <summary>
/// The coordinator's changes to a delregion's närvårdssamverkan. Each checks <see cref="AccessPolicy.MayEditGovernance"/>,
/// applies seed 004's rules through the domain types, and saves everything or nothing: a refused change leaves the
/// database as it was. Each save is audited by the audit interceptor in the same transaction.
/// </summary>
public sealed class GovernanceCommands(NarplanDbContext db, GovernanceQueries queries, IClock clock)
{
    public const string DeniedMessage = "Närvårdssamverkan ändras av närvårdskontorets koordinator och administratörer.";

    public const string StaleMessage =
        "Någon annan har ändrat uppgiften sedan du öppnade sidan. Dina värden finns kvar i formuläret; ladda om sidan, jämför och spara igen.";

    private LocalDate Today => queries.Today;

    public static bool MayEdit(ClaimsPrincipal user, Guid subRegionId) => AccessPolicy.MayEditGovernance(user.ToActor(), subRegionId);

    public Task<GovernanceResult> AddMembershipAsync(ClaimsPrincipal user, Guid subRegionId, MembershipInput input, CancellationToken ct = default) =>
        RunAsync(user, subRegionId, ct, async () =>
        {
            var body = await BodyAsync(subRegionId, input.BodyId, nameof(input.BodyId), ct);
            var from = Required(input.From, nameof(input.From), "Ange från vilket datum medlemskapet gäller.");
            var membership = Field(nameof(input.To), () => new BodyMembership(body.Id, input.PersonName, input.Organisation, input.Seat, input.Role, input.Sector, input.Side,
                input.HasVote, from, Optional(input.To, nameof(input.To))), ("namn", nameof(input.PersonName)), ("organisation", nameof(input.Organisation)));
            var others = await db.BodyMemberships.Where(m => m.BodyId == body.Id).ToListAsync(ct);
            var overlapping = others.Where(m => Overlaps(m, membership)).ToList();
            if (body.Kind == BodyKind.WorkingCommittee && membership.Role is MemberRole.Ledamot or MemberRole.Ersattare)
            {
                var extra = overlapping.Where(m => m.Role is MemberRole.Ledamot or MemberRole.Ersattare).Select(m => m.Sector).Append(membership.Sector).ToList();
                Field(nameof(input.Sector), () => BodyRules.ValidateWorkingCommittee(extra));
            }

            if (body.Kind == BodyKind.LocalManagementGroup && membership.Role == MemberRole.Ordforande)
            {
                Field(nameof(input.Side), () => BodyRules.ValidateLocalManagementChair(membership.Side));
            }

            if (membership.Role is MemberRole.Ordforande or MemberRole.ViceOrdforande && overlapping.Any(m => m.Role == membership.Role))
            {
                throw new FieldException(nameof(input.Role), $"{body.Name} har redan en {membership.Role.Swedish()} under den perioden; avsluta det medlemskapet först.");
            }

            db.Add(membership);
            return [];
        });

    public Task<GovernanceResult> EndMembershipAsync(ClaimsPrincipal user, Guid subRegionId, EndMembershipInput input, CancellationToken ct = default) =>
        RunAsync(user, subRegionId, ct, async () =>
        {
            var (id, version) = Pick.Parse(input.Membership) ?? throw new FieldException(nameof(input.Membership), "Välj ett medlemskap.");
            var membership = await db.BodyMemberships.SingleOrDefaultAsync(m => m.Id == id, ct);
            if (membership is null || !await db.GovernanceBodies.AnyAsync(b => b.Id == membership.BodyId && b.SubRegionId == subRegionId, ct))
            {
                throw new FieldException(nameof(input.Membership), "Medlemskapet finns inte.");
            }

            Stale(membership.Version, version);
            var to = Required(input.To, nameof(input.To), "Ange sista dagen för medlemskapet.");
            Field(nameof(input.To), () => membership.EndOn(to));
            db.ChangeAtVersion(membership, version);
            return [];
        });

    /// <summary>A new chair term; hard rules refuse (a third chair in a row from one side), the main rule only flags.</summary>
    public Task<GovernanceResult> AddChairTermAsync(ClaimsPrincipal user, Guid subRegionId, ChairTermInput input, CancellationToken ct = default) =>
        RunAsync(user, subRegionId, ct, async () =>
        {
            var body = await BodyAsync(subRegionId, input.BodyId, nameof(input.BodyId), ct);
            if (body.Kind is not (BodyKind.PoliticalConsultation or BodyKind.SteeringGroup))
            {
                throw new FieldException(nameof(input.BodyId), "Ordförande och vice ordförande utses för två år i taget i Delregionalt politiskt samråd och styrgruppen.");
            }

            var year = input.FirstYear is { } y && SupportedDates.ContainsYear(y) && SupportedDates.ContainsYear(y + 1) ? y : throw new FieldException(nameof(input.FirstYear), "Ange periodens första år (t.ex. 2026).");
            var chair = string.IsNullOrWhiteSpace(input.ChairName) ? throw new FieldException(nameof(input.ChairName), "Ange ordförandens namn.") : input.ChairName.Trim();
            var vice = string.IsNullOrWhiteSpace(input.ViceName) ? null : new Appointee(input.ViceName.Trim(), input.ViceSide);
            var term = new ChairTerm(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year + ChairRotation.TermYears - 1, 12, 31)), new Appointee(chair, input.ChairSide), vice);
            var history = (await db.ChairTerms.AsNoTracking().Where(t => t.BodyId == body.Id).ToListAsync(ct)).Select(t => t.ToTerm()).ToList();
            var flags = Field(nameof(input.ChairSide), () => new ChairRotation(body.Kind == BodyKind.PoliticalConsultation).Validate(history, term),
                ("överlappar", nameof(input.FirstYear)), ("båda kommer", nameof(input.ViceSide)));
            db.Add(new ChairTermRecord(body.Id, term));
            return flags;
        });

    public Task<GovernanceResult> AddCommissionAsync(ClaimsPrincipal user, Guid subRegionId, CommissionInput input, CancellationToken ct = default) =>
        RunAsync(user, subRegionId, ct, async () =>
        {
            var steering = await db.GovernanceBodies.FirstOrDefaultAsync(b => b.SubRegionId == subRegionId && b.Kind == BodyKind.SteeringGroup, ct)
                ?? throw new FieldException(null, "Delregionen har ingen styrgrupp som kan ge uppdraget.");
            var assignment = AssignmentOf(input.Question, input.Deliverables, input.Start, input.End);
            var rows = (input.Members ?? []).Where(m => !string.IsNullOrWhiteSpace(m.Name) || !string.IsNullOrWhiteSpace(m.Organisation)).ToList();
            var body = Field(nameof(input.Members), () => GovernanceBody.Commission(subRegionId, steering.Id, input.Name ?? "", assignment, [.. rows.Select(r => r.Sector)], input.UserParticipation),
                ("namn", nameof(input.Name)), ("Texterna", nameof(input.Question)));
            db.Add(body);
            var from = assignment.Start;
            foreach (var row in rows)
            {
                db.Add(Field(nameof(input.Members), () => new BodyMembership(body.Id, row.Name, row.Organisation, BodyRules.SectorName(row.Sector), MemberRole.Ledamot, row.Sector,
                    row.Sector == Sector.Kommun ? Principal.Kommun : Principal.Region, true, from, null)));
            }

            return [];
        });

    public Task<GovernanceResult> AddLocalWorkingGroupAsync(ClaimsPrincipal user, Guid subRegionId, LocalWorkingGroupInput input, CancellationToken ct = default) =>
        RunAsync(user, subRegionId, ct, async () =>
        {
            var parent = await BodyAsync(subRegionId, input.ManagementGroupId, nameof(input.ManagementGroupId), ct);
            var assignment = AssignmentOf(input.Question, input.Deliverables, input.Start, input.End);
            db.Add(Field(nameof(input.ManagementGroupId), () => GovernanceBody.LocalWorkingGroup(parent, input.Name ?? "", assignment, input.UserParticipation),
                ("namn", nameof(input.Name)), ("Texterna", nameof(input.Question))));
            return [];
        });

    public Task<GovernanceResult> SetGroupStatusAsync(ClaimsPrincipal user, Guid subRegionId, GroupStatusInput input, CancellationToken ct = default) =>
        RunAsync(user, subRegionId, ct, async () =>
        {
            var (id, version) = Pick.Parse(input.Body) ?? throw new FieldException(nameof(input.Body), "Välj en grupp.");
            var body = await BodyAsync(subRegionId, id, nameof(input.Body), ct);
            Stale(body.Version, version);
            var on = Required(input.On, nameof(input.On), "Ange datum.");
            Field(nameof(input.On), () => body.SetStatus(input.Status, on), ("Bara", nameof(input.Body)));
            db.ChangeAtVersion(body, version);
            return [];
        });

    public Task<GovernanceResult> AddMeetingAsync(ClaimsPrincipal user, Guid subRegionId, MeetingInput input, CancellationToken ct = default) =>
        RunAsync(user, subRegionId, ct, async () =>
        {
            var body = await BodyAsync(subRegionId, input.BodyId, nameof(input.BodyId), ct);
            var date = Required(input.Date, nameof(input.Date), "Ange mötets datum.");
            var start = Time(input.StartTime, nameof(input.StartTime));
            var end = Time(input.EndTime, nameof(input.EndTime));
            db.Add(Field(nameof(input.EndTime), () => new GovernanceMeeting(body.Id, date.At(start), date.At(end), input.Place, input.Agenda), ("Texten", nameof(input.Agenda))));
            return [];
        });

    public Task<GovernanceResult> WriteMinutesAsync(ClaimsPrincipal user, Guid subRegionId, MinutesInput input, CancellationToken ct = default) =>
        RunAsync(user, subRegionId, ct, async () =>
        {
            var meeting = await db.GovernanceMeetings.SingleOrDefaultAsync(m => m.Id == input.MeetingId, ct);
            if (meeting is null || !await db.GovernanceBodies.AnyAsync(b => b.Id == meeting.BodyId && b.SubRegionId == subRegionId, ct))
            {
                throw new FieldException(nameof(input.MeetingId), "Välj ett möte.");
            }

            Stale(meeting.Version, input.Version);
            Field(nameof(input.Text), () => meeting.WriteMinutes(input.Kind, input.Text, input.Publish));
            db.ChangeAtVersion(meeting, input.Version);
            return [];
        });

    public Task<GovernanceResult> RaiseMatterAsync(ClaimsPrincipal user, Guid subRegionId, MatterInput input, CancellationToken ct = default) =>
        RunAsync(user, subRegionId, ct, async () =>
        {
            var body = await BodyAsync(subRegionId, input.RaisedByBodyId, nameof(input.RaisedByBodyId), ct);
            var on = Required(input.RaisedOn, nameof(input.RaisedOn), "Ange datum då ärendet lyftes.");
            db.Add(Field(nameof(input.RaisedByBodyId), () => new GovernanceMatter(subRegionId, body, input.Title, input.Description, on),
                ("rubrik", nameof(input.Title)), ("Texten", nameof(input.Description))));
            return [];
        });

    public Task<GovernanceResult> AddMatterStepAsync(ClaimsPrincipal user, Guid subRegionId, MatterStepInput input, CancellationToken ct = default) =>
        RunAsync(user, subRegionId, ct, async () =>
        {
            var (id, version) = Pick.Parse(input.Matter) ?? throw new FieldException(nameof(input.Matter), "Välj ett ärende.");
            var matter = await db.GovernanceMatters.Include(m => m.Steps).SingleOrDefaultAsync(m => m.Id == id && m.SubRegionId == subRegionId, ct)
                ?? throw new FieldException(nameof(input.Matter), "Välj ett ärende.");
            Stale(matter.Version, version);
            var body = input.BodyId is { } bodyId ? await BodyAsync(subRegionId, bodyId, nameof(input.BodyId), ct) : null;
            var on = Required(input.On, nameof(input.On), "Ange datum för steget.");
            var step = Field(nameof(input.Text), () => matter.AddStep(input.Kind, on, body, input.Text),
                ("organ", nameof(input.BodyId)), ("daterat", nameof(input.On)), ("avslutat", nameof(input.Matter)), ("lyft", nameof(input.Kind)));
            db.Add(step);
            db.ChangeAtVersion(matter, version);
            return [];
        });

    public Task<GovernanceResult> RecordConferenceDecisionAsync(ClaimsPrincipal user, Guid subRegionId, ConferenceInput input, CancellationToken ct = default) =>
        RunAsync(user, subRegionId, ct, async () =>
        {
            var year = input.Year ?? throw new FieldException(nameof(input.Year), "Ange året konferensen gäller.");
            if (await db.ConferenceDecisions.AnyAsync(d => d.SubRegionId == subRegionId && d.Year == year, ct))
            {
                throw new FieldException(nameof(input.Year), $"Beslutet om spridningskonferensen {year} är redan registrerat.");
            }

            var by = input.DecidedByBodyId is { } id ? (await BodyAsync(subRegionId, id, nameof(input.DecidedByBodyId), ct)).Id : (Guid?)null;
            var on = Required(input.DecidedOn, nameof(input.DecidedOn), "Ange beslutsdatum.");
            db.Add(Field(nameof(input.Theme), () => new ConferenceDecision(subRegionId, year, input.Held, input.Theme, on, by), ("år", nameof(input.Year))));
            return [];
        });

    public Task<GovernanceResult> RecordNoticeAsync(ClaimsPrincipal user, Guid subRegionId, NoticeInput input, CancellationToken ct = default) =>
        RunAsync(user, subRegionId, ct, async () =>
        {
            var agreement = await db.Agreements.Include(a => a.Notices).SingleOrDefaultAsync(a => a.SubRegionId == subRegionId, ct)
                ?? throw new FieldException(null, "Delregionen har inget avtal registrerat.");
            var on = Required(input.GivenOn, nameof(input.GivenOn), "Ange datum då uppsägningen gavs.");
            db.Add(Field(nameof(input.GivenOn), () => agreement.RecordNotice(input.Party, on, Today), ("part", nameof(input.Party))));
            return [];
        });

    /// <summary>Imports a population file (SCB's CSV) as a new version; refused whole when a kommun is missing or a code repeats.</summary>
    public Task<GovernanceResult> ImportPopulationAsync(ClaimsPrincipal user, Guid subRegionId, PopulationInput input, CancellationToken ct = default) =>
        RunAsync(user, subRegionId, ct, async () =>
        {
            var date = Required(input.ReferenceDate, nameof(input.ReferenceDate), "Ange vilket datum folkmängden avser (för kostnadsfördelningen: 1 juli).");
            if (string.IsNullOrWhiteSpace(input.Csv))
            {
                throw new FieldException(nameof(input.Csv), "Klistra in filen från SCB: kommunkod, namn och folkmängd per rad.");
            }

            var expected = await queries.KommunCodesAsync(subRegionId, ct);
            var rows = Field(nameof(input.Csv), () => PopulationFile.Parse(input.Csv, expected));
            db.Add(Field(nameof(input.Source), () => new PopulationVersion(subRegionId, date, input.Source, input.Invented, clock.GetCurrentInstant(), rows)));
            return [];
        });

    /// <summary>
    /// Saves a year's budget and its split: computed from the population on 1 July of the year before, or with parts
    /// entered by hand that must add up to the total.
    /// </summary>
    public Task<GovernanceResult> SaveBudgetAsync(ClaimsPrincipal user, Guid subRegionId, BudgetInput input, CancellationToken ct = default) =>
        RunAsync(user, subRegionId, ct, async () =>
        {
            var year = input.Year is { } y && SupportedDates.ContainsYear(y - 1) ? y : throw new FieldException(nameof(input.Year), "Ange budgetåret (t.ex. 2027).");
            var total = input.TotalKronor is { } t and > 0 ? t : throw new FieldException(nameof(input.TotalKronor), "Ange budgeten i hela kronor (större än 0).");
            var referenceDate = new LocalDate(year - 1, 7, 1);
            // The latest import for the date wins (ordered here: SQLite cannot order by the stored instant).
            var population = (await db.PopulationVersions.Include(v => v.Rows).Where(v => v.SubRegionId == subRegionId && v.ReferenceDate == referenceDate)
                .ToListAsync(ct)).OrderByDescending(v => v.ImportedAt).FirstOrDefault()
                ?? throw new FieldException(nameof(input.Year), $"Befolkningsmängden den 1 juli {year - 1} saknas; importera den först (fördelningen bygger på befolkningen den 1 juli föregående år).");
            var split = Field(nameof(input.TotalKronor), () => CostSplit.Split(total, population.Populations));
            var region = split.RegionKronor;
            var kommuner = split.Kommuner;
            var parts = input.Parts ?? [];
            if (parts.Values.Any(p => p is not null) || input.RegionKronor is not null)
            {
                var missing = split.Kommuner.FirstOrDefault(k => parts.GetValueOrDefault(k.Kommun.KommunCode) is null);
                if (missing is not null)
                {
                    throw new FieldException($"Parts[{missing.Kommun.KommunCode}]", $"Ange {missing.Kommun.Name}s del, eller lämna alla delar tomma för att räkna fram dem.");
                }

                region = input.RegionKronor ?? split.RegionKronor;
                kommuner = [.. split.Kommuner.Select(k => k with { Kronor = parts[k.Kommun.KommunCode]!.Value })];
            }

            var budget = await db.CostSplitBudgets.Include(b => b.Parts).SingleOrDefaultAsync(b => b.SubRegionId == subRegionId && b.Year == year, ct);
            if (budget is null)
            {
                Stale(0, input.Version);
                budget = db.Add(new CostSplitBudget(subRegionId, year, population.Id)).Entity;
            }
            else
            {
                Stale(budget.Version, input.Version);
                db.ChangeAtVersion(budget, input.Version);
            }

            Field(nameof(input.TotalKronor), () => budget.Set(population.Id, total, region, kommuner), ("Kommunkoden", nameof(input.Parts)));
            return [];
        });

    private async Task<GovernanceResult> RunAsync(ClaimsPrincipal user, Guid subRegionId, CancellationToken ct, Func<Task<IReadOnlyList<string>>> change)
    {
        if (!MayEdit(user, subRegionId))
        {
            return new GovernanceResult(DeniedMessage, Forbidden: true);
        }

        try
        {
            var flags = await change();
            await db.SaveChangesAsync(ct);
            return GovernanceResult.Ok(flags);
        }
        catch (FieldException e)
        {
            db.ChangeTracker.Clear();
            return e.Stale ? new GovernanceResult(StaleMessage, Conflict: true) : new GovernanceResult(e.Message, e.Field);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return new GovernanceResult(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new GovernanceResult(StaleMessage, Conflict: true);
        }
    }

    private async Task<GovernanceBody> BodyAsync(Guid subRegionId, Guid? bodyId, string field, CancellationToken ct) =>
        bodyId is { } id && await db.GovernanceBodies.SingleOrDefaultAsync(b => b.Id == id && b.SubRegionId == subRegionId, ct) is { } body
            ? body
            : throw new FieldException(field, "Välj en grupp i delregionen.");

    private static Assignment AssignmentOf(string? question, string? deliverables, DateOnly? start, DateOnly? end)
    {
        var first = Required(start, "Start", "Ange när uppdraget börjar.");
        var last = Optional(end, "End");
        return Field("End", () => Assignment.Create(question, deliverables, first, last), ("frågeställning", "Question"));
    }

    private static bool Overlaps(BodyMembership a, BodyMembership b) =>
        a.From <= (b.To ?? LocalDate.MaxIsoValue) && b.From <= (a.To ?? LocalDate.MaxIsoValue);

    /// <summary>A date the form must have, within the dates Närplan accepts (<see cref="SupportedDates"/>).</summary>
    private static LocalDate Required(DateOnly? date, string field, string message) =>
        Optional(date, field) ?? throw new FieldException(field, message);

    private static LocalDate? Optional(DateOnly? date, string field) =>
        date is not { } d ? null
        : SupportedDates.Contains(LocalDate.FromDateOnly(d)) ? LocalDate.FromDateOnly(d)
        : throw new FieldException(field, SupportedDates.OutOfRangeMessage);

    private static LocalTime Time(string? text, string field) =>
        text is { Length: 5 } && TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? LocalTime.FromTimeOnly(t)
            : throw new FieldException(field, "Ange tiden som TT:MM, t.ex. 13:00.");

    private static void Stale(int stored, int posted)
    {
        if (stored != posted)
        {
            throw new FieldException(null, StaleMessage) { Stale = true };
        }
    }

    /// <summary>Runs a domain change; a refusal becomes a message beside <paramref name="field"/>, or beside the field whose keyword the message contains.</summary>
    private static T Field<T>(string field, Func<T> change, params (string Keyword, string Field)[] keywords)
    {
        try
        {
            return change();
        }
        catch (DomainException e)
        {
            var match = keywords.FirstOrDefault(k => e.Message.Contains(k.Keyword, StringComparison.OrdinalIgnoreCase));
            throw new FieldException(match.Field ?? field, e.Message);
        }
    }

    private static void Field(string field, Action change, params (string Keyword, string Field)[] keywords) =>
        Field<bool>(field, () => { change(); return true; }, keywords);

    private sealed class FieldException(string? field, string message) : Exception(message)
    {
        public string? Field { get; } = field;

        public bool Stale { get; init; }
    }
}
