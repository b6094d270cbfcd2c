namespace Narplan.Domain.Plans;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>A section that differs between two versions, with its text diff (and its rows, in a handlingsplan).</summary>
public sealed record SectionChange(string Key, string Heading, ChangeKind Kind, IReadOnlyList<DiffPiece> Diff, bool RowsChanged);

/// <summary>A Bilaga 1 row added, removed or changed; <see cref="Fields"/> names what changed ("Vårdcentral: A → B").</summary>
public sealed record Appendix1Change(string Unit, ChangeKind Kind, IReadOnlyList<string> Fields);

public sealed record Appendix2Change(string Preschool, ChangeKind Kind, string? Before, string? After);

/// <summary>Everything that differs between an older and a newer version.</summary>
public sealed record PlanComparison(
    int From, int To, IReadOnlyList<SectionChange> Sections, IReadOnlyList<Appendix1Change> Appendix1,
    IReadOnlyList<Appendix2Change> Appendix2, IReadOnlyList<string> Details)
{
    public bool HasChanges => Sections.Count + Appendix1.Count + Appendix2.Count + Details.Count > 0;

    /// <summary>
    /// Compares two versions. The appendix rows are passed in because an Utkast shows the registers
    /// live: the caller gives the frozen rows, or the live ones where nothing is frozen yet.
    /// </summary>
    public static PlanComparison Of(
        PlanVersion older, IReadOnlyList<Appendix1Row> olderRows1, IReadOnlyList<Appendix2Row> olderRows2,
        PlanVersion newer, IReadOnlyList<Appendix1Row> newerRows1, IReadOnlyList<Appendix2Row> newerRows2) =>
        new(older.Number, newer.Number, SectionChanges(older, newer), Rows1(olderRows1, newerRows1), Rows2(olderRows2, newerRows2),
            DetailChanges(older.Details, newer.Details));

    private static List<SectionChange> SectionChanges(PlanVersion older, PlanVersion newer)
    {
        var before = older.Sections.ToDictionary(s => s.Key);
        var after = newer.Sections.ToDictionary(s => s.Key);
        var changes = new List<SectionChange>();
        foreach (var s in newer.Sections)
        {
            if (!before.TryGetValue(s.Key, out var old))
            {
                changes.Add(new(s.Key, s.Heading, ChangeKind.Added, TextDiff.Compare("", s.Text), s.Rows.Count > 0));
                continue;
            }

            var rowsChanged = !old.Rows.SequenceEqual(s.Rows);
            if (TextDiff.Differs(old.Text, s.Text) || rowsChanged || old.Heading != s.Heading)
            {
                changes.Add(new(s.Key, s.Heading, ChangeKind.Changed, TextDiff.Compare(old.Text, s.Text), rowsChanged));
            }
        }

        changes.AddRange(older.Sections.Where(s => !after.ContainsKey(s.Key))
            .Select(s => new SectionChange(s.Key, s.Heading, ChangeKind.Removed, TextDiff.Compare(s.Text, ""), s.Rows.Count > 0)));
        return changes;
    }

    public static List<Appendix1Change> Rows1(IReadOnlyList<Appendix1Row> older, IReadOnlyList<Appendix1Row> newer)
    {
        var before = older.GroupBy(r => r.MatchKey).ToDictionary(g => g.Key, g => g.First());
        var after = newer.GroupBy(r => r.MatchKey).ToDictionary(g => g.Key, g => g.First());
        var changes = new List<Appendix1Change>();
        foreach (var row in newer)
        {
            if (!before.TryGetValue(row.MatchKey, out var old))
            {
                changes.Add(new(row.Unit, ChangeKind.Added, []));
                continue;
            }

            var fields = new List<string>();
            Field(fields, "Typ", old.UnitType, row.UnitType);
            Field(fields, "Vårdcentral", old.CareCentre, row.CareCentre);
            Field(fields, "Fast läkarkontakt", old.RegularDoctors, row.RegularDoctors);
            Field(fields, "Tid", old.Time, row.Time);
            Field(fields, "Mötesform", old.MeetingForm, row.MeetingForm);
            Field(fields, "Direktnummer", old.DirectPhone, row.DirectPhone);
            if (fields.Count > 0)
            {
                changes.Add(new(row.Unit, ChangeKind.Changed, fields));
            }
        }

        changes.AddRange(older.Where(r => !after.ContainsKey(r.MatchKey)).Select(r => new Appendix1Change(r.Unit, ChangeKind.Removed, [])));
        return changes;
    }

    private static List<Appendix2Change> Rows2(IReadOnlyList<Appendix2Row> older, IReadOnlyList<Appendix2Row> newer)
    {
        var before = older.GroupBy(r => r.MatchKey).ToDictionary(g => g.Key, g => g.First());
        var after = newer.GroupBy(r => r.MatchKey).ToDictionary(g => g.Key, g => g.First());
        var changes = newer
            .Select(r => before.TryGetValue(r.MatchKey, out var old)
                ? old.ChildHealthCentre == r.ChildHealthCentre ? null : new Appendix2Change(r.Preschool, ChangeKind.Changed, old.ChildHealthCentre, r.ChildHealthCentre)
                : new Appendix2Change(r.Preschool, ChangeKind.Added, null, r.ChildHealthCentre))
            .OfType<Appendix2Change>()
            .ToList();
        changes.AddRange(older.Where(r => !after.ContainsKey(r.MatchKey)).Select(r => new Appendix2Change(r.Preschool, ChangeKind.Removed, r.ChildHealthCentre, null)));
        return changes;
    }

    private static List<string> DetailChanges(PlanDetails a, PlanDetails b)
    {
        var changes = new List<string>();
        Field(changes, "Gäller från", a.ValidFrom?.ToString("yyyy-MM-dd", null), b.ValidFrom?.ToString("yyyy-MM-dd", null));
        Field(changes, "Årlig uppföljning", a.YearlyFollowUp?.ToString("yyyy-MM-dd", null), b.YearlyFollowUp?.ToString("yyyy-MM-dd", null));
        Field(changes, "Uppdaterad", a.Updated?.ToString("yyyy-MM-dd", null), b.Updated?.ToString("yyyy-MM-dd", null));
        Field(changes, "Parter", string.Join(", ", a.Parties.Select(p => p.Name)), string.Join(", ", b.Parties.Select(p => p.Name)));
        Field(changes, "Utvecklingsområden", string.Join("; ", a.DevelopmentAreas), string.Join("; ", b.DevelopmentAreas));
        Field(changes, "Ersättningsordning", string.Join(" → ", a.SubstituteOrder), string.Join(" → ", b.SubstituteOrder));
        Field(changes, "Undertecknare", string.Join(", ", a.Signatories.Select(s => s.Name)), string.Join(", ", b.Signatories.Select(s => s.Name)));
        if (!a.AdvisoryDoctors.SequenceEqual(b.AdvisoryDoctors))
        {
            changes.Add("Medicinskt rådgivningsansvarig läkare har ändrats.");
        }

        if (!a.CrisisContacts.SequenceEqual(b.CrisisContacts))
        {
            changes.Add("Kontaktpersoner för kris och POSOM har ändrats.");
        }

        if (!a.CareNeighbours.SequenceEqual(b.CareNeighbours))
        {
            changes.Add("Vårdgrannar har ändrats.");
        }

        return changes;
    }

    private static void Field(List<string> fields, string name, string? before, string? after)
    {
        if ((before ?? "") != (after ?? ""))
        {
            fields.Add($"{name}: {(string.IsNullOrEmpty(before) ? "–" : before)} → {(string.IsNullOrEmpty(after) ? "–" : after)}");
        }
    }
}
