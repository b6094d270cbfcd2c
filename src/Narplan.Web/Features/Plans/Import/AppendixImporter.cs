namespace Narplan.Web.Features.Plans.Import;

public enum AppendixKind
{
    Bilaga1,
    Bilaga2,
}

public enum ImportAction
{
    Create,
    Change,
    Unchanged,
    Error,
}

/// <summary>One row of the file as the preview shows it: what would happen, or why it cannot.</summary>
public sealed record ImportRow(int Line, string Name, ImportAction Action, string Description, IReadOnlyList<string> Errors);

/// <summary>A column Närplan reads: <see cref="Key"/> names it in forms, <see cref="Label"/> is the Swedish heading, <see cref="Aliases"/> are headings recognised in a file.</summary>
public sealed record ImportColumn(string Key, string Label, bool Required, IReadOnlyList<string> Aliases);

/// <summary>
/// The preview, or the result once applied. <see cref="FileError"/> is set when the file as a whole
/// is unusable or a required column is not mapped; <see cref="Header"/> is then still filled when the
/// file could be read, so the user can map the columns by hand.
/// </summary>
public sealed record ImportPreview(AppendixKind Kind, string? FileError, IReadOnlyList<ImportRow> Rows, bool Applied = false)
{
    /// <summary>The file's first row (its column headings).</summary>
    public IReadOnlyList<string> Header { get; init; } = [];

    /// <summary>Närplan column key → index of the file column it is read from; a column left out is not read.</summary>
    public IReadOnlyDictionary<string, int> Mapping { get; init; } = new Dictionary<string, int>();

    /// <summary>The first data row, to show an example value beside each column.</summary>
    public IReadOnlyList<string> Sample { get; init; } = [];

    public bool CanApply => FileError is null && Rows.Count > 0 && Rows.All(r => r.Action != ImportAction.Error) && Rows.Any(r => r.Action != ImportAction.Unchanged);

    public int ErrorCount => Rows.Count(r => r.Action == ImportAction.Error);
}

/// <summary>
/// Imports an existing Bilaga 1 (läkaransvar per unit) or Bilaga 2 (BVC per förskola) spreadsheet
/// into the registers. The same code runs for the preview and for the import: every row is
/// applied to the loaded entities through the domain, so a row the domain refuses is an error in
/// the preview. Nothing is saved unless every row is fine and the user confirms; then all rows
/// are saved in one transaction — an import never half-applies.
/// </summary>
/// <remarks>
/// Linear in the number of rows: names are looked up in dictionaries with the same comparison as before
/// (current culture, case ignored), never by scanning the list of units that grows with every new row —
/// that scan made a 20,000-row preview take 48–109 s (issue 15, decision 0036).
/// </remarks>
public sealed class AppendixImporter(NarplanDbContext db, Microsoft.Extensions.Options.IOptions<ImportLimits>? options = null)
{
    private readonly ImportLimits _limits = options?.Value ?? ImportLimits.Default;

    /// <summary>The caps in force (file size, rows), for the page's messages.</summary>
    public ImportLimits Limits => _limits;

