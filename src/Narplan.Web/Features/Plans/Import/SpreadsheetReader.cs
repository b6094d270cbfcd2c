using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Narplan.Web.Features.Plans.Import;

/// <summary>
/// Reads the first sheet of an XLSX file, or a CSV file as Excel and SharePoint save it in
/// Sweden: UTF-8 with or without BOM, or Windows-1252; separated by <c>;</c>, <c>,</c> or tab;
/// fields in double quotes may hold separators, quotes ("") and line breaks. Rows are returned as
/// they stand (header first); blank rows are dropped but keep their line number.
/// </summary>
public static class SpreadsheetReader
{
    public sealed record Sheet(IReadOnlyList<string> Header, IReadOnlyList<(int Line, string[] Cells)> Rows);

    /// <summary>Reads the file; a problem with the file as a whole is a DomainException-like Swedish message.</summary>
    public static Sheet Read(string fileName, byte[] content, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        if (content.Length == 0)
        {
            throw new ImportFileException("Filen är tom.");
        }

        if (content.Length > limits.MaxFileBytes)
        {
            throw new ImportFileException(limits.TooLargeMessage);
        }

        if (StartsWith(content, 0xD0, 0xCF, 0x11, 0xE0))
        {
            throw new ImportFileException("Filen är i det gamla Excel-formatet (.xls). Öppna den i Excel och spara som Excel-arbetsbok (.xlsx) eller CSV.");
        }

        if (StartsWith(content, (byte)'%', (byte)'P', (byte)'D', (byte)'F'))
        {
            throw new ImportFileException("Filen är en PDF, inte ett kalkylark. Exportera listan från SharePoint eller Excel som XLSX eller CSV.");
        }

        var isZip = content.Length > 4 && content[0] == 'P' && content[1] == 'K';
        var rows = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || isZip ? ReadXlsx(content, limits) : ReadCsv(content, limits);
        var nonEmpty = rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (nonEmpty.Count == 0)
        {
            throw new ImportFileException("Filen innehåller inga rader.");
        }

        return new Sheet(nonEmpty[0].Cells.Select(c => c.Trim()).ToList(), nonEmpty.Skip(1).Select(r => (r.Line, r.Cells.Select(c => c.Trim()).ToArray())).ToList());
    }

    /// <summary>UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 (Excel's "CSV (semikolonavgränsad)").</summary>
    public static string Decode(byte[] content)
    {
        if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
        {
            return new UTF8Encoding(false, true).GetString(content, 3, content.Length - 3);
        }

        if (content.Length >= 2 && content[0] == 0xFF && content[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(content, 2, content.Length - 2); // Excel's "Unicode-text"
        }

        if (content.Length >= 2 && content[0] == 0xFE && content[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2);
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            // Windows-1252 is a superset of ISO-8859-1 for every printable character (å, ä, ö, é, ü ...).
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(content);
        }
    }

    private static bool StartsWith(byte[] content, params byte[] magic) =>
        content.Length >= magic.Length && content.AsSpan(0, magic.Length).SequenceEqual(magic);

    /// <summary>Text with NUL or many other control characters is a binary file (an image, a Word file) and no CSV.</summary>
    private static bool LooksBinary(string text)
    {
        var sample = text.Length > 4096 ? text[..4096] : text;
        var control = sample.Count(c => c == '\0' || (char.IsControl(c) && c is not ('\r' or '\n' or '\t')) || c == '\uFFFD');
        return sample.Contains('\0') || control > sample.Length / 50;
    }

    private static List<(int Line, string[] Cells)> ReadCsv(byte[] content, ImportLimits limits)
    {
        var text = Decode(content);
        if (LooksBinary(text))
        {
            throw new ImportFileException("Filen ser inte ut som ett kalkylark. Välj en XLSX-fil eller en CSV-fil (text med semikolon eller komma mellan kolumnerna).");
        }

        var firstEnd = text.IndexOf('\n');
        var firstLine = (firstEnd < 0 ? text : text[..firstEnd]).TrimEnd('\r');
        var start = 0;
        var line = 1;
        char separator;
        if (firstLine.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && firstLine.Length == 5)
        {
            // Excel's hint line "sep=;" names the separator and is no data.
            separator = firstLine[4];
            start = text.IndexOf('\n') + 1;
            line = 2;
        }
        else
        {
            separator = new[] { ';', '\t', ',' }.OrderByDescending(s => firstLine.Count(c => c == s)).First();
        }

        var rows = new List<(int, string[])>();
        var dataRows = 0;
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var rowStart = line;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
                if (cells.Count > limits.MaxColumns)
                {
                    throw new ImportFileException(limits.TooManyColumnsMessage);
                }
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                Add(rows, (rowStart, cells.ToArray()), limits, ref dataRows);
                cells.Clear();
                line++;
                rowStart = line;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (quoted)
        {
            throw new ImportFileException($"Ett citattecken på rad {rowStart} avslutas aldrig. Kontrollera filen.");
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            Add(rows, (rowStart, cells.ToArray()), limits, ref dataRows);
        }

        return rows;
    }

    /// <summary>Adds a row; past the heading plus <see cref="ImportLimits.MaxRows"/> non-blank rows the file is refused while reading.</summary>
    private static void Add(List<(int, string[])> rows, (int Line, string[] Cells) row, ImportLimits limits, ref int nonBlank)
    {
        rows.Add(row);
        if (Array.Exists(row.Cells, c => !string.IsNullOrWhiteSpace(c)) && ++nonBlank > limits.MaxRows + 1)
        {
            throw new ImportFileException(limits.TooManyRowsMessage);
        }
    }

    private static List<(int Line, string[] Cells)> ReadXlsx(byte[] content, ImportLimits limits)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("A zip file without a workbook (a Word file?)");
            var sheet = workbook.Workbook?.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().FirstOrDefault()
                ?? throw new ImportFileException("Arbetsboken saknar blad.");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rows = new List<(int, string[])>();
            var nonBlank = 0;
            foreach (var row in part.Worksheet!.Descendants<Row>())
            {
                var cells = new SortedDictionary<int, string>();
                foreach (var c in row.Elements<Cell>())
                {
                    var column = ColumnIndex(c.CellReference?.Value) ?? cells.Count;
                    if (column < 0 || column >= limits.MaxColumns)
                    {
                        throw new ImportFileException(limits.TooManyColumnsMessage);
                    }

                    var raw = c.CellValue?.Text ?? c.InlineString?.InnerText ?? "";
                    cells[column] = c.DataType?.Value == CellValues.SharedString && int.TryParse(raw, out var s) && s < shared.Count ? shared[s] : raw;
                }

                var width = cells.Count == 0 ? 0 : cells.Keys.Max() + 1;
                Add(rows, ((int)(row.RowIndex?.Value ?? (uint)rows.Count + 1), Enumerable.Range(0, width).Select(i => cells.GetValueOrDefault(i, "")).ToArray()), limits, ref nonBlank);
            }

            return rows;
        }
        catch (Exception e) when (e is not ImportFileException)
        {
            throw new ImportFileException("Filen kunde inte läsas som en Excel-fil (XLSX); den kan vara skadad eller en annan sorts fil (t.ex. Word). Spara listan som XLSX eller CSV och försök igen.");
        }
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            // Excel's last column is XFD (16,384); anything longer is no column of a real sheet.
            if (index > 16_384)
            {
                return -1;
            }

            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}

/// <summary>A problem with the file as a whole (not one row), with a Swedish message.</summary>
public sealed class ImportFileException(string message) : Exception(message);
