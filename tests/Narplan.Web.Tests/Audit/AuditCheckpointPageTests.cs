using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Audit;

/// <summary>Issue 15.3 on the admin page: after "Försegla kedjan nu", deleting the last rows behind the app's back is reported in Swedish.</summary>
public class AuditCheckpointPageTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    [Fact]
    public async Task TheChainCheckShouldReportRowsDeletedAfterASealedCheckpoint()
    {
        var admin = await app.SignedInAsync("admin@narplan.demo");
        var page = await admin.GetStringAsync("/administration/logg");
        var sealedBody = await (await admin.PostFormAsync("/administration/logg", page, "seal", [])).Content.ReadAsStringAsync();
        var match = Regex.Match(sealedBody, "Kedjan är förseglad till och med rad (\\d+)|Kedjans slut är redan förseglat");
        Assert.True(match.Success);
        var sealedThrough = await app.WithDbAsync(db => db.AuditCheckpoints.MaxAsync(c => c.Sequence));
        var intact = await (await admin.PostFormAsync("/administration/logg", page, "verify", [])).Content.ReadAsStringAsync();
        Assert.Contains("Kedjan är obruten", intact);
        Assert.Contains("förseglade kontrollpunkter stämmer", intact);

        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "DROP TRIGGER \"AuditEntries_no_delete\"; DELETE FROM \"AuditEntries\" WHERE \"Sequence\" > {0}", sealedThrough - 2));

        var verified = await (await admin.PostFormAsync("/administration/logg", page, "verify", [])).Content.ReadAsStringAsync();
        Assert.Contains("Kedjan är bruten", verified);
        Assert.Contains($"Loggen har kortats", verified);
        Assert.Contains($"Rad {sealedThrough - 1}–{sealedThrough} saknas", verified);
    }
}
