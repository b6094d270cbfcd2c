namespace Narplan.Domain.Governance;

/// <summary>
/// Reads a kommun population table as Statistics Sweden (SCB) publishes it for download: one line per kommun
/// with the four-digit kommun code, the name and the population, separated by semicolon, comma or tab, with
/// or without a heading line; the code and name may share one field ("1466 Herrljunga"). Numbers may have
/// spaces as thousands separators. A file is taken whole or not at all.
/// </summary>
public static class PopulationFile
{
    public static IReadOnlyList<KommunPopulation> Parse(string text, IReadOnlyCollection<string> expectedKommunCodes)
    {
        var rows = new List<KommunPopulation>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim().Trim('\uFEFF');
            if (line.Length == 0)
            {
                continue;
            }

            var separator = line.Contains(';') ? ';' : line.Contains('\t') ? '\t' : ',';
            var fields = line.Split(separator).Select(f => f.Trim().Trim('"').Trim()).ToList();
            if (fields.Count == 2 && fields[0].Length > 5 && fields[0][4] == ' ')
            {
                fields = [fields[0][..4], fields[0][5..].Trim(), fields[1]];
            }

            if (rows.Count == 0 && !fields[0].Take(4).All(char.IsAsciiDigit))
            {
                continue; // the heading line
            }

            if (fields.Count < 3)
            {
                throw new DomainException($"Rad {lineNumber}: väntade kommunkod, namn och folkmängd.");
            }

            var code = fields[0];
            var digits = fields[^1].Replace(" ", "").Replace("\u00A0", "");
            if (code.Length != 4 || !code.All(char.IsAsciiDigit))
            {
                throw new DomainException($"Rad {lineNumber}: kommunkoden \"{code}\" ska vara fyra siffror.");
            }

            if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var population) || population <= 0)
            {
                throw new DomainException($"Rad {lineNumber}: folkmängden \"{fields[^1]}\" är inte ett positivt heltal.");
            }

            if (rows.Any(r => r.KommunCode == code))
            {
                throw new DomainException($"Rad {lineNumber}: kommunkoden {code} finns redan i filen.");
            }

            rows.Add(new KommunPopulation(code, fields[1], population));
        }

        var missing = expectedKommunCodes.Where(c => rows.All(r => r.KommunCode != c)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException($"Filen saknar folkmängd för kommun {string.Join(", ", missing)}.");
        }

        return rows;
    }
}
