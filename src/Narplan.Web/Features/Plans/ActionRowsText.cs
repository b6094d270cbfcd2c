namespace Narplan.Web.Features.Plans;

/// <summary>
/// A handlingsplan heading's rows as the rows form edits them: one row a line,
/// "delmål | aktivitet | när | ansvar | uppföljning | status | uppföljningsnotering" (status and note may be left out).
/// </summary>
public static class ActionRowsText
{
    public static string Format(IEnumerable<ActionRow> rows) => string.Join("\n", rows.Select(r =>
    {
        var fields = new List<string> { r.Goal, r.Activity, r.When, r.Responsible, r.FollowUp, r.Status.Swedish() };
        if (r.FollowUpNote is not null)
        {
            fields.Add(r.FollowUpNote);
        }

        return string.Join(" | ", fields);
    }));

    /// <summary>The rows, or a DomainException naming every bad line in Swedish.</summary>
    public static IReadOnlyList<ActionRow> Parse(string text)
    {
        var rows = new List<ActionRow>();
        var errors = new List<string>();
        var lines = (text ?? "").Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var f = lines[i].Split('|').Select(x => x.Trim()).ToArray();
            if (f.Length is < 5 or > 7)
            {
                errors.Add($"Rad {i + 1}: skriv 5–7 fält åtskilda med | (delmål | aktivitet | när | ansvar | uppföljning | status | notering).");
                continue;
            }

            var status = ActionStatus.EjPaborjad;
            if (f.Length > 5 && f[5].Length > 0)
            {
                var match = Enum.GetValues<ActionStatus>().Where(s => string.Equals(s.Swedish(), f[5], StringComparison.CurrentCultureIgnoreCase)).ToList();
                if (match.Count == 0)
                {
                    errors.Add($"Rad {i + 1}: okänd status ”{f[5]}”; skriv {string.Join(", ", Enum.GetValues<ActionStatus>().Select(s => s.Swedish().ToLowerInvariant()))}.");
                    continue;
                }

                status = match[0];
            }

            try
            {
                rows.Add(new ActionRow(f[0], f[1], f[2], f[3], f[4], status, f.Length > 6 && f[6].Length > 0 ? f[6] : null).Validated());
            }
            catch (DomainException e)
            {
                errors.Add($"Rad {i + 1}: {e.Message}");
            }
        }

        return errors.Count > 0 ? throw new DomainException(string.Join(" ", errors)) : rows;
    }
}
