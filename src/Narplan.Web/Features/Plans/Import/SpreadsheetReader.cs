using System.Text;
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
    public const int MaxBytes = 2 * 1024 * 1024;

    public sealed record Sheet(IReadOnlyList<string> Header, IReadOnlyList<(int Line, string[] Cells)> Rows);

    /// <summary>Reads the file; a problem with the file as a whole is a DomainException-like Swedish message.</summary>
    public static Sheet Read(string fileName, byte[] content)
    {
        if (content.Length == 0)
        {
            throw new ImportFileException("Filen är tom.");
        }

        if (content.Length > MaxBytes)
        {
            throw new ImportFileException("Filen är större än 2 MB. Dela upp den eller ta bort onödiga kolumner.");
        }

        var isZip = content.Length > 4 && content[0] == 'P' && content[1] == 'K';
        var rows = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || isZip ? ReadXlsx(content) : ReadCsv(content);
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
            return Encoding.Unicode.GetString(content, 2, content.Length - 2);
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(content);
        }
    }

    private static List<(int Line, string[] Cells)> ReadCsv(byte[] content)
    {
        var text = Decode(content);
        if (text.Contains('\0'))
        {
            throw new ImportFileException("Filen ser inte ut som en CSV- eller XLSX-fil.");
        }

        var firstLine = text.Split('\n')[0];
        var separator = new[] { ';', '\t', ',' }.OrderByDescending(s => firstLine.Count(c => c == s)).First();
        var rows = new List<(int, string[])>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var line = 1;
        var rowStart = 1;
        for (var i = 0; i < text.Length; i++)
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
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                rows.Add((rowStart, cells.ToArray()));
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
            rows.Add((rowStart, cells.ToArray()));
        }

        return rows;
    }

    private static List<(int Line, string[] Cells)> ReadXlsx(byte[] content)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
            var workbook = document.WorkbookPart ?? throw new ImportFileException("Arbetsboken saknar blad.");
            var sheet = workbook.Workbook?.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().FirstOrDefault()
                ?? throw new ImportFileException("Arbetsboken saknar blad.");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rows = new List<(int, string[])>();
            foreach (var row in part.Worksheet!.Descendants<Row>())
            {
                var cells = new SortedDictionary<int, string>();
                foreach (var c in row.Elements<Cell>())
                {
                    var column = ColumnIndex(c.CellReference?.Value) ?? cells.Count;
                    var raw = c.CellValue?.Text ?? c.InlineString?.InnerText ?? "";
                    cells[column] = c.DataType?.Value == CellValues.SharedString && int.TryParse(raw, out var s) && s < shared.Count ? shared[s] : raw;
                }

                var width = cells.Count == 0 ? 0 : cells.Keys.Max() + 1;
                rows.Add(((int)(row.RowIndex?.Value ?? (uint)rows.Count + 1), Enumerable.Range(0, width).Select(i => cells.GetValueOrDefault(i, "")).ToArray()));
            }

            return rows;
        }
        catch (Exception e) when (e is not ImportFileException)
        {
            throw new ImportFileException("Filen kunde inte läsas som en Excel-fil (XLSX). Spara den som XLSX eller CSV och försök igen.");
        }
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}

/// <summary>A problem with the file as a whole (not one row), with a Swedish message.</summary>
public sealed class ImportFileException(string message) : Exception(message);
