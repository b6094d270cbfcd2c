using System.Net;
using System.Text.RegularExpressions;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;
using Narplan.Web.Tests.Infrastructure;
using F = Hl7.Fhir.Model;

namespace Narplan.Web.Tests.Fhir;

/// <summary>Issue 22 item 2: the read-only FHIR R4 directory under /fhir, read back with the Firely SDK.</summary>
[Collection(FhirCollection.Name)]
public class FhirDirectoryTests(NarplanAppFactory app, FhirValidatorFixture validation)
{
    private static readonly string[] Types = ["Organization", "Location", "PractitionerRole", "HealthcareService", "Schedule", "Slot"];

    private static F.Resource Parse(string json) => new FhirJsonDeserializer(new DeserializerSettings()).DeserializeResource(json);

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string url, string? prefer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (prefer is not null)
        {
            request.Headers.Add("Prefer", prefer);
        }

        var response = await app.CreateClient().SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Every page of a search, following the Bundle's next links; the raw JSON of each page too.</summary>
    private async Task<(List<F.Bundle> Pages, List<string> Json)> AllPagesAsync(string url)
    {
        var pages = new List<F.Bundle>();
        var json = new List<string>();
        string? next = url;
        while (next is not null)
        {
            var (response, body) = await GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
            var bundle = Assert.IsType<F.Bundle>(Parse(body));
            pages.Add(bundle);
            json.Add(body);
            next = bundle.Link.FirstOrDefault(l => l.Relation == "next")?.Url;
            Assert.True(pages.Count < 50, "Too many pages: the next links do not end.");
        }

        return (pages, json);
    }

    /// <summary>The demo directory as a client sees it: metadata, every type searched page by page, reads and errors.</summary>
    private async Task<(List<F.Resource> Resources, List<string> Json)> EverythingAsync()
    {
        var resources = new List<F.Resource>();
        var json = new List<string>();
        var (_, metadata) = await GetAsync("/fhir/metadata");
        resources.Add(Parse(metadata));
        json.Add(metadata);
        foreach (var type in Types)
        {
            // Slot: a year and a half of rounds, with the Christmas cancellations, not only the default window.
            var url = type == "Slot" ? "/fhir/Slot?start=ge2026-01-01&start=lt2027-07-01&_count=200" : $"/fhir/{type}?_count=200";
            var (pages, pageJson) = await AllPagesAsync(url);
            resources.AddRange(pages);
            resources.AddRange(pages.SelectMany(p => p.Entry).Select(e => e.Resource));
            json.AddRange(pageJson);
            foreach (var entry in pages.SelectMany(p => p.Entry).Take(3))
            {
                var (_, read) = await GetAsync($"/fhir/{type}/{entry.Resource.Id}");
                json.Add(read);
                resources.Add(Parse(read));
            }
        }

        foreach (var url in new[] { "/fhir/Location/finns-inte", "/fhir/Organization?farg=bla", "/fhir/Patient" })
        {
            var (_, body) = await GetAsync(url);
            json.Add(body);
            resources.Add(Parse(body));
        }

        return (resources, json);
    }

