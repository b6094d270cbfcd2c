using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Narplan.Web.Features.Plans.Import;

namespace Narplan.Web.Tests.Plans;

public class SpreadsheetReaderTests
{
    private const string Csv = "Enhet;Typ;Ansvarig vårdcentral\r\nHagagården;Särskilt boende;Närhälsan Herrljunga vårdcentral\r\n";

    static SpreadsheetReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void ShouldReadWindows1252AsExcelSavesCsvInSweden()
    {
        var sheet = SpreadsheetReader.Read("bilaga1.csv", Encoding.GetEncoding(1252).GetBytes(Csv));
        Assert.Equal(["Enhet", "Typ", "Ansvarig vårdcentral"], sheet.Header);
        Assert.Equal("Hagagården", sheet.Rows[0].Cells[0]);
        Assert.Equal(2, sheet.Rows[0].Line);
    }

    [Fact]
    public void ShouldReadUtf8WithAndWithoutBom()
    {
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv)).ToArray();
        Assert.Equal("Enhet", SpreadsheetReader.Read("a.csv", withBom).Header[0]);
        Assert.Equal("Särskilt boende", SpreadsheetReader.Read("a.csv", Encoding.UTF8.GetBytes(Csv)).Rows[0].Cells[1]);
    }

    [Fact]
    public void ShouldReadCommaSeparatedWithQuotedSeparatorsQuotesAndLineBreaks()
    {
        var sheet = SpreadsheetReader.Read("a.csv", Encoding.UTF8.GetBytes("Förskola,Ansvarig BVC\n\"Solrosen, avd 1\",\"BVC \"\"Norr\"\"\"\n\"Två\nrader\",X\n\nSista,Y"));
        Assert.Equal("Solrosen, avd 1", sheet.Rows[0].Cells[0]);
        Assert.Equal("BVC \"Norr\"", sheet.Rows[0].Cells[1]);
        Assert.Equal("Två\nrader", sheet.Rows[1].Cells[0]);
        Assert.Equal(6, sheet.Rows[2].Line); // the blank line keeps its number
    }

    [Fact]
    public void ExcelsSepLineShouldNameTheSeparatorAndBeNoData()
    {
        var sheet = SpreadsheetReader.Read("a.csv", Encoding.UTF8.GetBytes("sep=,\r\nFörskola,Ansvarig BVC\r\nSolrosen; avd 1,BVC Norr\r\n"));
        Assert.Equal(["Förskola", "Ansvarig BVC"], sheet.Header);
        Assert.Equal(["Solrosen; avd 1", "BVC Norr"], sheet.Rows[0].Cells);
        Assert.Equal(3, sheet.Rows[0].Line);
    }

    [Fact]
    public void ShouldReadExcelsUnicodeTextAsUtf16()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Förskola\tAnsvarig BVC\r\nÄngen\tBVC Öst\r\n")).ToArray();
        var sheet = SpreadsheetReader.Read("a.txt", bytes);
        Assert.Equal(["Ängen", "BVC Öst"], sheet.Rows[0].Cells);
    }

    [Fact]
    public void AnUnterminatedQuoteShouldBeAFileError()
    {
        var e = Assert.Throws<ImportFileException>(() => SpreadsheetReader.Read("a.csv", Encoding.UTF8.GetBytes("A;B\n\"öppen;x\n")));
        Assert.Contains("citattecken", e.Message);
    }

    [Fact]
    public void ABrokenXlsxShouldBeAFileErrorInSwedish()
    {
        var e = Assert.Throws<ImportFileException>(() => SpreadsheetReader.Read("a.xlsx", [(byte)'P', (byte)'K', 3, 4, 1, 2, 3]));
        Assert.Contains("Excel-fil", e.Message);
    }

    [Fact]
    public void ShouldReadTheFirstSheetOfAnXlsxWithSharedStringsAndGaps()
    {
        var bytes = Xlsx(["Enhet", "Typ", "Ansvarig vårdcentral"], ["Eken", "", "Närhälsan Herrljunga vårdcentral"]);
        var sheet = SpreadsheetReader.Read("bilaga1.xlsx", bytes);
        Assert.Equal("Ansvarig vårdcentral", sheet.Header[2]);
        Assert.Equal(["Eken", "", "Närhälsan Herrljunga vårdcentral"], sheet.Rows[0].Cells);
    }

    /// <summary>An XLSX with shared strings; empty cells are left out as Excel does.</summary>
    internal static byte[] Xlsx(params string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c].Length == 0)
                    {
                        continue;
                    }

                    strings.SharedStringTable.Append(new SharedStringItem(new Text(rows[r][c])));
                    row.Append(new Cell
                    {
                        CellReference = $"{(char)('A' + c)}{r + 1}",
                        DataType = CellValues.SharedString,
                        CellValue = new CellValue((strings.SharedStringTable.Count() - 1).ToString()),
                    });
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Bilaga 1" }));
        }

        return stream.ToArray();
    }
}
