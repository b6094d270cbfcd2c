namespace Narplan.Domain.Governance;

/// <summary>What a meeting's written record is: a protokoll (decisions) or minnesanteckningar (notes).</summary>
public enum MinutesKind
{
    Protokoll,
    Minnesanteckningar,
}

/// <summary>
/// A meeting of a body, in Swedish local time (Europe/Stockholm), with its agenda and its minutes written as text.
/// Minutes are shown on the public page once <see cref="MinutesPublished"/> (seed 004: "protokollen publiceras på
/// hemsidan"); the agenda is public with the meeting.
/// </summary>
public sealed class GovernanceMeeting : Entity, IVersioned
{
    public const int MaxTextLength = 20000;

    private GovernanceMeeting()
    {
        Place = Agenda = "";
    }

    public GovernanceMeeting(Guid bodyId, LocalDateTime start, LocalDateTime end, string? place, string? agenda)
    {
        if (end <= start)
        {
            throw new DomainException("Mötet måste sluta efter att det börjar.");
        }

        if (end.Date != start.Date)
        {
            throw new DomainException("Ett möte börjar och slutar samma dag.");
        }

        BodyId = bodyId;
        Start = start;
        End = end;
        Place = Limit(place?.Trim() ?? "", 200);
        Agenda = Limit(agenda?.Trim() ?? "", MaxTextLength);
    }

    public Guid BodyId { get; private set; }

    public LocalDateTime Start { get; private set; }

    public LocalDateTime End { get; private set; }

    public string Place { get; private set; }

    public string Agenda { get; private set; }

    public MinutesKind? MinutesKind { get; private set; }

    public string? Minutes { get; private set; }

    public bool MinutesPublished { get; private set; }

    public int Version { get; private set; }

    /// <summary>Writes (or corrects) the minutes; publishing needs text.</summary>
    public void WriteMinutes(MinutesKind kind, string? text, bool publish)
    {
        var minutes = text?.Trim() ?? "";
        if (publish && minutes.Length == 0)
        {
            throw new DomainException("Skriv protokollet eller minnesanteckningarna innan de publiceras.");
        }

        MinutesKind = kind;
        Minutes = minutes.Length == 0 ? null : Limit(minutes, MaxTextLength);
        MinutesPublished = publish;
    }

    public void Touch() => Version++;

    private static string Limit(string text, int max) =>
        text.Length > max ? throw new DomainException($"Texten får vara högst {max} tecken.") : text;
}

/// <summary>What happened to a matter at one step of its path.</summary>
public enum MatterStepKind
{
    /// <summary>Lyft av en lokal ledningsgrupp till närvårdskontoret.</summary>
    Raised,

    /// <summary>Närvårdskontoret har bedömt var frågan ska hanteras och lämnat den till ett organ.</summary>
    Assigned,

    /// <summary>Ett organ har fattat beslut.</summary>
    Decided,

    /// <summary>Ärendet är avslutat.</summary>
    Closed,
}

/// <summary>
/// A matter (ärende) that a lokal ledningsgrupp could not solve locally (seed 004: "Frågor som inte kan lösas på lokal
/// nivå lyfts till Närvårdskontoret, som gör en bedömning om var frågan kan/bör hanteras"). Its path is the list of
/// steps: raised, assigned to a body, decisions, closed; each step is dated and names the body.
/// </summary>
public sealed class GovernanceMatter : Entity, IVersioned
{
    public const int MaxTextLength = 4000;

    private readonly List<MatterStep> _steps = [];

    private GovernanceMatter()
    {
        Title = Description = "";
    }

    public GovernanceMatter(Guid subRegionId, GovernanceBody raisedBy, string? title, string? description, LocalDate raisedOn)
    {
        if (raisedBy.Kind != BodyKind.LocalManagementGroup)
        {
            throw new DomainException("Ett ärende lyfts till närvårdskontoret av en lokal ledningsgrupp.");
        }

        SubRegionId = subRegionId;
        Title = string.IsNullOrWhiteSpace(title) ? throw new DomainException("Ange ärendets rubrik.") : Limit(title.Trim(), 200);
        Description = Limit(description?.Trim() ?? "", MaxTextLength);
        RaisedByBodyId = raisedBy.Id;
        RaisedOn = raisedOn;
        _steps.Add(new MatterStep(Id, 1, MatterStepKind.Raised, raisedOn, raisedBy.Id, "Lyft till närvårdskontoret: frågan kan inte lösas på lokal nivå."));
    }

