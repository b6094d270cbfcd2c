using System.Text.Json.Serialization;

namespace Narplan.Web.Features.Organisations.Administration;

/// <summary>
/// A kommun's whole setup as one JSON document (issue 17 item 7, decision 0067): its region and delregion by name, the
/// kommun, its regional units, kommunal enheter with their läkaransvar history, förskolor, the people of the kommun
/// and its units, and the round series. Dates are ISO (<c>2026-06-19</c>), times <c>HH:mm</c>, enums by name; ids are
/// the exporting installation's and only tie the document together — the importing one gives everything new ids.
/// </summary>
public sealed record SetupDocument(
    string Format, int FormatVersion, string ExportedAt, SetupRegion Region, string? SubRegion, SetupKommun Kommun,
    IReadOnlyList<SetupRegionalUnit> RegionalUnits, IReadOnlyList<SetupCareUnit> CareUnits, IReadOnlyList<SetupPreschool> Preschools,
    IReadOnlyList<SetupPerson> People, IReadOnlyList<SetupRoundSeries> RoundSeries)
{
    public const string FormatName = "narplan-kommun-setup";
}

public sealed record SetupRegion(string Name, string ShortName, string DecisionSupport);

public sealed record SetupKommun(string Name, string? Code, string? HsaId, string? EndedOn);

public sealed record SetupRegionalUnit(Guid Id, string Name, string Kind, string Ownership, string? Phone, string? HsaId, string? EndedOn);

public sealed record SetupResponsibility(Guid CareCentreId, IReadOnlyList<Guid> RegularDoctorIds, string? DirectPhone, string MeetingForm, string ValidFrom, string? ValidUntil);

public sealed record SetupCareUnit(
    Guid Id, string Name, string Type, int Places, string? Address, string? EndedOn, bool RespiteKeepsRegularDoctor,
    IReadOnlyList<SetupResponsibility> Responsibilities);

public sealed record SetupPreschool(string Name, Guid? ChildHealthCentreId, string? EndedOn);

public sealed record SetupPerson(
    Guid Id, string Name, string Title, string Role, Guid OrganisationId, string? Phone, string? HsaId, string? EmployedFrom, string? EmployedUntil);

public sealed record SetupRoundSeries(
    Guid CareUnitId, Guid? DoctorId, string Recurrence, string Weekday, string? SecondWeekday, string AnchorDate, string StartTime,
    int LengthMinutes, string MeetingForm, string? Location, string ValidFrom, string? ValidTo, string HolidayPolicy, bool ReconciliationOnly);

public sealed record SetupImportResult(bool Succeeded, string? Error, Guid? KommunId = null, string? Summary = null);

