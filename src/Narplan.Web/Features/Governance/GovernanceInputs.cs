namespace Narplan.Web.Features.Governance;

// The coordinator's forms. Fields are nullable where a browser can send them empty: the command answers with a
// Swedish message beside the field instead of the framework's English one. Check boxes default to false: a browser
// does not post an unticked box, so a true default would survive the untick (the pages tick them on first show).

public sealed class MembershipInput
{
    public Guid? BodyId { get; set; }
    public string? PersonName { get; set; }
    public string? Organisation { get; set; }
    public string? Seat { get; set; }
    public MemberRole Role { get; set; } = MemberRole.Ledamot;
    public Sector Sector { get; set; } = Sector.Kommun;
    public Principal Side { get; set; } = Principal.Kommun;
    public bool HasVote { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>
/// A choice of a stored row together with the version the user saw ("id:version"), so that a change to a row someone
/// else changed since the page was opened is refused as stale.
/// </summary>
public static class Pick
{
    public static string Of(Guid id, int version) => $"{id}:{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static (Guid Id, int Version)? Parse(string? value)
    {
        var parts = value?.Split(':');
        return parts is [var id, var version] && Guid.TryParse(id, out var g)
            && int.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? (g, v)
            : null;
    }
}

public sealed class EndMembershipInput
{
    /// <summary>The membership as <see cref="Pick.Of"/>.</summary>
    public string? Membership { get; set; }
    public DateOnly? To { get; set; }
}

public sealed class ChairTermInput
{
    public Guid? BodyId { get; set; }
    public int? FirstYear { get; set; }
    public string? ChairName { get; set; }
    public Principal ChairSide { get; set; } = Principal.Kommun;
    public string? ViceName { get; set; }
    public Principal ViceSide { get; set; } = Principal.Region;
}

public sealed class GroupMemberInput
{
    public string? Name { get; set; }
    public string? Organisation { get; set; }
    public Sector Sector { get; set; } = Sector.Kommun;
}

/// <summary>A new group with an assignment (uppdrag): its name, the assignment and how users take part.</summary>
public abstract class AssignedGroupInput
{
    public string? Name { get; set; }
    public string? Question { get; set; }
    public string? Deliverables { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public string? UserParticipation { get; set; }
}

public sealed class CommissionInput : AssignedGroupInput
{
    public const int MemberRows = 4;

    public List<GroupMemberInput> Members { get; set; } = [.. Enumerable.Range(0, MemberRows).Select(_ => new GroupMemberInput())];
}

public sealed class LocalWorkingGroupInput : AssignedGroupInput
{
    public Guid? ManagementGroupId { get; set; }
}

public sealed class GroupStatusInput
{
    /// <summary>The group as <see cref="Pick.Of"/>.</summary>
    public string? Body { get; set; }
    public CommissionStatus Status { get; set; } = CommissionStatus.Avslutad;
    public DateOnly? On { get; set; }
}

public sealed class MeetingInput
{
    public Guid? BodyId { get; set; }
    public DateOnly? Date { get; set; }
    public string? StartTime { get; set; } = "13:00";
    public string? EndTime { get; set; } = "16:00";
    public string? Place { get; set; }
    public string? Agenda { get; set; }
}

public sealed class MinutesInput
{
    public Guid? MeetingId { get; set; }
    public int Version { get; set; }
    public MinutesKind Kind { get; set; } = MinutesKind.Protokoll;
    public string? Text { get; set; }
    public bool Publish { get; set; }
}

public sealed class MatterInput
{
    public Guid? RaisedByBodyId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public DateOnly? RaisedOn { get; set; }
}

public sealed class MatterStepInput
{
    /// <summary>The matter as <see cref="Pick.Of"/>.</summary>
    public string? Matter { get; set; }
    public MatterStepKind Kind { get; set; } = MatterStepKind.Assigned;
    public DateOnly? On { get; set; }
    public Guid? BodyId { get; set; }
    public string? Text { get; set; }
}

public sealed class ConferenceInput
{
    public int? Year { get; set; }
    public bool Held { get; set; }
    public string? Theme { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public Guid? DecidedByBodyId { get; set; }
}

public sealed class NoticeInput
{
    public string? Party { get; set; }
    public DateOnly? GivenOn { get; set; }
}

public sealed class PopulationInput
{
    public DateOnly? ReferenceDate { get; set; }
    public string? Source { get; set; }
    public bool Invented { get; set; }
    public string? Csv { get; set; }
}

public sealed class BudgetInput
{
    public int? Year { get; set; }
    public long? TotalKronor { get; set; }
    public int Version { get; set; }

    /// <summary>Optional parts entered by hand, by kommun code; empty or null (none posted) means "computed from the population".</summary>
    public Dictionary<string, long?>? Parts { get; set; }

    public long? RegionKronor { get; set; }
}