    public Guid SubRegionId { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public Guid RaisedByBodyId { get; private set; }

    public LocalDate RaisedOn { get; private set; }

    /// <summary>The body närvårdskontoret gave the matter to, once it has.</summary>
    public Guid? AssignedBodyId { get; private set; }

    public bool IsClosed { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<MatterStep> Steps => _steps;

    /// <summary>Adds the next step of the path: assignment to a body, a body's decision, or closing.</summary>
    public MatterStep AddStep(MatterStepKind kind, LocalDate on, GovernanceBody? body, string? text)
    {
        if (IsClosed)
        {
            throw new DomainException("Ärendet är avslutat.");
        }

        var last = _steps.Count == 0 ? RaisedOn : _steps.Max(s => s.On);
        if (on < last)
        {
            throw new DomainException($"Steget kan inte vara daterat ({on:yyyy-MM-dd}) före ärendets förra steg ({last:yyyy-MM-dd}).");
        }

        var note = Limit(text?.Trim() ?? "", MaxTextLength);
        switch (kind)
        {
            case MatterStepKind.Raised:
                throw new DomainException("Ärendet är redan lyft.");
            case MatterStepKind.Assigned:
                if (body is null || body.SubRegionId != SubRegionId)
                {
                    throw new DomainException("Välj det organ som närvårdskontoret lämnar ärendet till.");
                }

                AssignedBodyId = body.Id;
                break;
            case MatterStepKind.Decided:
                if (AssignedBodyId is null)
                {
                    throw new DomainException("Närvårdskontoret måste först bedöma var ärendet ska hanteras och lämna det till ett organ.");
                }

                if (note.Length == 0)
                {
                    throw new DomainException("Skriv beslutet.");
                }

                break;
            case MatterStepKind.Closed:
                IsClosed = true;
                break;
        }

        var step = new MatterStep(Id, _steps.Count + 1, kind, on, body?.Id ?? (kind == MatterStepKind.Decided ? AssignedBodyId : null), note);
        _steps.Add(step);
        return step;
    }

    public void Touch() => Version++;

    private static string Limit(string text, int max) =>
        text.Length > max ? throw new DomainException($"Texten får vara högst {max} tecken.") : text;
}

/// <summary>One step of a matter's path, numbered from 1.</summary>
public sealed class MatterStep : Entity
{
    private MatterStep()
    {
        Text = "";
    }

    internal MatterStep(Guid matterId, int number, MatterStepKind kind, LocalDate on, Guid? bodyId, string text)
    {
        MatterId = matterId;
        Number = number;
        Kind = kind;
        On = on;
        BodyId = bodyId;
        Text = text;
    }

    public Guid MatterId { get; private set; }

    public int Number { get; private set; }

    public MatterStepKind Kind { get; private set; }

    public LocalDate On { get; private set; }

    public Guid? BodyId { get; private set; }

    public string Text { get; private set; }
}

/// <summary>The yearly decision on the spridningskonferens and its theme (seed 004: "Årligen fattas beslut gällande arrangemang av spridningskonferens med aktuellt tema").</summary>
public sealed class ConferenceDecision : Entity
{
    private ConferenceDecision()
    {
        Theme = "";
    }

    public ConferenceDecision(Guid subRegionId, int year, bool held, string? theme, LocalDate decidedOn, Guid? decidedByBodyId)
    {
        if (year < 2000 || year > 2100)
        {
            throw new DomainException("Ange ett år mellan 2000 och 2100.");
        }

        if (held && string.IsNullOrWhiteSpace(theme))
        {
            throw new DomainException("Ange spridningskonferensens tema.");
        }

        SubRegionId = subRegionId;
        Year = year;
        Held = held;
        Theme = (theme?.Trim() ?? "") is { Length: > 200 } ? throw new DomainException("Temat får vara högst 200 tecken.") : theme?.Trim() ?? "";
        DecidedOn = decidedOn;
        DecidedByBodyId = decidedByBodyId;
    }

    public Guid SubRegionId { get; private set; }

    public int Year { get; private set; }

    /// <summary>Whether a conference is arranged that year.</summary>
    public bool Held { get; private set; }

    public string Theme { get; private set; }

    public LocalDate DecidedOn { get; private set; }

    public Guid? DecidedByBodyId { get; private set; }
}

/// <summary>A delregion's collaboration agreement as stored: its first term and notice rule (<see cref="AgreementTerm"/>).</summary>
public sealed class AgreementRecord : Entity, IVersioned
{
    private readonly List<AgreementNoticeRecord> _notices = [];

    private AgreementRecord()
    {
        Name = "";
    }

    public AgreementRecord(Guid subRegionId, AgreementTerm term)
    {
        SubRegionId = subRegionId;
        Name = term.Name;
        FirstTermStart = term.FirstTerm.Start;
        FirstTermEnd = term.FirstTerm.End;
        NoticeMonths = term.NoticeMonths;
        ExtensionYears = term.ExtensionYears;
    }

    public Guid SubRegionId { get; private set; }

    public string Name { get; private set; }

    public LocalDate FirstTermStart { get; private set; }

    public LocalDate FirstTermEnd { get; private set; }

    public int NoticeMonths { get; private set; }

    public int ExtensionYears { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<AgreementNoticeRecord> Notices => _notices;

    public AgreementTerm ToTerm() => new(Name, new DateInterval(FirstTermStart, FirstTermEnd), NoticeMonths, ExtensionYears);

    /// <summary>Records a party's written notice; refused before the agreement starts or after it has ended.</summary>
    public AgreementNoticeRecord RecordNotice(string? party, LocalDate givenOn, LocalDate today)
    {
        if (string.IsNullOrWhiteSpace(party))
        {
            throw new DomainException("Ange vilken part som har sagt upp avtalet.");
        }

        if (givenOn > today)
        {
            throw new DomainException("En uppsägning registreras när den har getts, inte i förväg.");
        }

        var term = ToTerm();
        var status = term.StatusOn(today, _notices.Select(n => n.ToNotice()));
        if (status.HasEnded)
        {
            throw new DomainException($"Avtalet har redan upphört ({status.EndsOn:yyyy-MM-dd}).");
        }

        var notice = new AgreementNoticeRecord(Id, party.Trim().Length > 200 ? throw new DomainException("Partens namn får vara högst 200 tecken.") : party.Trim(), givenOn);
        term.StatusOn(today, _notices.Select(n => n.ToNotice()).Append(notice.ToNotice()));
        _notices.Add(notice);
        return notice;
    }

    public void Touch() => Version++;
}

public sealed class AgreementNoticeRecord : Entity
{
    private AgreementNoticeRecord()
    {
        Party = "";
    }

    internal AgreementNoticeRecord(Guid agreementId, string party, LocalDate givenOn)
    {
        AgreementId = agreementId;
        Party = party;
        GivenOn = givenOn;
    }

    public Guid AgreementId { get; private set; }

    public string Party { get; private set; }

    public LocalDate GivenOn { get; private set; }

    public AgreementNotice ToNotice() => new(Party, GivenOn);
}

/// <summary>
/// One imported version of the kommuner's population on a reference date (for the cost split: 1 July of the year
/// before the budget year), with its named source, or marked as invented (demo data).
/// </summary>
public sealed class PopulationVersion : Entity
{
    private readonly List<PopulationRow> _rows = [];

    private PopulationVersion()
    {
        Source = "";
    }

    public PopulationVersion(Guid subRegionId, LocalDate referenceDate, string? source, bool invented, Instant importedAt, IReadOnlyList<KommunPopulation> rows)
    {
        if (string.IsNullOrWhiteSpace(source) && !invented)
        {
            throw new DomainException("Ange källan till befolkningsuppgifterna (t.ex. SCB, Folkmängd i riket, län och kommuner 30 juni), eller markera dem som påhittade.");
        }

        if (rows.Count == 0)
        {
            throw new DomainException("Filen innehåller inga kommuner.");
        }

        SubRegionId = subRegionId;
        ReferenceDate = referenceDate;
        Source = source?.Trim() is { Length: > 300 } ? throw new DomainException("Källan får vara högst 300 tecken.") : source?.Trim() ?? "";
        Invented = invented;
        ImportedAt = importedAt;
        _rows.AddRange(rows.Select(r => new PopulationRow(Id, r.KommunCode, r.Name, r.Population)));
    }

    public Guid SubRegionId { get; private set; }

    public LocalDate ReferenceDate { get; private set; }

    public string Source { get; private set; }

    /// <summary>Figures made up for the demo, not from a statistics source.</summary>
    public bool Invented { get; private set; }

    public Instant ImportedAt { get; private set; }

    public IReadOnlyList<PopulationRow> Rows => _rows;

    public IReadOnlyList<KommunPopulation> Populations => [.. _rows.OrderBy(r => r.KommunCode, StringComparer.Ordinal).Select(r => new KommunPopulation(r.KommunCode, r.Name, r.Population))];
}

public sealed class PopulationRow : Entity
{
    private PopulationRow()
    {
        KommunCode = Name = "";
    }

    internal PopulationRow(Guid versionId, string kommunCode, string name, long population)
    {
        VersionId = versionId;
        KommunCode = kommunCode;
        Name = name.Length > 100 ? name[..100] : name;
        Population = population;
    }

    public Guid VersionId { get; private set; }

    public string KommunCode { get; private set; }

    public string Name { get; private set; }

    public long Population { get; private set; }
}

/// <summary>
/// A year's budget for närvårdskontoret and its split, as decided: VGR's part and one part per kommun in whole
/// kronor, computed from the population version by <see cref="CostSplit"/> or entered by hand; either way the parts
/// must add up exactly to the total.
/// </summary>
public sealed class CostSplitBudget : Entity, IVersioned
{
    private readonly List<CostSplitPart> _parts = [];

    private CostSplitBudget()
    {
    }

    public CostSplitBudget(Guid subRegionId, int year, Guid populationVersionId)
    {
        SubRegionId = subRegionId;
        Year = year;
        PopulationVersionId = populationVersionId;
    }

    public Guid SubRegionId { get; private set; }

    public int Year { get; private set; }

    public Guid PopulationVersionId { get; private set; }

    public long TotalKronor { get; private set; }

    public long RegionKronor { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<CostSplitPart> Parts => _parts;

    /// <summary>Sets the split; refused unless VGR's part and the kommuner's parts add up to the total, each kommun once.</summary>
    public void Set(Guid populationVersionId, long totalKronor, long regionKronor, IReadOnlyList<KommunCostShare> kommuner)
    {
        if (totalKronor <= 0)
        {
            throw new DomainException("Ange budgeten i hela kronor (större än 0).");
        }

        if (regionKronor < 0 || kommuner.Any(k => k.Kronor < 0))
        {
            throw new DomainException("Ingen del av fördelningen kan vara negativ.");
        }

        if (kommuner.GroupBy(k => k.Kommun.KommunCode).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainException($"Kommunkoden {twice.Key} förekommer mer än en gång i fördelningen.");
        }

        var sum = regionKronor + kommuner.Sum(k => k.Kronor);
        if (sum != totalKronor)
        {
            throw new DomainException(
                $"Fördelningen går inte ihop: VGR:s del och kommunernas delar blir {Kronor(sum)} men budgeten är {Kronor(totalKronor)}.");
        }

        PopulationVersionId = populationVersionId;
        TotalKronor = totalKronor;
        RegionKronor = regionKronor;
        _parts.Clear();
        _parts.AddRange(kommuner.Select(k => new CostSplitPart(Id, k.Kommun.KommunCode, k.Kommun.Name, k.Kommun.Population, k.Kronor)));
    }

    public void Touch() => Version++;

    /// <summary>Whole kronor as Swedish text with a space between thousands: "1 000 000 kr".</summary>
    public static string Kronor(long kronor) =>
        kronor.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', ' ') + " kr";
}

public sealed class CostSplitPart : Entity
{
    private CostSplitPart()
    {
        KommunCode = Name = "";
    }

    internal CostSplitPart(Guid budgetId, string kommunCode, string name, long population, long kronor)
    {
        BudgetId = budgetId;
        KommunCode = kommunCode;
        Name = name;
        Population = population;
        Kronor = kronor;
    }

    public Guid BudgetId { get; private set; }

    public string KommunCode { get; private set; }

    public string Name { get; private set; }

    public long Population { get; private set; }

    public long Kronor { get; private set; }
}
