using Narplan.Web.Features.Plans.Import;

namespace Narplan.Web.Features.Organisations.Administration;

/// <summary>What a setup file holds: a kommun's organisations and units, or its staff.</summary>
public enum SetupImportKind
{
    /// <summary>Vårdcentraler, rehab/BVC/familjecentral, kommunal enheter and förskolor (an HSA catalogue unit export).</summary>
    Units,

    /// <summary>People with role, title, HSA-id and employment (an HSA person export or the kommun's staff list).</summary>
    People,
}

public sealed record SetupImportPreview(SetupImportKind Kind, string? FileError, IReadOnlyList<ImportRow> Rows, bool Applied = false)
{
    public bool CanApply => FileError is null && Rows.Count > 0 && Rows.All(r => r.Action != ImportAction.Error) && Rows.Any(r => r.Action == ImportAction.Create);

    public int ErrorCount => Rows.Count(r => r.Action == ImportAction.Error);
}

/// <summary>
/// Bulk import of a kommun's setup from CSV or XLSX (issue 17 item 6), with the Bilaga import's reader, caps and flow
/// (decision 0019, 0036, 0066): the same code previews and applies; a row that the domain refuses is an error with its
/// row number in Swedish; nothing is saved unless every row is fine, and then everything in one save (with its audit
/// rows). A row whose name already exists in the kommun is left as it is, so a file can be imported again.
/// </summary>
public sealed class SetupImporter(NarplanDbContext db, OrganisationAdministration admin, IOptions<ImportLimits>? options = null)
{
    private readonly ImportLimits _limits = options?.Value ?? ImportLimits.Default;

    public ImportLimits Limits => _limits;

    /// <summary>Columns of a unit file: the HSA catalogue's attribute names (hsaIdentity, ou, …) and Swedish headings.</summary>
    public static readonly IReadOnlyList<ImportColumn> UnitColumns =
    [
        new("name", "Namn", true, ["namn", "ou", "enhet", "enhetsnamn", "organisationsnamn", "displayname", "name"]),
        new("type", "Typ", true, ["typ", "enhetstyp", "verksamhetstyp", "businessclassificationname", "verksamhet", "boendeform"]),
        new("hsaId", "HSA-id", false, ["hsa-id", "hsaid", "hsaidentity", "hsa-identitet"]),
        new("ownership", "Driftsform", false, ["driftsform", "ägarform", "drift", "management"]),
        new("phone", "Telefon", false, ["telefon", "telefonnummer", "telephonenumber", "tel", "växel"]),
        new("address", "Adress", false, ["adress", "besöksadress", "street", "postaladdress", "gatuadress"]),
        new("places", "Platser", false, ["platser", "antal platser", "antal"]),
    ];

    /// <summary>Columns of a staff file: a kommun's staff list or the HSA catalogue's person export.</summary>
    public static readonly IReadOnlyList<ImportColumn> PeopleColumns =
    [
        new("name", "Namn", true, ["namn", "fullständigt namn", "fullname", "displayname", "cn"]),
        new("role", "Roll", true, ["roll", "befattning", "yrke", "yrkesroll", "occupation", "patitle"]),
        new("organisation", "Arbetsplats", true, ["arbetsplats", "organisation", "enhet", "vårdcentral", "ou"]),
        new("title", "Titel", false, ["titel", "title", "befattningstitel"]),
        new("hsaId", "HSA-id", false, ["hsa-id", "hsaid", "hsaidentity", "personens hsa-id"]),
        new("phone", "Telefon", false, ["telefon", "telefonnummer", "telephonenumber", "mobil", "tel"]),
        new("from", "Anställd från", false, ["anställd från", "från", "startdatum", "anställningsdatum"]),
        new("until", "Anställd till", false, ["anställd till", "till", "slutdatum", "slutar"]),
    ];

    public static IReadOnlyList<ImportColumn> ColumnsOf(SetupImportKind kind) => kind == SetupImportKind.Units ? UnitColumns : PeopleColumns;

