namespace Narplan.Domain.Plans;

public enum DiffKind
{
    Same,
    Added,
    Removed,
}

/// <summary>A run of text that is the same in both versions, only in the new one, or only in the old one.</summary>
public sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>
/// A readable diff of two texts by longest common subsequence: first by line, then, for a line
/// replaced by another, by word, so a changed phone number shows as one word, not a whole paragraph.
/// Quadratic in the number of lines/words of one section, which is small.
/// </summary>
public static class TextDiff
{
    /// <summary>Line diff, refined to words where a run of removed lines is directly followed by added lines.</summary>
    public static IReadOnlyList<DiffPiece> Compare(string? before, string? after)
    {
        var oldLines = Split(before);
        var newLines = Split(after);
        var lines = Lcs(oldLines, newLines);
        var result = new List<DiffPiece>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == DiffKind.Removed)
            {
                var removed = new List<string>();
                while (i < lines.Count && lines[i].Kind == DiffKind.Removed)
                {
                    removed.Add(lines[i++].Text);
                }

                var added = new List<string>();
                while (i < lines.Count && lines[i].Kind == DiffKind.Added)
                {
                    added.Add(lines[i++].Text);
                }

                i--;
                if (added.Count == 0)
                {
                    result.AddRange(removed.Select(r => new DiffPiece(DiffKind.Removed, r + "\n")));
                }
                else
                {
                    result.AddRange(Words(string.Join("\n", removed) + "\n", string.Join("\n", added) + "\n"));
                }
            }
            else
            {
                result.Add(lines[i] with { Text = lines[i].Text + "\n" });
            }
        }

        return Merge(result);
    }

    /// <summary>Word diff; whitespace belongs to the word before it so the pieces join back to the texts.</summary>
    public static IReadOnlyList<DiffPiece> Words(string? before, string? after) =>
        Merge(Lcs(Tokens(before ?? ""), Tokens(after ?? "")));

    /// <summary>True when the texts differ in anything but line endings and trailing space.</summary>
    public static bool Differs(string? before, string? after) => !Split(before).SequenceEqual(Split(after));

    private static string[] Split(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Replace("\r\n", "\n").TrimEnd().Split('\n').Select(l => l.TrimEnd()).ToArray();

    private static string[] Tokens(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || (char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i])))
            {
                tokens.Add(text[start..i]);
                start = i;
            }
        }

        return tokens.ToArray();
    }

    private static List<DiffPiece> Lcs(string[] a, string[] b)
    {
        // Trim the common head and tail first: most edits touch a small part of a section.
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[a.Length - 1 - tail] == b[b.Length - 1 - tail])
        {
            tail++;
        }

        var n = a.Length - head - tail;
        var m = b.Length - head - tail;
        var table = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                table[i, j] = a[head + i] == b[head + j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var result = new List<DiffPiece>();
        result.AddRange(a.Take(head).Select(t => new DiffPiece(DiffKind.Same, t)));
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[head + x] == b[head + y])
            {
                result.Add(new(DiffKind.Same, a[head + x]));
                x++;
                y++;
            }
            else if (x < n && (y == m || table[x + 1, y] >= table[x, y + 1]))
            {
                // On a tie removals come first, so a replaced line reads "old, then new" (see Compare).
                result.Add(new(DiffKind.Removed, a[head + x++]));
            }
            else
            {
                result.Add(new(DiffKind.Added, b[head + y++]));
            }
        }

        result.AddRange(a.Skip(a.Length - tail).Select(t => new DiffPiece(DiffKind.Same, t)));
        return result;
    }

    private static List<DiffPiece> Merge(List<DiffPiece> pieces)
    {
        var merged = new List<DiffPiece>();
        foreach (var p in pieces.Where(p => p.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1].Kind == p.Kind)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + p.Text };
            }
            else
            {
                merged.Add(p);
            }
        }

        return merged;
    }
}
