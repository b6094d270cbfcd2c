namespace Narplan.Domain.Plans;

/// <summary>
/// One section of one plan version: heading, level, mandatory flag and sanitised Markdown text
/// (rendered with raw HTML off, see the web layer). <see cref="Revision"/> counts saved edits and is
/// the optimistic-concurrency check: an edit made against an older revision is a conflict, never
/// a silent overwrite. Handlingsplan sections also carry rows.
/// </summary>
public sealed class PlanSection : Entity
{
    private PlanSection()
    {
        Key = Heading = Text = "";
    }

    internal PlanSection(Guid versionId, int order, string key, string heading, int level, bool mandatory, string text, SectionContent content)
    {
        PlanVersionId = versionId;
        Order = order;
        Key = key;
        Heading = heading;
        Level = level is >= 1 and <= 3 ? level : throw new DomainException("Rubriknivån måste vara 1, 2 eller 3.");
        Mandatory = mandatory;
        Text = Clean(text);
        Content = content;
    }

    public const int MaxTextLength = 50_000;

    public Guid PlanVersionId { get; private set; }

    public int Order { get; private set; }

    /// <summary>Stable key, the same in every version (the template key, or e.g. "1.1" in a handlingsplan).</summary>
    public string Key { get; private set; }

    public string Heading { get; private set; }

    public int Level { get; private set; }

    public bool Mandatory { get; private set; }

    public SectionContent Content { get; private set; }

    /// <summary>Markdown as written by the parties.</summary>
    public string Text { get; private set; }

    /// <summary>Saved edits so far; the concurrency check for this section.</summary>
    public int Revision { get; private set; }

    /// <summary>Handlingsplan rows under this heading (empty in a närområdesplan).</summary>
    public IReadOnlyList<ActionRow> Rows { get; private set; } = [];

    /// <summary>Whether the section has something to say: text, or structure that is generated.</summary>
    public bool IsFilled(PlanDetails details) => !string.IsNullOrWhiteSpace(Text) || Content switch
    {
        SectionContent.Appendix1 or SectionContent.Appendix2 => true,
        SectionContent.Signatories => details.Signatories.Count > 0,
        SectionContent.DevelopmentAreas => details.DevelopmentAreas.Count > 0,
        SectionContent.AdvisoryDoctors => details.AdvisoryDoctors.Count > 0,
        SectionContent.CrisisContacts => details.CrisisContacts.Count > 0,
        SectionContent.CareNeighbours => details.CareNeighbours.Count > 0,
        SectionContent.ActionRows => Rows.Count > 0,
        _ => false,
    };

    internal PlanSection CopyTo(Guid versionId)
    {
        var copy = new PlanSection(versionId, Order, Key, Heading, Level, Mandatory, Text, Content) { Rows = Rows.ToList() };
        return copy;
    }

    internal void MoveTo(int order) => Order = order;

    internal void Write(string text)
    {
        Text = Clean(text);
        Revision++;
    }

    internal void ReplaceRows(IEnumerable<ActionRow> rows)
    {
        Rows = rows.Select(r => r.Validated()).ToList();
        Revision++;
    }

    private static string Clean(string? text)
    {
        var value = (text ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Trim();
        return value.Length > MaxTextLength
            ? throw new DomainException($"Texten är för lång (högst {MaxTextLength:N0} tecken).")
            : value;
    }
}

/// <summary>The outcome of an edit: saved, or a conflict carrying both texts so nothing is lost.</summary>
public abstract record SectionEditResult
{
    public sealed record Saved(int Revision) : SectionEditResult;

    /// <summary>Someone saved revision <paramref name="CurrentRevision"/> first; both texts are kept for the user to merge.</summary>
    public sealed record Conflict(string Heading, string CurrentText, int CurrentRevision, string YourText) : SectionEditResult
    {
        public string Message =>
            $"Någon annan har sparat avsnittet ”{Heading}” sedan du öppnade det. Inget har skrivits över: " +
            "jämför den sparade texten med din och spara igen.";
    }
}

/// <summary>
/// The number of a handlingsplan heading as seed 001 writes it: "2" (level 1), "2.3" (level 2) or
/// "2.3.1" (level 3). Numbers compare part by part, so 2.10 comes after 2.9, and a heading comes
/// before its sub-headings.
/// </summary>
public sealed record ActionHeadingNumber : IComparable<ActionHeadingNumber>
{
    private ActionHeadingNumber(IReadOnlyList<int> parts) => Parts = parts;

    public IReadOnlyList<int> Parts { get; }

    /// <summary>The section key: "2.3".</summary>
    public string Key => string.Join(".", Parts);

    public int Level => Parts.Count;

    /// <summary>"2" for 2.3; null for a level 1 heading.</summary>
    public ActionHeadingNumber? Parent => Parts.Count > 1 ? new ActionHeadingNumber(Parts.Take(Parts.Count - 1).ToList()) : null;

    /// <summary>The heading as the plan prints it: "3. Uppföljning" at level 1, "2.3 Digitalisering" below.</summary>
    public string Heading(string title) => Level == 1 ? $"{Key}. {title}" : $"{Key} {title}";

    /// <summary>"2", "2.3", "2.3.1" (a trailing dot is allowed); null for anything else.</summary>
    public static ActionHeadingNumber? TryParse(string? text)
    {
        var value = (text ?? "").Trim().TrimEnd('.');
        var parts = value.Split('.');
        if (value.Length == 0 || parts.Length > 3 || parts.Any(p => p.Length is 0 or > 3 || !p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var numbers = parts.Select(int.Parse).ToList();
        return numbers.Any(n => n == 0) ? null : new ActionHeadingNumber(numbers);
    }

    public bool IsWithin(ActionHeadingNumber other) => Parts.Count > other.Parts.Count && Parts.Take(other.Parts.Count).SequenceEqual(other.Parts);

    public int CompareTo(ActionHeadingNumber? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < Math.Min(Parts.Count, other.Parts.Count); i++)
        {
            if (Parts[i] != other.Parts[i])
            {
                return Parts[i].CompareTo(other.Parts[i]);
            }
        }

        return Parts.Count.CompareTo(other.Parts.Count);
    }

    public bool Equals(ActionHeadingNumber? other) => other is not null && Parts.SequenceEqual(other.Parts);

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Key;
}