    public Task<SetupImportPreview> PreviewAsync(ClaimsPrincipal user, Guid kommunId, SetupImportKind kind, string fileName, byte[] content, CancellationToken ct = default) =>
        RunAsync(user, kommunId, kind, fileName, content, apply: false, ct);

    public Task<SetupImportPreview> ApplyAsync(ClaimsPrincipal user, Guid kommunId, SetupImportKind kind, string fileName, byte[] content, CancellationToken ct = default) =>
        RunAsync(user, kommunId, kind, fileName, content, apply: true, ct);

    private async Task<SetupImportPreview> RunAsync(
        ClaimsPrincipal user, Guid kommunId, SetupImportKind kind, string fileName, byte[] content, bool apply, CancellationToken ct)
    {
        var kommun = await db.Kommuner.SingleOrDefaultAsync(k => k.Id == kommunId, ct);
        if (kommun is null || !AccessPolicy.MayAdministerKommun(user.ToActor(), kommun.RegionId, kommun.Id))
        {
            return new SetupImportPreview(kind, OrganisationAdministration.DeniedMessage, []);
        }

        SpreadsheetReader.Sheet sheet;
        try
        {
            sheet = SpreadsheetReader.Read(fileName, content, _limits);
        }
        catch (ImportFileException e)
        {
            return await RefusedAsync(kind, e.Message, kommunId, apply, ct);
        }

        var known = ColumnsOf(kind);
        var columns = AppendixImporter.DetectColumns(sheet.Header, known);
        var missing = known.Where(c => c.Required && !columns.ContainsKey(c.Key)).Select(c => c.Label).ToList();
        if (missing.Count > 0)
        {
            return await RefusedAsync(kind,
                $"Kolumn{(missing.Count > 1 ? "erna" : "en")} {string.Join(", ", missing.Select(m => $"”{m}”"))} saknas i första raden. " +
                $"Förväntade kolumner: {string.Join(", ", known.Select(c => c.Label))}. Hittade: {string.Join(", ", sheet.Header.Where(h => h.Length > 0))}.",
                kommunId, apply, ct);
        }

        if (sheet.Rows.Count == 0)
        {
            return await RefusedAsync(kind, "Filen har bara en rubrikrad och inga rader att importera.", kommunId, apply, ct);
        }

        var rows = kind == SetupImportKind.Units ? await UnitsAsync(kommun, sheet, columns, ct) : await PeopleAsync(kommun, sheet, columns, ct);
        var preview = new SetupImportPreview(kind, null, rows);
        if (!apply || !preview.CanApply)
        {
            db.ChangeTracker.Clear();
            if (apply)
            {
                await admin.RefuseAsync(CommandResult.Fail($"Importen sparades inte: {preview.ErrorCount} rader har fel."), $"Import{kind}", kommunId, ct);
            }

            return preview;
        }

        await db.SaveChangesAsync(ct); // one save: everything with its audit rows, or nothing
        return preview with { Applied = true };
    }

    private async Task<SetupImportPreview> RefusedAsync(SetupImportKind kind, string message, Guid kommunId, bool apply, CancellationToken ct)
    {
        if (apply)
        {
            await admin.RefuseAsync(CommandResult.Fail(message), $"Import{kind}", kommunId, ct);
        }

        return new SetupImportPreview(kind, message, []);
    }