public sealed class SetupExport(NarplanDbContext db, OrganisationAdministration admin, IAuditActorAccessor actors, IClock clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Url(Guid kommunId) => $"/administration/organisationer/kommuner/{kommunId}/export.json";

    private static string D(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string? D(LocalDate? date) => date is { } d ? D(d) : null;

    /// <summary>The kommun's setup, or null when it does not exist or the user may not administer it. The export is audited.</summary>
    public async Task<SetupDocument?> ExportAsync(ClaimsPrincipal user, Guid kommunId, CancellationToken ct = default)
    {
        var kommun = await db.Kommuner.AsNoTracking().SingleOrDefaultAsync(k => k.Id == kommunId, ct);
        if (kommun is null || !AccessPolicy.MayAdministerKommun(user.ToActor(), kommun.RegionId, kommun.Id))
        {
            return null;
        }

        var region = await db.Regions.AsNoTracking().SingleAsync(r => r.Id == kommun.RegionId, ct);
        var subRegion = kommun.SubRegionId is { } s ? await db.SubRegions.AsNoTracking().Where(x => x.Id == s).Select(x => x.Name).SingleAsync(ct) : null;
        var regionalUnits = await db.RegionalUnits.AsNoTracking().Where(u => u.KommunId == kommunId).OrderBy(u => u.Name).ToListAsync(ct);
        var careUnits = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).Where(u => u.KommunId == kommunId).OrderBy(u => u.Name).ToListAsync(ct);
        var preschools = await db.Preschools.AsNoTracking().Where(p => p.KommunId == kommunId).OrderBy(p => p.Name).ToListAsync(ct);
        var organisationIds = regionalUnits.Select(u => u.Id).Append(kommunId).ToList();
        var people = await db.People.AsNoTracking().Where(p => organisationIds.Contains(p.OrganisationId)).OrderBy(p => p.Name).ToListAsync(ct);
        var unitIds = careUnits.Select(u => u.Id).ToList();
        var series = await db.RoundSeries.AsNoTracking().Where(r => unitIds.Contains(r.CareUnitId)).OrderBy(r => r.ValidFrom).ToListAsync(ct);

        var document = new SetupDocument(
            SetupDocument.FormatName, 1, InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant()),
            new SetupRegion(region.Name, region.ShortName, region.DecisionSupport.ToString()), subRegion,
            new SetupKommun(kommun.Name, kommun.Code, kommun.HsaId, D(kommun.EndedOn)),
            regionalUnits.Select(u => new SetupRegionalUnit(u.Id, u.Name, u.UnitKind.ToString(), u.Ownership.ToString(), u.Phone, u.HsaId, D(u.EndedOn))).ToList(),
            careUnits.Select(u => new SetupCareUnit(u.Id, u.Name, u.Type.ToString(), u.Places, u.Address, D(u.EndedOn), u.RespiteKeepsRegularDoctor,
                u.Responsibilities.Select(r => new SetupResponsibility(r.CareCentreId, r.RegularDoctorIds, r.DirectPhone, r.MeetingForm.ToString(), D(r.ValidFrom), D(r.ValidUntil))).ToList())).ToList(),
            preschools.Select(p => new SetupPreschool(p.Name, p.ChildHealthCentreId, D(p.EndedOn))).ToList(),
            people.Select(p => new SetupPerson(p.Id, p.Name, p.Title, p.Role.ToString(), p.OrganisationId, p.Phone, p.HsaId, D(p.EmployedFrom), D(p.EmployedUntil))).ToList(),
            series.Select(r => new SetupRoundSeries(r.CareUnitId, r.DoctorId, r.Recurrence.ToString(), r.Weekday.ToString(), r.SecondWeekday?.ToString(),
                D(r.AnchorDate), LocalTimePattern.CreateWithInvariantCulture("HH':'mm").Format(r.StartTime), r.LengthMinutes, r.MeetingForm.ToString(),
                r.Location, D(r.ValidFrom), D(r.ValidTo), r.HolidayPolicy.ToString(), r.ReconciliationOnly)).ToList());

        var actor = actors.Current;
        db.Add(new AuditEntry(clock.GetCurrentInstant(), actor.UserId, actor.UserName, actor.OrganisationId, actor.Role, AuditAction.Export,
            nameof(Kommun), kommunId.ToString(), null, $"Kommunens uppsättning exporterad (JSON): {regionalUnits.Count} regionala enheter, " +
            $"{careUnits.Count} kommunala enheter, {people.Count} personer, {series.Count} rondserier."));
        await db.SaveChangesAsync(ct);
        return document;
    }

    /// <summary>
    /// Imports a setup document into this installation: the region and delregion are found by name (or created, by a
    /// system administrator), the kommun must not exist yet (by name or code), everything else is created with new ids.
    /// Any problem refuses the whole file with a Swedish message and an audit row; nothing partial is saved.
    /// </summary>
    public async Task<SetupImportResult> ImportAsync(ClaimsPrincipal user, byte[] content, CancellationToken ct = default)
    {
        SetupDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<SetupDocument>(content, Json);
        }
        catch (JsonException e)
        {
            return await RefuseAsync($"Filen är inte en export från Närplan (JSON kunde inte läsas{(e.LineNumber is { } l ? $" på rad {l + 1}" : "")}).");
        }

        if (document is null || document.Format != SetupDocument.FormatName || document.Kommun is null || document.Region is null)
        {
            return await RefuseAsync("Filen är inte en export av en kommuns uppsättning från Närplan.");
        }

        if (document.FormatVersion != 1)
        {
            return await RefuseAsync($"Filens formatversion {document.FormatVersion} kan inte läsas av den här versionen av Närplan.");
        }

        var actor = user.ToActor();
        try
        {
            var result = await BuildAsync(actor, document, ct);
            if (!result.Succeeded)
            {
                return await RefuseAsync(result.Error!);
            }

            await db.SaveChangesAsync(ct);
            return result;
        }
        catch (Exception e) when (e is DomainException or FormatException or UnparsableValueException or ArgumentException or InvalidOperationException)
        {
            return await RefuseAsync($"Importen sparades inte: {e.Message}");
        }
    }

    private async Task<SetupImportResult> RefuseAsync(string message)
    {
        await admin.RefuseAsync(CommandResult.Fail(message), "KommunSetupImport", Guid.Empty);
        return new SetupImportResult(false, message);
    }

    private static T E<T>(string value, string what) where T : struct, Enum =>
        Enum.TryParse<T>(value, out var parsed) && Enum.IsDefined(parsed) ? parsed : throw new DomainException($"{what} ”{value}” är okänt.");

    private static LocalDate Date(string value) => LocalDatePattern.Iso.Parse(value).Value;

    private static LocalDate? OptionalDate(string? value) => value is null ? null : Date(value);

    private async Task<SetupImportResult> BuildAsync(Actor actor, SetupDocument doc, CancellationToken ct)
    {
        var region = await db.Regions.SingleOrDefaultAsync(r => r.Name == doc.Region.Name, ct);
        if (region is null)
        {
            if (!AccessPolicy.MayCreateRegion(actor))
            {
                return new SetupImportResult(false, $"Regionen {doc.Region.Name} finns inte här, och bara en administratör kan skapa en region.");
            }

            region = new Region(doc.Region.Name, doc.Region.ShortName, E<DecisionSupportProfileKey>(doc.Region.DecisionSupport, "Beslutsstödet"));
            db.Regions.Add(region);
        }
        else if (!AccessPolicy.MayAdministerRegion(actor, region.Id))
        {
            return new SetupImportResult(false, $"Du administrerar inte {region.Name} och kan inte lägga till en kommun där.");
        }

        SubRegion? subRegion = null;
        if (doc.SubRegion is { } subName)
        {
            subRegion = await db.SubRegions.SingleOrDefaultAsync(s => s.RegionId == region.Id && s.Name == subName, ct);
            if (subRegion is null)
            {
                subRegion = new SubRegion(region, subName);
                db.SubRegions.Add(subRegion);
            }
        }

        if (await db.Kommuner.AnyAsync(k => k.Name == doc.Kommun.Name, ct))
        {
            return new SetupImportResult(false, $"Kommunen {doc.Kommun.Name} finns redan i den här installationen. Importen skapar en ny kommun; ingenting har sparats.");
        }

        if (doc.Kommun.Code is { } code && await db.Kommuner.AnyAsync(k => k.Code == code, ct))
        {
            return new SetupImportResult(false, $"Kommunkoden {code} används redan i den här installationen; ingenting har sparats.");
        }

        var kommun = new Kommun(region, subRegion, doc.Kommun.Name);
        kommun.SetCode(doc.Kommun.Code);
        kommun.SetHsaId(doc.Kommun.HsaId);
        db.Kommuner.Add(kommun);

        var organisations = new Dictionary<Guid, Guid>();
        var centres = new Dictionary<Guid, RegionalUnit>();
        foreach (var u in doc.RegionalUnits)
        {
            var unit = new RegionalUnit(kommun, u.Name, E<RegionalUnitKind>(u.Kind, "Enhetstypen"), E<Ownership>(u.Ownership, "Driftsformen"), u.Phone);
            unit.SetHsaId(u.HsaId);
            db.RegionalUnits.Add(unit);
            organisations[u.Id] = unit.Id;
            centres[u.Id] = unit;
        }

        var people = new Dictionary<Guid, Guid>();
        var personOrganisations = new Dictionary<Guid, Guid>();
        foreach (var p in doc.People)
        {
            var organisationId = organisations.TryGetValue(p.OrganisationId, out var mapped) ? mapped : kommun.Id;
            var person = new Person(p.Name, p.Title, E<PersonRole>(p.Role, "Rollen"), organisationId);
            person.Update(p.Name, p.Title, person.Role, organisationId, p.Phone, p.HsaId);
            person.SetEmployment(OptionalDate(p.EmployedFrom), OptionalDate(p.EmployedUntil));
            db.People.Add(person);
            people[p.Id] = person.Id;
        }

        var hsaIds = doc.RegionalUnits.Select(u => u.HsaId).Concat(doc.People.Select(p => p.HsaId)).Append(doc.Kommun.HsaId).OfType<string>().ToList();
        var taken = await db.Organisations.Where(o => o.HsaId != null && hsaIds.Contains(o.HsaId)).Select(o => o.HsaId).FirstOrDefaultAsync(ct)
            ?? await db.People.Where(p => p.HsaId != null && hsaIds.Contains(p.HsaId)).Select(p => p.HsaId).FirstOrDefaultAsync(ct);
        if (taken is not null)
        {
            return new SetupImportResult(false, $"HSA-id {taken} finns redan i den här installationen; ingenting har sparats.");
        }

        var units = new Dictionary<Guid, Guid>();
        foreach (var u in doc.CareUnits)
        {
            var unit = new CareUnit(kommun, u.Name, E<CareUnitType>(u.Type, "Enhetstypen"), u.Places);
            unit.SetAddress(u.Address);
            unit.MarkRespiteKeepingRegularDoctor(u.RespiteKeepsRegularDoctor);
            var history = u.Responsibilities.OrderBy(r => Date(r.ValidFrom)).ToList();
            for (var i = 0; i < history.Count; i++)
            {
                var r = history[i];
                if (!centres.TryGetValue(r.CareCentreId, out var centre))
                {
                    return new SetupImportResult(false, $"{u.Name}: den ansvariga vårdcentralen finns inte i filen (den hör till en annan kommun). Ingenting har sparats.");
                }

                var doctors = r.RegularDoctorIds.Select(d => people.TryGetValue(d, out var id) ? id
                    : throw new DomainException($"{u.Name}: en fast läkarkontakt finns inte i filen.")).ToList();
                unit.AssignResponsibilityWithDoctors(centre, doctors, r.DirectPhone, E<MeetingForm>(r.MeetingForm, "Mötesformen"), Date(r.ValidFrom));
                if (OptionalDate(r.ValidUntil) is { } until && (i + 1 == history.Count || Date(history[i + 1].ValidFrom) != until))
                {
                    unit.EndResponsibility(until);
                }
            }

            unit.End(OptionalDate(u.EndedOn));
            db.CareUnits.Add(unit);
            units[u.Id] = unit.Id;
        }

        foreach (var p in doc.Preschools)
        {
            var preschool = new Preschool(kommun.Id, p.Name, null);
            if (p.ChildHealthCentreId is { } bvc && centres.TryGetValue(bvc, out var centre))
            {
                preschool.AssignChildHealthCentre(centre);
            }

            preschool.End(OptionalDate(p.EndedOn));
            db.Preschools.Add(preschool);
        }

        var time = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
        foreach (var s in doc.RoundSeries)
        {
            if (!units.TryGetValue(s.CareUnitId, out var unitId))
            {
                return new SetupImportResult(false, "En rondserie hör till en enhet som inte finns i filen. Ingenting har sparats.");
            }

            Guid? doctor = s.DoctorId is { } d ? people.TryGetValue(d, out var id) ? id : throw new DomainException("En rondseries läkare finns inte i filen.") : null;
            var schedule = new RoundSchedule(doctor, E<RoundRecurrence>(s.Recurrence, "Rytmen"), E<IsoDayOfWeek>(s.Weekday, "Veckodagen"),
                s.SecondWeekday is null ? null : E<IsoDayOfWeek>(s.SecondWeekday, "Veckodagen"), Date(s.AnchorDate), time.Parse(s.StartTime).Value,
                s.LengthMinutes, E<MeetingForm>(s.MeetingForm, "Mötesformen"), s.Location, Date(s.ValidFrom), OptionalDate(s.ValidTo),
                E<HolidayPolicy>(s.HolidayPolicy, "Helgdagsregeln"));
            var series = new RoundSeries(unitId, schedule);
            series.SetReconciliationOnly(s.ReconciliationOnly);
            db.RoundSeries.Add(series);
        }

        kommun.End(OptionalDate(doc.Kommun.EndedOn));
        return new SetupImportResult(true, null, kommun.Id,
            $"{kommun.Name} är importerad: {doc.RegionalUnits.Count} regionala enheter, {doc.CareUnits.Count} kommunala enheter, " +
            $"{doc.Preschools.Count} förskolor, {doc.People.Count} personer och {doc.RoundSeries.Count} rondserier.");
    }
}

public static class SetupExportEndpoints
{
    /// <summary><c>GET …/kommuner/{id}/export.json</c>: the kommun's setup as a download (its administrators only).</summary>
    public static IEndpointRouteBuilder MapSetupExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/administration/organisationer/kommuner/{kommunId:guid}/export.json", async (Guid kommunId, ClaimsPrincipal user, SetupExport export, CancellationToken ct) =>
        {
            var document = await export.ExportAsync(user, kommunId, ct);
            if (document is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Kommunen finns inte eller du administrerar den inte.");
            }

            var bytes = JsonSerializer.SerializeToUtf8Bytes(document, SetupExport.Json);
            var name = $"narplan-{(document.Kommun.Code ?? document.Kommun.Name).ToLowerInvariant()}-{document.ExportedAt[..10]}.json";
            return Results.File(bytes, "application/json", name);
        }).RequireAuthorization().ExcludeFromDescription();
        return app;
    }
}