    // The comparison the registers' names were always matched with: Swedish letters, case ignored.
    private static StringComparer NameComparer => StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true);

    /// <summary>Name → first entity with that name (as FirstOrDefault over the list found it).</summary>
    private static Dictionary<string, T> ByName<T>(IEnumerable<T> items, Func<T, string> name)
    {
        var map = new Dictionary<string, T>(NameComparer);
        foreach (var item in items)
        {
            map.TryAdd(name(item), item);
        }

        return map;
    }

    public static readonly IReadOnlyList<ImportColumn> Bilaga1Columns =
    [
        new("unit", "Enhet", true, ["enhet", "boende", "enhetens namn", "enhetsnamn", "namn", "titel", "title"]),
        new("type", "Typ", true, ["typ", "enhetstyp", "boendeform", "verksamhet"]),
        new("centre", "Ansvarig vårdcentral", true, ["ansvarig vårdcentral", "vårdcentral", "vc"]),
        new("doctor", "Fast läkarkontakt", false, ["fast läkarkontakt", "läkare", "ansvarig läkare", "fast läkare"]),
        new("form", "Mötesform", false, ["mötesform", "form"]),
        new("phone", "Direktnummer", false, ["direktnummer", "direktnr", "telefon", "telefonnummer", "tel"]),
        new("places", "Platser", false, ["platser", "antal platser", "antal"]),
    ];

    public static readonly IReadOnlyList<ImportColumn> Bilaga2Columns =
    [
        new("preschool", "Förskola", true, ["förskola", "förskolans namn", "namn", "titel", "title"]),
        new("bvc", "Ansvarig BVC", true, ["ansvarig bvc", "bvc", "barnavårdscentral", "ansvarig barnavårdscentral"]),
    ];

    public static IReadOnlyList<ImportColumn> ColumnsOf(AppendixKind kind) => kind == AppendixKind.Bilaga1 ? Bilaga1Columns : Bilaga2Columns;

    public static bool CanImport(ClaimsPrincipal user, Guid kommunId) => AccessPolicy.MayImportAppendix(user.ToActor(), kommunId);

    /// <summary>Reads the file and shows what would happen. <paramref name="mapping"/> null: the columns are recognised by their headings.</summary>
    public Task<ImportPreview> PreviewAsync(
        Guid kommunId, AppendixKind kind, string fileName, byte[] content, LocalDate validFrom,
        IReadOnlyDictionary<string, int>? mapping = null, CancellationToken ct = default) =>
        RunAsync(kommunId, kind, fileName, content, validFrom, mapping, apply: false, ct);

    /// <summary>Validates again against today's registers and saves everything, or nothing.</summary>
    public Task<ImportPreview> ApplyAsync(
        Guid kommunId, AppendixKind kind, string fileName, byte[] content, LocalDate validFrom,
        IReadOnlyDictionary<string, int>? mapping = null, CancellationToken ct = default) =>
        RunAsync(kommunId, kind, fileName, content, validFrom, mapping, apply: true, ct);

    private async Task<ImportPreview> RunAsync(
        Guid kommunId, AppendixKind kind, string fileName, byte[] content, LocalDate validFrom,
        IReadOnlyDictionary<string, int>? mapping, bool apply, CancellationToken ct)
    {
        SpreadsheetReader.Sheet sheet;
        try
        {
            sheet = SpreadsheetReader.Read(fileName, content, _limits);
        }
        catch (ImportFileException e)
        {
            return new ImportPreview(kind, e.Message, []);
        }

        var known = ColumnsOf(kind);
        var columns = mapping is null ? DetectColumns(sheet.Header, known) : CheckMapping(mapping, sheet.Header.Count);
        var sample = sheet.Rows.Count > 0 ? sheet.Rows[0].Cells : [];
        var columnError = ColumnError(sheet.Header, known, columns, mapping is null);
        if (columnError is not null)
        {
            return new ImportPreview(kind, columnError, []) { Header = sheet.Header, Mapping = columns, Sample = sample };
        }

        if (sheet.Rows.Count == 0)
        {
            return new ImportPreview(kind, "Filen har bara en rubrikrad och inga rader att importera.", []) { Header = sheet.Header, Mapping = columns };
        }

        var byLabel = known.Where(c => columns.ContainsKey(c.Key)).ToDictionary(c => c.Label, c => columns[c.Key]);
        var kommun = await db.Kommuner.SingleAsync(k => k.Id == kommunId, ct);
        var rows = kind == AppendixKind.Bilaga1
            ? await Bilaga1Async(kommun, sheet, byLabel, validFrom, apply, ct)
            : await Bilaga2Async(kommun, sheet, byLabel, apply, ct);
        var preview = new ImportPreview(kind, null, rows) { Header = sheet.Header, Mapping = columns, Sample = sample };
        if (!apply || !preview.CanApply)
        {
            db.ChangeTracker.Clear();
            return preview;
        }

        await db.SaveChangesAsync(ct); // one SaveChanges: one transaction, with the audit entries
        return preview with { Applied = true };
    }

    /// <summary>Each Närplan column from the first file column whose heading is one of its aliases (case, "*" and ":" ignored).</summary>
    public static Dictionary<string, int> DetectColumns(IReadOnlyList<string> header, IReadOnlyList<ImportColumn> known)
    {
        var map = new Dictionary<string, int>();
        var used = new HashSet<int>();
        foreach (var column in known)
        {
            for (var i = 0; i < header.Count; i++)
            {
                var name = header[i].Trim().TrimEnd('*', ':').Trim().ToLowerInvariant();
                if (!used.Contains(i) && column.Aliases.Contains(name))
                {
                    map[column.Key] = i;
                    used.Add(i);
                    break;
                }
            }
        }

        return map;
    }

    private static Dictionary<string, int> CheckMapping(IReadOnlyDictionary<string, int> mapping, int width) =>
        mapping.Where(m => m.Value >= 0 && m.Value < width).ToDictionary(m => m.Key, m => m.Value);

    private static string? ColumnError(IReadOnlyList<string> header, IReadOnlyList<ImportColumn> known, IReadOnlyDictionary<string, int> columns, bool detected)
    {
        var twice = known.Where(c => columns.ContainsKey(c.Key)).GroupBy(c => columns[c.Key]).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            return $"Filens kolumn ”{Heading(header, twice.Key)}” är vald för både {string.Join(" och ", twice.Select(c => $"”{c.Label}”"))}. Välj en kolumn för varje.";
        }

        var missing = known.Where(c => c.Required && !columns.ContainsKey(c.Key)).Select(c => c.Label).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var which = $"Kolumn{(missing.Count > 1 ? "erna" : "en")} {string.Join(", ", missing.Select(m => $"”{m}”"))}";
        return detected
            ? $"{which} saknas i första raden. Förväntade kolumner: {string.Join(", ", known.Select(c => c.Label))}. " +
              $"Hittade: {string.Join(", ", header.Where(h => h.Length > 0))}. Välj nedan vilken av filens kolumner som motsvarar {(missing.Count > 1 ? "dem" : "den")}."
            : $"{which} måste kopplas till en av filens kolumner.";
    }

    private static string Heading(IReadOnlyList<string> header, int index) =>
        index < header.Count && header[index].Length > 0 ? header[index] : $"kolumn {index + 1}";

    // track: new entities are handed to EF only when they are to be saved. A preview builds and checks them through
    // the domain all the same, but does not pay for EF's change tracking of thousands of entities it then throws away.
    private async Task<List<ImportRow>> Bilaga1Async(
        Kommun kommun, SpreadsheetReader.Sheet sheet, Dictionary<string, int> columns, LocalDate validFrom, bool track, CancellationToken ct)
    {
        var units = await db.CareUnits.Include(u => u.Responsibilities).Where(u => u.KommunId == kommun.Id).ToListAsync(ct);
        var centres = await db.RegionalUnits.Where(r => r.RegionId == kommun.RegionId && r.UnitKind == RegionalUnitKind.Vardcentral).ToListAsync(ct);
        var centreIds = centres.Select(c => c.Id).ToList();
        var doctors = await db.People.Where(p => centreIds.Contains(p.OrganisationId)).ToListAsync(ct);
        var unitsByName = ByName(units, u => u.Name);
        var centresByName = ByName(centres, c => c.Name);
        var doctorsByCentreAndName = doctors.GroupBy(d => d.OrganisationId).ToDictionary(g => g.Key, g => ByName(g, d => d.Name));
        var seen = new Dictionary<string, int>(NameComparer);
        var result = new List<ImportRow>();
        string Cell(string[] cells, string column) => columns.TryGetValue(column, out var i) && i < cells.Length ? cells[i].Trim() : "";

        foreach (var (line, cells) in sheet.Rows)
        {
            var errors = BrokenRow(cells, sheet.Header.Count);
            var name = Cell(cells, "Enhet");
            var typeText = Cell(cells, "Typ");
            var centreText = Cell(cells, "Ansvarig vårdcentral");
            var doctorText = Cell(cells, "Fast läkarkontakt");
            var formText = Cell(cells, "Mötesform");
            var phone = Cell(cells, "Direktnummer");
            var placesText = Cell(cells, "Platser");

            NoteName(seen, name, line, errors, "enhetens namn saknas", "enheten");

            var type = CareUnitTypeNames.Parse(typeText);
            if (type is null)
            {
                errors.Add($"okänd enhetstyp ”{typeText}”; giltiga typer är {string.Join(", ", Enum.GetValues<CareUnitType>().Select(t => t.Swedish()))}");
            }

            RegionalUnit? centre = null;
            if (centreText.Length > 0)
            {
                centre = centresByName.GetValueOrDefault(centreText);
                if (centre is null)
                {
                    errors.Add($"okänd vårdcentral ”{centreText}”");
                }
            }
            else if (type?.HasUnitDoctor() == true)
            {
                errors.Add("ansvarig vårdcentral saknas");
            }

            // One or two fasta läkarkontakter in call order, "Sofia Eriksson; Oskar Wallin" (seed 002: "en till två läkare").
            var doctorIds = new List<Guid>();
            var doctorNames = RegularDoctorNames.Split(doctorText);
            if (doctorNames.Count > UnitResponsibility.MaxRegularDoctors)
            {
                errors.Add($"{doctorNames.Count} fasta läkarkontakter angivna (”{doctorText}”); en enhet kan ha högst två, i den ordning de ska kontaktas");
            }
            else if (centre is not null)
            {
                foreach (var doctorName in doctorNames)
                {
                    var found = doctorsByCentreAndName.GetValueOrDefault(centre.Id)?.GetValueOrDefault(doctorName);
                    if (found is null)
                    {
                        errors.Add($"läkaren ”{doctorName}” finns inte på {centre.Name}");
                    }
                    else if (doctorIds.Contains(found.Id))
                    {
                        errors.Add($"läkaren ”{doctorName}” står två gånger");
                    }
                    else
                    {
                        doctorIds.Add(found.Id);
                    }
                }
            }

            var form = ParseMeetingForm(formText);
            if (form is null)
            {
                errors.Add($"okänd mötesform ”{formText}”; skriv På plats, Telefon, Teams eller På vårdcentralen");
            }

            if (phone.Length > 0 && !PhoneNumbers.IsValid(phone))
            {
                errors.Add($"”{phone}” är inte ett giltigt telefonnummer");
            }

            var places = 0;
            if (placesText.Length > 0 && !int.TryParse(placesText, out places))
            {
                errors.Add($"antal platser ”{placesText}” är inte ett heltal");
            }

            if (errors.Count > 0 || type is null)
            {
                result.Add(new(line, name, ImportAction.Error, "", errors));
                continue;
            }

            try
            {
                result.Add(ApplyUnit(line, kommun, unitsByName, name, type.Value, places, placesText.Length > 0, centre, doctorIds, phone, form!.Value, validFrom, track));
            }
            catch (DomainException e)
            {
                result.Add(new(line, name, ImportAction.Error, "", [e.Message]));
            }
        }

        return result;
    }

    private ImportRow ApplyUnit(
        int line, Kommun kommun, Dictionary<string, CareUnit> units, string name, CareUnitType type, int places, bool hasPlaces,
        RegionalUnit? centre, IReadOnlyList<Guid> doctorIds, string phone, MeetingForm form, LocalDate validFrom, bool track)
    {
        var unit = units.GetValueOrDefault(name);
        if (unit is null)
        {
            unit = new CareUnit(kommun, name, type, places);
            if (centre is not null && type.HasUnitDoctor())
            {
                unit.AssignResponsibilityWithDoctors(centre, doctorIds, phone.Length > 0 ? phone : null, form, validFrom);
            }

            if (track)
            {
                db.CareUnits.Add(unit);
            }

            units.TryAdd(name, unit);
            return new(line, name, ImportAction.Create, $"Ny enhet ({type.Swedish()})" + (centre is null ? "" : $", läkaransvar {centre.Name} från {validFrom:yyyy-MM-dd}"), []);
        }

        if (unit.Type != type)
        {
            throw new DomainException($"enheten finns redan som {unit.Type.Swedish().ToLowerInvariant()}, inte {type.Swedish().ToLowerInvariant()}");
        }

        var changes = new List<string>();
        if (hasPlaces && unit.Places != places)
        {
            unit.Update(unit.Name, places);
            changes.Add($"platser {places}");
        }

        var current = unit.ResponsibilityOn(validFrom) ?? unit.Responsibilities.LastOrDefault();
        var normalizedPhone = PhoneNumbers.NormalizeOptional(phone.Length > 0 ? phone : null);
        if (centre is not null && (current is null || current.CareCentreId != centre.Id || !current.RegularDoctorIds.SequenceEqual(doctorIds)
                || current.MeetingForm != form || (current.DirectPhone ?? "") != (normalizedPhone ?? "")))
        {
            unit.AssignResponsibilityWithDoctors(centre, doctorIds, normalizedPhone, form, validFrom);
            changes.Add($"nytt läkaransvar {centre.Name} från {validFrom:yyyy-MM-dd}");
        }

        if (changes.Count > 0)
        {
            unit.Touch();
        }

        return changes.Count == 0
            ? new(line, name, ImportAction.Unchanged, "Oförändrad", [])
            : new(line, name, ImportAction.Change, "Ändras: " + string.Join(", ", changes), []);
    }

    private async Task<List<ImportRow>> Bilaga2Async(Kommun kommun, SpreadsheetReader.Sheet sheet, Dictionary<string, int> columns, bool track, CancellationToken ct)
    {
        var preschools = await db.Preschools.Where(p => p.KommunId == kommun.Id).ToListAsync(ct);
        var bvcs = await db.RegionalUnits.Where(r => r.KommunId == kommun.Id && r.UnitKind == RegionalUnitKind.Bvc).ToListAsync(ct);
        var preschoolsByName = ByName(preschools, p => p.Name);
        var bvcsByName = ByName(bvcs, b => b.Name);
        var seen = new Dictionary<string, int>(NameComparer);
        var result = new List<ImportRow>();
        foreach (var (line, cells) in sheet.Rows)
        {
            var name = columns["Förskola"] < cells.Length ? cells[columns["Förskola"]] : "";
            var bvcText = columns["Ansvarig BVC"] < cells.Length ? cells[columns["Ansvarig BVC"]] : "";
            var errors = BrokenRow(cells, sheet.Header.Count);
            NoteName(seen, name, line, errors, "förskolans namn saknas", "förskolan");

            var bvc = bvcsByName.GetValueOrDefault(bvcText);
            if (bvcText.Length > 0 && bvc is null)
            {
                errors.Add($"okänd BVC ”{bvcText}”");
            }

            if (errors.Count > 0)
            {
                result.Add(new(line, name, ImportAction.Error, "", errors));
                continue;
            }

            var preschool = preschoolsByName.GetValueOrDefault(name);
            if (preschool is null)
            {
                preschool = new Preschool(kommun.Id, name, bvc?.Id);
                if (track)
                {
                    db.Preschools.Add(preschool);
                }

                preschoolsByName.TryAdd(name, preschool);
                result.Add(new(line, name, ImportAction.Create, "Ny förskola" + (bvc is null ? ", ingen BVC" : $", {bvc.Name}"), []));
            }
            else if (preschool.ChildHealthCentreId != bvc?.Id)
            {
                preschool.AssignChildHealthCentre(bvc);
                result.Add(new(line, name, ImportAction.Change, $"Ansvarig BVC blir {bvc?.Name ?? "ingen"}", []));
            }
            else
            {
                result.Add(new(line, name, ImportAction.Unchanged, "Oförändrad", []));
            }
        }

        return result;
    }

    /// <summary>A row with text beyond the last heading has a separator or quote out of place; reading it would shift its values.</summary>
    /// <summary>Notes the row's <paramref name="name"/> as seen on <paramref name="line"/>, or why it cannot be: missing, or on an earlier row.</summary>
    private static void NoteName(Dictionary<string, int> seen, string name, int line, List<string> errors, string missing, string what)
    {
        if (name.Length == 0)
        {
            errors.Add(missing);
        }
        else if (seen.TryGetValue(name, out var first))
        {
            errors.Add($"{what} ”{name}” finns redan på rad {first} i filen");
        }
        else
        {
            seen[name] = line;
        }
    }

    private static List<string> BrokenRow(string[] cells, int width)
    {
        var used = Array.FindLastIndex(cells, c => c.Length > 0) + 1;
        return used > width
            ? [$"raden har {used} kolumner men rubrikraden har {width}; kontrollera avgränsare (; eller ,) och citattecken på raden"]
            : [];
    }

    private static MeetingForm? ParseMeetingForm(string text)
    {
        if (text.Length == 0)
        {
            return MeetingForm.PaPlats;
        }

        var t = text.Trim().ToLowerInvariant();
        foreach (var form in Enum.GetValues<MeetingForm>())
        {
            if (t == form.ToString().ToLowerInvariant() || t == form.Swedish().ToLowerInvariant())
            {
                return form;
            }
        }

        return t switch
        {
            "teams" or "video" or "videomöte" or "digitalt" => MeetingForm.Teams,
            "tel" or "telefonmöte" => MeetingForm.Telefon,
            "på boendet" or "fysiskt" => MeetingForm.PaPlats,
            "vårdcentralen" => MeetingForm.PaVardcentralen,
            _ => null,
        };
    }
}