    private static StringComparer Names => StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true);

    private static string Cell(string[] cells, IReadOnlyDictionary<string, int> columns, string key) =>
        columns.TryGetValue(key, out var i) && i < cells.Length ? cells[i].Trim() : "";

    private async Task<List<ImportRow>> UnitsAsync(Kommun kommun, SpreadsheetReader.Sheet sheet, Dictionary<string, int> columns, CancellationToken ct)
    {
        var existing = new HashSet<string>(Names);
        existing.UnionWith(await db.RegionalUnits.Where(u => u.KommunId == kommun.Id).Select(u => u.Name).ToListAsync(ct));
        existing.UnionWith(await db.CareUnits.Where(u => u.KommunId == kommun.Id).Select(u => u.Name).ToListAsync(ct));
        existing.UnionWith(await db.Preschools.Where(u => u.KommunId == kommun.Id).Select(u => u.Name).ToListAsync(ct));
        var hsaIds = await TakenHsaIdsAsync(ct);
        var result = new List<ImportRow>();
        foreach (var (line, cells) in sheet.Rows)
        {
            string C(string key) => Cell(cells, columns, key);
            var name = C("name");
            var typeText = C("type");
            var errors = new List<string>();
            if (name.Length == 0)
            {
                errors.Add("namnet saknas");
            }

            if (existing.Contains(name))
            {
                result.Add(new ImportRow(line, name, ImportAction.Unchanged, "finns redan i kommunen", []));
                continue;
            }

            var hsaId = UniqueHsaId(C("hsaId"), hsaIds, errors);

            var ownership = C("ownership").ToLowerInvariant() switch
            {
                "" or "offentlig" or "offentligt" or "region" or "landsting" or "public" => (Ownership?)Ownership.Public,
                "privat" or "privatägd" or "private" => Ownership.Private,
                _ => null,
            };
            if (ownership is null)
            {
                errors.Add($"driftsformen ”{C("ownership")}” är varken Offentlig eller Privat");
            }

            var places = 0;
            if (C("places").Length > 0 && !int.TryParse(C("places"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out places))
            {
                errors.Add($"antal platser ”{C("places")}” är inte ett heltal");
            }

            var regionalKind = ParseRegionalKind(typeText);
            var careType = regionalKind is null ? CareUnitTypeNames.Parse(typeText) : null;
            var isPreschool = string.Equals(typeText, "förskola", StringComparison.CurrentCultureIgnoreCase);
            if (regionalKind is null && careType is null && !isPreschool)
            {
                errors.Add($"typen ”{typeText}” är okänd; skriv t.ex. Vårdcentral, BVC, Rehabenhet, Familjecentral, Särskilt boende, Korttidsboende eller Förskola");
            }

            string description = "";
            if (errors.Count == 0)
            {
                try
                {
                    if (regionalKind is { } k)
                    {
                        var unit = new RegionalUnit(kommun, name, k, ownership!.Value, C("phone"));
                        unit.SetHsaId(hsaId);
                        db.RegionalUnits.Add(unit);
                        description = $"ny {k.Swedish().ToLowerInvariant()}";
                    }
                    else if (careType is { } t)
                    {
                        var unit = new CareUnit(kommun, name, t, places);
                        unit.SetAddress(C("address"));
                        db.CareUnits.Add(unit);
                        description = $"ny kommunal enhet: {t.Swedish()}";
                    }
                    else
                    {
                        kommun.RequireNotEnded();
                        db.Preschools.Add(new Preschool(kommun.Id, name, null));
                        description = "ny förskola";
                    }
                }
                catch (DomainException e)
                {
                    errors.Add(e.Message);
                }
            }

            existing.Add(name);
            result.Add(errors.Count > 0
                ? new ImportRow(line, name, ImportAction.Error, "", errors)
                : new ImportRow(line, name, ImportAction.Create, description, []));
        }

        return result;
    }

    private async Task<List<ImportRow>> PeopleAsync(Kommun kommun, SpreadsheetReader.Sheet sheet, Dictionary<string, int> columns, CancellationToken ct)
    {
        var organisations = new Dictionary<string, Guid>(Names) { [kommun.Name] = kommun.Id };
        foreach (var u in await db.RegionalUnits.Where(u => u.KommunId == kommun.Id).Select(u => new { u.Id, u.Name }).ToListAsync(ct))
        {
            organisations.TryAdd(u.Name, u.Id);
        }

        var orgIds = organisations.Values.ToList();
        var existing = (await db.People.Where(p => orgIds.Contains(p.OrganisationId)).Select(p => new { p.Name, p.OrganisationId }).ToListAsync(ct))
            .Select(p => (p.Name.ToLower(System.Globalization.CultureInfo.GetCultureInfo("sv-SE")), p.OrganisationId)).ToHashSet();
        var hsaIds = await TakenHsaIdsAsync(ct);
        var result = new List<ImportRow>();
        foreach (var (line, cells) in sheet.Rows)
        {
            string C(string key) => Cell(cells, columns, key);
            var name = C("name");
            var errors = new List<string>();
            if (name.Length == 0)
            {
                errors.Add("namnet saknas");
            }

            var role = PersonRoleNames.Parse(C("role"));
            if (role is null)
            {
                errors.Add($"rollen ”{C("role")}” är okänd; skriv t.ex. Läkare, Sjuksköterska, Distriktssköterska, MAS, Enhetschef eller Vårdcentralschef");
            }

            if (!organisations.TryGetValue(C("organisation"), out var organisationId))
            {
                errors.Add($"arbetsplatsen ”{C("organisation")}” finns inte i {kommun.Name}; skriv kommunens namn eller en vårdcentrals eller enhets namn");
            }
            else if (existing.Contains((name.ToLower(System.Globalization.CultureInfo.GetCultureInfo("sv-SE")), organisationId)))
            {
                result.Add(new ImportRow(line, name, ImportAction.Unchanged, $"finns redan på {C("organisation")}", []));
                continue;
            }

            var hsaId = UniqueHsaId(C("hsaId"), hsaIds, errors);

            LocalDate? Date(string key, string label)
            {
                if (C(key).Length == 0)
                {
                    return null;
                }

                var parsed = DateText.ParseDate(C(key));
                if (!parsed.Success)
                {
                    errors.Add($"{label}: {parsed.Error}");
                    return null;
                }

                return parsed.Value;
            }

            var from = Date("from", "anställd från");
            var until = Date("until", "anställd till");
            if (errors.Count == 0)
            {
                try
                {
                    var person = new Person(name, C("title"), role!.Value, organisationId);
                    person.Update(name, C("title"), role.Value, organisationId, C("phone"), hsaId);
                    person.SetEmployment(from, until);
                    db.People.Add(person);
                }
                catch (DomainException e)
                {
                    errors.Add(e.Message);
                }
            }

            result.Add(errors.Count > 0
                ? new ImportRow(line, name, ImportAction.Error, "", errors)
                : new ImportRow(line, name, ImportAction.Create, $"ny person: {role!.Value.Swedish()} på {C("organisation")}", []));
        }

        return result;
    }

    private async Task<HashSet<string>> TakenHsaIdsAsync(CancellationToken ct)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        taken.UnionWith(await db.Organisations.Where(o => o.HsaId != null).Select(o => o.HsaId!).ToListAsync(ct));
        taken.UnionWith(await db.People.Where(p => p.HsaId != null).Select(p => p.HsaId!).ToListAsync(ct));
        return taken;
    }

    /// <summary>
    /// The row's HSA-id: null when the cell is empty; otherwise it must parse and not be used already (by the kommun or
    /// an earlier row of the file, <paramref name="used"/>, which it joins); else null with the reason in
    /// <paramref name="errors"/>.
    /// </summary>
    private static string? UniqueHsaId(string text, ISet<string> used, List<string> errors)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (!HsaId.TryParse(text, out var parsed, out var error))
        {
            errors.Add(error);
            return null;
        }

        if (!used.Add(parsed.Value))
        {
            errors.Add($"HSA-id {parsed.Value} används redan");
            return null;
        }

        return parsed.Value;
    }

    private static RegionalUnitKind? ParseRegionalKind(string text) => text.Trim().ToLowerInvariant() switch
    {
        "vårdcentral" or "vardcentral" or "vc" or "hälsocentral" => RegionalUnitKind.Vardcentral,
        "rehabenhet" or "rehab" or "rehabmottagning" => RegionalUnitKind.Rehabenhet,
        "bvc" or "barnavårdscentral" => RegionalUnitKind.Bvc,
        "familjecentral" => RegionalUnitKind.Familjecentral,
        _ => null,
    };
}
