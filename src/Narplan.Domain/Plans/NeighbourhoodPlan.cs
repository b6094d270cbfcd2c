namespace Narplan.Domain.Plans;

/// <summary>
/// The plan of one närområde (a kommun): a gemensam närområdesplan, or a lokal handlingsplan, with
/// all its versions. At most one version is open for editing (Utkast or På remiss) at a time and at
/// most one is published; publishing a version supersedes the one published before it. The next
/// revision starts as a copy of the latest version.
/// </summary>
public sealed class NeighbourhoodPlan : Entity
{
    private readonly List<PlanVersion> _versions = [];

    private NeighbourhoodPlan()
    {
        Title = "";
    }

    private NeighbourhoodPlan(Guid kommunId, PlanKind kind, string title)
    {
        KommunId = kommunId;
        Kind = kind;
        Title = string.IsNullOrWhiteSpace(title) ? throw new DomainException("Planen måste ha en titel.") : title.Trim();
    }

    /// <summary>The närområde (kommun) the plan is for.</summary>
    public Guid KommunId { get; private set; }

    public PlanKind Kind { get; private set; }

    public string Title { get; private set; }

    public IReadOnlyList<PlanVersion> Versions => _versions.OrderBy(v => v.Number).ToList();

    public PlanVersion Latest => _versions.MaxBy(v => v.Number)!;

    public PlanVersion? Published => _versions.SingleOrDefault(v => v.Status == PlanStatus.Publicerad);

    public PlanVersion Version(int number) =>
        _versions.SingleOrDefault(v => v.Number == number) ?? throw new DomainException($"Planen har ingen version {number}.");

    /// <summary>A new närområdesplan from the VGR template, each section pre-filled with the region's standard text.</summary>
    public static NeighbourhoodPlan FromTemplate(Guid kommunId, string title, PlanDetails details, IReadOnlyList<SectionTemplate>? template = null)
    {
        var plan = new NeighbourhoodPlan(kommunId, PlanKind.Naromradesplan, title);
        var version = new PlanVersion(plan.Id, 1, details);
        foreach (var s in template ?? PlanTemplate.Vgr)
        {
            version.AddSection(s.Key, s.Heading, s.Level, s.Mandatory, s.DefaultText, s.Content);
        }

        plan._versions.Add(version);
        return plan;
    }

    /// <summary>A new handlingsplan; its numbered headings are added with <see cref="AddActionHeading"/>.</summary>
    public static NeighbourhoodPlan ActionPlan(Guid kommunId, string title, PlanDetails details)
    {
        var plan = new NeighbourhoodPlan(kommunId, PlanKind.Handlingsplan, title);
        plan._versions.Add(new PlanVersion(plan.Id, 1, details));
        return plan;
    }

    /// <summary>Adds a heading (intro text, or a numbered heading with rows) to the open handlingsplan version.</summary>
    public PlanSection AddActionHeading(string key, string heading, int level, string text, IEnumerable<ActionRow>? rows = null)
    {
        if (Kind != PlanKind.Handlingsplan)
        {
            throw new DomainException("Rubriker läggs till i en handlingsplan; närområdesplanens avsnitt följer mallen.");
        }

        var section = Latest.AddSection(key, heading, level, false, text, rows is null ? SectionContent.TextOnly : SectionContent.ActionRows);
        if (rows is not null)
        {
            section.ReplaceRows(rows);
        }

        return section;
    }

    /// <summary>Adds an empty numbered heading ("2.3", title) to a handlingsplan version that is still open, in number order.</summary>
    public PlanSection AddNumberedHeading(int versionNumber, string number, string title)
    {
        RequireActionPlan();
        var parsed = ActionHeadingNumber.TryParse(number)
            ?? throw new DomainException($"”{number.Trim()}” är inget rubriknummer; skriv till exempel 3 eller 2.4.");
        return Version(versionNumber).AddNumberedHeading(parsed, title);
    }

    /// <summary>Removes an empty numbered heading from a handlingsplan version that is still open; a heading with rows is refused.</summary>
    public PlanSection RemoveNumberedHeading(int versionNumber, string key)
    {
        RequireActionPlan();
        return Version(versionNumber).RemoveNumberedHeading(key);
    }

    private void RequireActionPlan()
    {
        if (Kind != PlanKind.Handlingsplan)
        {
            throw new DomainException("Rubriker läggs till i en handlingsplan; närområdesplanens avsnitt följer mallen.");
        }
    }

    /// <summary>Starts the next revision as a copy of the latest version, which must be fastställd or published.</summary>
    public PlanVersion StartNextRevision()
    {
        var latest = Latest;
        if (latest.IsEditable)
        {
            throw new DomainException($"Version {latest.Number} är fortfarande {latest.Status.Swedish().ToLowerInvariant()}; fastställ den innan en ny revision startas.");
        }

        var next = latest.CopyAsNext(latest.Number + 1);
        _versions.Add(next);
        return next;
    }

    /// <summary>Publishes a fastställd version; the version published before it becomes ersatt.</summary>
    public void Publish(int number, LocalDate today)
    {
        var version = Version(number);
        var previous = Published;
        if (previous is not null && previous.Number > number)
        {
            throw new DomainException($"Version {previous.Number} är redan publicerad och nyare.");
        }

        version.Publish(today);
        previous?.Supersede();
    }
}