    [Fact]
    public async Task EveryResourceTheDirectoryServesForTheDemoDataShouldValidateAgainstTheR4BaseProfiles()
    {
        var (resources, _) = await EverythingAsync();

        Assert.Contains(resources, r => r is F.CapabilityStatement);
        foreach (var type in Types)
        {
            Assert.Contains(resources, r => r.TypeName == type);
        }

        Assert.Contains(resources, r => r is F.Slot { Status: F.Slot.SlotStatus.BusyUnavailable });
        var errors = resources.SelectMany(validation.Errors).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(30)));
    }

    [Fact]
    public void TheValidatorShouldReportErrorsForAnInvalidResource()
    {
        // org-1: "The organization SHALL at least have a name or an identifier"; Slot.status and Slot.start are required.
        Assert.NotEmpty(validation.Errors(new F.Organization { Id = "utan-namn" }));
        Assert.NotEmpty(validation.Errors(new F.Slot { Id = "utan-tid", Schedule = new F.ResourceReference("Schedule/x") }));
        Assert.Empty(validation.Errors(new F.Organization { Id = "med-namn", Name = "Herrljunga" }));
    }

    [Fact]
    public async Task ShouldNeverServeAnInternalNumberOfTheOnCallRules()
    {
        var internalNumbers = await app.WithDbAsync(async db => (await db.RuleProfileVersions.AsNoTracking().ToListAsync())
            .SelectMany(p => p.OnCallNumbers.Where(n => n.IsInternal).Select(n => n.Phone)
                .Concat(p.EscalationSteps.Where(s => s.IsInternal && s.Phone is not null).Select(s => s.Phone!)))
            .Distinct().ToList());
        Assert.Contains("077-011 02 88", internalNumbers); // seed 002: the beredskapsläkare's number, internal

        var (_, json) = await EverythingAsync();
        var text = string.Join("\n", json);
        var digits = Regex.Replace(text, "[ \\-]", "");
        foreach (var number in internalNumbers)
        {
            Assert.DoesNotContain(number, text);
            Assert.DoesNotContain(Regex.Replace(number, "[^0-9]", ""), digits);
        }

        // The public number of the same profile is served: the rule filters by IsInternal, not by dropping all numbers.
        Assert.Contains("031-190 180", text);
    }

    [Fact]
    public async Task ShouldServeNoPatientResource()
    {
        var (response, body) = await GetAsync("/fhir/Patient?name=a");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var outcome = Assert.IsType<F.OperationOutcome>(Parse(body));
        Assert.Equal(F.OperationOutcome.IssueType.NotSupported, outcome.Issue.Single().Code);
        var (_, metadata) = await GetAsync("/fhir/metadata");
        var capability = Assert.IsType<F.CapabilityStatement>(Parse(metadata));
        Assert.DoesNotContain(capability.Rest.Single().Resource, r => r.Type is "Patient" or "Practitioner" or "Person");
    }

    [Fact]
    public async Task ASearchsetBundleShouldParseBackWithTheSdkAndItsNextLinkShouldGiveTheFollowingPage()
    {
        var (response, body) = await GetAsync("/fhir/Location?_count=5");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var first = Assert.IsType<F.Bundle>(Parse(body));
        Assert.Equal(F.Bundle.BundleType.Searchset, first.Type);
        Assert.Equal(5, first.Entry.Count);
        Assert.True(first.Total > 5);
        Assert.Null(first.Link.FirstOrDefault(l => l.Relation == "previous"));
        var next = first.Link.Single(l => l.Relation == "next").Url;

        var (_, secondBody) = await GetAsync(next);
        var second = Assert.IsType<F.Bundle>(Parse(secondBody));
        Assert.Equal(first.Total, second.Total);
        Assert.NotNull(second.Link.SingleOrDefault(l => l.Relation == "previous"));
        Assert.Empty(first.Entry.Select(e => e.Resource.Id).Intersect(second.Entry.Select(e => e.Resource.Id)));

        var (pages, _) = await AllPagesAsync("/fhir/Location?_count=5");
        var ids = pages.SelectMany(p => p.Entry).Select(e => e.Resource.Id).ToList();
        Assert.Equal(first.Total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task AnUnsupportedParameterShouldBe400WithStrictHandling()
    {
        var (response, body) = await GetAsync("/fhir/Organization?type=kommun&farg=bla", "handling=strict");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var outcome = Assert.IsType<F.OperationOutcome>(Parse(body));
        var issue = Assert.Single(outcome.Issue);
        Assert.Equal(F.OperationOutcome.IssueSeverity.Error, issue.Severity);
        Assert.Equal(F.OperationOutcome.IssueType.NotSupported, issue.Code);
        Assert.Contains("'farg'", issue.Diagnostics);
    }

    [Fact]
    public async Task AnUnsupportedParameterShouldBeIgnoredAndReportedWithLenientHandling()
    {
        var (response, body) = await GetAsync("/fhir/Organization?type=kommun&farg=bla");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bundle = Assert.IsType<F.Bundle>(Parse(body));
        var matches = bundle.Entry.Where(e => e.Search.Mode == F.Bundle.SearchEntryMode.Match).ToList();
        Assert.Equal(["Falkenberg", "Herrljunga", "Lidköping", "Vänersborg"], matches.Select(e => ((F.Organization)e.Resource).Name).Order().ToArray());
        var self = bundle.Link.Single(l => l.Relation == "self").Url;
        Assert.Contains("type=kommun", self);
        Assert.DoesNotContain("farg", self);
        var outcome = Assert.IsType<F.OperationOutcome>(bundle.Entry.Single(e => e.Search.Mode == F.Bundle.SearchEntryMode.Outcome).Resource);
        Assert.Contains("'farg'", outcome.Issue.Single().Diagnostics);
        Assert.Equal(F.OperationOutcome.IssueSeverity.Warning, outcome.Issue.Single().Severity);
    }

    [Theory]
    [InlineData("/fhir/Location/01a233f7-0000-7000-8000-000000000000")]
    [InlineData("/fhir/Organization/beredskapsjour-atlantis")]
    [InlineData("/fhir/Slot/ingen-rond")]
    public async Task AnUnknownIdShouldBeA404OperationOutcome(string url)
    {
        var (response, body) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var outcome = Assert.IsType<F.OperationOutcome>(Parse(body));
        Assert.Equal(F.OperationOutcome.IssueType.NotFound, outcome.Issue.Single().Code);
        Assert.Contains("Det finns ingen", outcome.Issue.Single().Diagnostics);
    }

    [Theory]
    [InlineData("/fhir/Location?_count=abc", "_count")]
    [InlineData("/fhir/Slot?start=ge19-juni", "start")]
    [InlineData("/fhir/Slot?start=ge2026-01-01&start=le2029-01-01", "två år")]
    [InlineData("/fhir/Slot?start=ge9999-12-31T00:00:00Z", "start")]
    [InlineData("/fhir/Location?_offset=2147483647", "_offset")]
    public async Task AMalformedSearchValueShouldBeA400OperationOutcome(string url, string named)
    {
        var (response, body) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var outcome = Assert.IsType<F.OperationOutcome>(Parse(body));
        Assert.Contains(named, outcome.Issue.Single().Diagnostics);
    }

    [Fact]
    public async Task AVardcentralWithAnHsaIdShouldCarryItAsAnIdentifierBesideItsUuid()
    {
        const string hsa = "SE2321000131-E000000009991";
        var id = await app.WithDbAsync(async db =>
        {
            var centre = await db.RegionalUnits.FirstAsync(c => c.Name == "Närhälsan Herrljunga vårdcentral");
            centre.SetHsaId(hsa);
            await db.SaveChangesAsync();
            return centre.Id;
        });

        var (response, body) = await GetAsync($"/fhir/Organization/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var organisation = Assert.IsType<F.Organization>(Parse(body));
        Assert.Contains(organisation.Identifier, i => i.System == "urn:oid:1.2.752.29.4.19" && i.Value == hsa);
        Assert.Contains(organisation.Identifier, i => i.System == "urn:ietf:rfc:3986");
    }

    [Fact]
    public async Task OrganizationSearchShouldFilterByTypeAndCity()
    {
        var (_, body) = await GetAsync("/fhir/Organization?type=vardcentral&address-city=herrljunga");
        var bundle = Assert.IsType<F.Bundle>(Parse(body));

        Assert.NotEmpty(bundle.Entry);
        Assert.All(bundle.Entry.Select(e => (F.Organization)e.Resource), o =>
        {
            Assert.Equal("Herrljunga", o.Address.Single().City);
            Assert.Contains(o.Type.SelectMany(t => t.Coding), c => c.Code == "vardcentral");
        });
        var (_, onCall) = await GetAsync("/fhir/Organization?type=beredskapsjour");
        var services = Assert.IsType<F.Bundle>(Parse(onCall)).Entry.Select(e => e.Resource.Id).Order().ToArray();
        // One beredskapsjour per beredskapsjourområde with rules (decision 0037), never per region.
        var areas = await app.WithDbAsync(db => db.OnCallAreas.Where(a => db.RuleProfileVersions.Any(v => v.AreaId == a.Id)).Select(a => a.Id).ToListAsync());
        Assert.Equal(areas.Select(a => "beredskapsjour-" + a.ToString("N")).Order().ToArray(), services);
        Assert.True(services.Length >= 4);
    }

    [Fact]
    public async Task LocationSearchByKommunShouldListExactlyTheKommunsUnitsWithPlacesAndManagingOrganization()
    {
        var herrljunga = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Herrljunga").Select(k => k.Id).SingleAsync());
        var expected = await app.WithDbAsync(db => db.CareUnits.Where(u => u.KommunId == herrljunga).Select(u => u.Name).ToListAsync());

        var (_, body) = await GetAsync($"/fhir/Location?organization=Organization/{herrljunga}&_count=200");
        var locations = Assert.IsType<F.Bundle>(Parse(body)).Entry.Select(e => (F.Location)e.Resource).ToList();

        Assert.Equal(expected.Order(StringComparer.Ordinal), locations.Select(l => l.Name).Order(StringComparer.Ordinal));
        Assert.All(locations, l => Assert.Equal($"Organization/{herrljunga}", l.ManagingOrganization.Reference));
        var haga = locations.Single(l => l.Name == "Hagagården"); // the units API: SÄBO with 40 places
        Assert.Equal("SarskiltBoende", haga.Type.Single().Coding.Single().Code);
        Assert.Equal(40, ((F.Integer)haga.Extension.Single(e => e.Url == "https://narplan.se/fhir/StructureDefinition/antal-platser").Value).Value);
    }

    [Fact]
    public async Task PractitionerRoleByLocationShouldGiveTheUnitsFastLakarkontaktAtItsVardcentral()
    {
        var unitId = await app.UnitIdAsync("Hagagården");
        var (r, doctor, centreId) = await app.WithDbAsync(async db =>
        {
            var resp = await db.UnitResponsibilities.Where(x => x.CareUnitId == unitId && x.RegularDoctorId != null).OrderBy(x => x.ValidFrom).FirstAsync();
            var name = await db.People.Where(p => p.Id == resp.RegularDoctorId).Select(p => p.Name).SingleAsync();
            return (resp, name, resp.CareCentreId);
        });

        var (_, body) = await GetAsync($"/fhir/PractitionerRole?location=Location/{unitId}");
        var roles = Assert.IsType<F.Bundle>(Parse(body)).Entry.Select(e => (F.PractitionerRole)e.Resource).ToList();

        var role = roles.Single(x => x.Id == r.Id.ToString());
        Assert.Equal(doctor, role.Practitioner.Display);
        Assert.Equal($"Organization/{centreId}", role.Organization.Reference);
        Assert.Equal(r.ValidFrom.ToString("yyyy-MM-dd", null), role.Period.Start);
        Assert.Equal("fast-lakarkontakt", role.Code.Single().Coding.Single().Code);
        Assert.All(roles, x => Assert.Equal($"Location/{unitId}", x.Location.Single().Reference));
    }

    [Fact]
    public async Task TheVardcentralsDaytimeServiceShouldNotBeAvailableOnMidsommaraftonAndTheBeredskapsjourShouldCoverWeekends()
    {
        var (_, body) = await GetAsync("/fhir/HealthcareService?_count=200");
        var services = Assert.IsType<F.Bundle>(Parse(body)).Entry.Select(e => (F.HealthcareService)e.Resource).ToList();

        // Seed 002 (VGR): "Som helgdag räknas även midsommarafton, julafton och nyårsafton". Today is the real date, so
        // the next julafton is always within the 366 days listed.
        var vgrCentre = services.First(s => !s.Id.StartsWith("beredskapsjour-", StringComparison.Ordinal) && s.Comment.Contains("Beredskapsläkare"));
        Assert.Contains(vgrCentre.NotAvailable, n => n.Description == "Julafton" || n.Description == "Juldagen");
        Assert.DoesNotContain(vgrCentre.NotAvailable, n => DateTime.Parse(n.During.Start).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.Equal("08:00:00", vgrCentre.AvailableTime.Single().AvailableStartTime);
        Assert.Equal("17:00:00", vgrCentre.AvailableTime.Single().AvailableEndTime);

        var skaraborg = await app.WithDbAsync(db => db.OnCallAreas.Where(a => a.Name == "Beredskapsjouren Skaraborg").Select(a => a.Id).SingleAsync());
        var onCall = services.Single(s => s.Id == "beredskapsjour-" + skaraborg.ToString("N"));
        Assert.Contains(onCall.AvailableTime, a => a.AllDay == true && a.DaysOfWeek.Contains(F.DaysOfWeek.Sat) && a.DaysOfWeek.Contains(F.DaysOfWeek.Sun));
        Assert.Contains(onCall.AvailableTime, a => a.AvailableStartTime == "17:00:00" && a.DaysOfWeek.Contains(F.DaysOfWeek.Fri));
    }

    [Fact]
    public async Task SlotsOfAScheduleShouldBeTheRoundOccurrencesWithCancelledOnesBusyUnavailable()
    {
        // A round series of the demo data, through its Schedule.
        var (_, schedulesBody) = await GetAsync("/fhir/Schedule?_count=200");
        var schedules = Assert.IsType<F.Bundle>(Parse(schedulesBody)).Entry.Select(e => (F.Schedule)e.Resource).ToList();
        Assert.NotEmpty(schedules);

        var all = new List<F.Slot>();
        foreach (var schedule in schedules)
        {
            var (_, body) = await GetAsync($"/fhir/Slot?schedule=Schedule/{schedule.Id}&start=ge2026-12-01&start=le2027-01-31&_count=200");
            var slots = Assert.IsType<F.Bundle>(Parse(body)).Entry.Select(e => (F.Slot)e.Resource).ToList();
            Assert.All(slots, s => Assert.Equal($"Schedule/{schedule.Id}", s.Schedule.Reference));
            Assert.All(slots, s => Assert.InRange(s.Start!.Value, new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 31, 23, 0, 0, TimeSpan.Zero)));
            all.AddRange(slots);
        }

        // No round takes place on julafton 2026 (a Thursday): anything planned then is cancelled (busy-unavailable) or moved.
        Assert.DoesNotContain(all, s => s.Status == F.Slot.SlotStatus.Busy && s.Start!.Value.Date == new DateTime(2026, 12, 24));
        Assert.Contains(all, s => s.Status == F.Slot.SlotStatus.BusyUnavailable);
    }

    [Fact]
    public async Task SlotTimesShouldCarryTheSwedishOffsetOfTheirDateSummerAndWinter()
    {
        // Rounds are local Stockholm times: +02:00 on 19 June 2026 (midsommarafton week), +01:00 in December 2026.
        var (_, june) = await GetAsync("/fhir/Slot?start=ge2026-06-15&start=le2026-06-21&_count=200");
        var (_, december) = await GetAsync("/fhir/Slot?start=ge2026-12-07&start=le2026-12-13&_count=200");
        var summer = Assert.IsType<F.Bundle>(Parse(june)).Entry.Select(e => (F.Slot)e.Resource).ToList();
        var winter = Assert.IsType<F.Bundle>(Parse(december)).Entry.Select(e => (F.Slot)e.Resource).ToList();

        Assert.NotEmpty(summer);
        Assert.NotEmpty(winter);
        Assert.All(summer, s => Assert.Equal(TimeSpan.FromHours(2), s.Start!.Value.Offset));
        Assert.All(winter, s => Assert.Equal(TimeSpan.FromHours(1), s.Start!.Value.Offset));
        // Midsommarafton 19 June 2026 is no round day (seed 002: the eve counts as a helgdag): only cancelled slots then.
        Assert.All(summer.Where(s => s.Start!.Value.Date == new DateTime(2026, 6, 19)), s => Assert.Equal(F.Slot.SlotStatus.BusyUnavailable, s.Status));
    }
}
