using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Narplan.Web.Features.Plans.Import;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.Plans;

/// <summary>
/// Issue 15, finding 7: the import preview is linear (names looked up in dictionaries, not by scanning a growing list)
/// and refuses files over the configured size, row and column caps in Swedish. No wall-clock assertion: the figure
/// is in bench/ (`-- import`); these tests hold the caps and that the faster lookup still finds the same rows.
/// </summary>
public sealed class AppendixImportLimitsTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string Centre = "Närhälsan Herrljunga vårdcentral";
    private static readonly LocalDate From = new(2026, 12, 1);

    private async Task<ImportPreview> PreviewAsync(string csv, ImportLimits? limits = null, AppendixKind kind = AppendixKind.Bilaga1)
    {
        var kommun = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Herrljunga").Select(k => k.Id).SingleAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Narplan.Data.NarplanDbContext>();
        var importer = limits is null ? scope.ServiceProvider.GetRequiredService<AppendixImporter>() : new AppendixImporter(db, Options.Create(limits));
        return await importer.PreviewAsync(kommun, kind, "bilaga1.csv", Encoding.UTF8.GetBytes(csv), From);
    }

    private static string Rows(int count, Func<int, string>? name = null) =>
        "Enhet;Typ;Ansvarig vårdcentral\n" + string.Concat(Enumerable.Range(1, count).Select(i => $"{(name ?? (n => $"Boende {n:00000}"))(i)};Särskilt boende;{Centre}\n"));

    [Fact]
    public void ShouldDefaultTo2MiBAnd20000Rows()
    {
        var limits = app.Services.GetRequiredService<IOptions<ImportLimits>>().Value;

        Assert.Equal(2 * 1024 * 1024, limits.MaxFileBytes);
        Assert.Equal(20_000, limits.MaxRows);
    }

    [Fact]
    public async Task ShouldRefuseAFileWithMoreRowsThanTheCapInSwedish()
    {
        var preview = await PreviewAsync(Rows(11), new ImportLimits { MaxRows = 10 });

        Assert.Equal("Filen har fler än 10 rader. Dela upp den i flera filer och importera dem en i taget.", preview.FileError);
        Assert.Empty(preview.Rows);
    }

    [Fact]
    public async Task ShouldReadAFileWithExactlyTheCapOfRows()
    {
        var preview = await PreviewAsync(Rows(10) + "\n\n\n", new ImportLimits { MaxRows = 10 });

        Assert.Null(preview.FileError);
        Assert.Equal(10, preview.Rows.Count);
    }

    [Fact]
    public async Task ShouldRefuseAFileOverTheSizeCapInSwedish()
    {
        var csv = Rows(50);
        var preview = await PreviewAsync(csv, new ImportLimits { MaxFileBytes = 512 });

        Assert.StartsWith("Filen är större än 512 byte.", preview.FileError);
        Assert.Contains("Dela upp den i flera filer", preview.FileError);
    }

    [Fact]
    public async Task ShouldRefuseARowSpanningMoreColumnsThanTheCap()
    {
        var preview = await PreviewAsync("Enhet;Typ;Ansvarig vårdcentral" + new string(';', 250) + "\n");

        Assert.Equal("Filen har värden i fler än 200 kolumner. Ta bort tomma eller onödiga kolumner till höger och försök igen.", preview.FileError);
    }

    [Fact]
    public async Task ShouldPreviewTwentyThousandNewUnitsWithEachRowCreated()
    {
        var preview = await PreviewAsync(Rows(20_000));

        Assert.Null(preview.FileError);
        Assert.Equal(20_000, preview.Rows.Count);
        Assert.All(preview.Rows, r => Assert.Equal(ImportAction.Create, r.Action));
        Assert.Equal(20_001, preview.Rows[^1].Line);
        Assert.False(await app.WithDbAsync(db => db.CareUnits.AnyAsync(u => u.Name == "Boende 00001")));
    }

    [Fact]
    public async Task ShouldStillFindADuplicateNameInTheFileWhateverItsCase()
    {
        var preview = await PreviewAsync(Rows(3000, n => n == 2999 ? "BOENDE 00005" : $"Boende {n:00000}"));

        var duplicate = preview.Rows.Single(r => r.Action == ImportAction.Error);
        Assert.Equal(3000, duplicate.Line);
        Assert.Contains("finns redan på rad 6 i filen", Assert.Single(duplicate.Errors));
    }

    [Fact]
    public async Task ShouldStillMatchAnExistingUnitAndTheVardcentralWhateverTheirCase()
    {
        var preview = await PreviewAsync($"Enhet;Typ;Ansvarig vårdcentral\nHAGAGÅRDEN;Särskilt boende;{Centre.ToUpperInvariant()}\n");

        var row = Assert.Single(preview.Rows);
        Assert.NotEqual(ImportAction.Create, row.Action);
        Assert.NotEqual(ImportAction.Error, row.Action);
    }
}
