namespace Narplan.Domain.Responsibility;

/// <summary>
/// How a unit's one or two fasta läkarkontakter are written in one cell (Bilaga 1, tables, the import): in call order,
/// separated by "; " — "Sofia Eriksson; Oskar Wallin" means Sofia Eriksson first, then Oskar Wallin.
/// </summary>
public static class RegularDoctorNames
{
    public const string Separator = "; ";

    /// <summary>The names in order, or null when none is named.</summary>
    public static string? Join(IEnumerable<string?> names)
    {
        var list = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).ToList();
        return list.Count == 0 ? null : string.Join(Separator, list);
    }

    /// <summary>
    /// Splits a cell into names in order: on ";", "," or a line break, and on " och " ("Sofia Eriksson och Oskar Wallin").
    /// The caller refuses more than <see cref="UnitResponsibility.MaxRegularDoctors"/>.
    /// </summary>
    public static IReadOnlyList<string> Split(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Replace(" och ", ";", StringComparison.OrdinalIgnoreCase)
                .Split([';', ',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
