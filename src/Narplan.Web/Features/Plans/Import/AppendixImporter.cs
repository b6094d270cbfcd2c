using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Narplan.Data;
using Narplan.Domain;
using Narplan.Domain.Access;
using Narplan.Domain.Organisations;
using Narplan.Domain.Places;
using Narplan.Domain.Responsibility;
using Narplan.Web.Features.Account;
using NodaTime;

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

/// <summary>The preview, or the result once applied. <see cref="FileError"/> is set when the file as a whole is unusable.</summary>
public sealed record ImportPreview(AppendixKind Kind, string? FileError, IReadOnlyList<ImportRow> Rows, bool Applied = false)
{
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
public sealed class AppendixImporter(NarplanDbContext db)
{
    private static readonly Dictionary<string, string[]> Bilaga1Columns = new()
    {
        ["Enhet"] = ["enhet", "boende", "enhetens namn", "namn"],
        ["Typ"] = ["typ", "enhetstyp", "boendeform"],
        ["Ansvarig vårdcentral"] = ["ansvarig vårdcentral", "vårdcentral"],
        ["Fast läkarkontakt"] = ["fast läkarkontakt", "läkare", "ansvarig läkare"],
        ["Mötesform"] = ["mötesform"],
        ["Direktnummer"] = ["direktnummer", "direktnr", "telefon", "telefonnummer"],
        ["Platser"] = ["platser", "antal platser", "antal"],
    };

    private static readonly string[] Bilaga1Required = ["Enhet", "Typ", "Ansvarig vårdcentral"];

    private static readonly Dictionary<string, string[]> Bilaga2Columns = new()
    {
        ["Förskola"] = ["förskola", "förskolans namn", "namn"],
        ["Ansvarig BVC"] = ["ansvarig bvc", "bvc", "barnavårdscentral"],
    };

    public static bool CanImport(ClaimsPrincipal user, Guid kommunId) =>
        user.IsAdmin() || (user.Role() is UserRole.Mas or UserRole.UnitManager && user.KommunId() == kommunId);

    public Task<ImportPreview> PreviewAsync(Guid kommunId, AppendixKind kind, string fileName, byte[] content, LocalDate validFrom, CancellationToken ct = default) =>
        RunAsync(kommunId, kind, fileName, content, validFrom, apply: false, ct);

    /// <summary>Validates again against today's registers and saves everything, or nothing.</summary>
    public Task<ImportPreview> ApplyAsync(Guid kommunId, AppendixKind kind, string fileName, byte[] content, LocalDate validFrom, CancellationToken ct = default) =>
        RunAsync(kommunId, kind, fileName, content, validFrom, apply: true, ct);

    private async Task<ImportPreview> RunAsync(Guid kommunId, AppendixKind kind, string fileName, byte[] content, LocalDate validFrom, bool apply, CancellationToken ct)
    {
        SpreadsheetReader.Sheet sheet;
        Dictionary<string, int> columns;
        try
        {
            sheet = SpreadsheetReader.Read(fileName, content);
            columns = MapColumns(sheet.Header, kind == AppendixKind.Bilaga1 ? Bilaga1Columns : Bilaga2Columns,
                kind == AppendixKind.Bilaga1 ? Bilaga1Required : ["Förskola", "Ansvarig BVC"]);
        }
        catch (ImportFileException e)
        {
            return new ImportPreview(kind, e.Message, []);
        }

        var kommun = await db.Kommuner.SingleAsync(k => k.Id == kommunId, ct);
        var rows = kind == AppendixKind.Bilaga1
            ? await Bilaga1Async(kommun, sheet, columns, validFrom, ct)
            : await Bilaga2Async(kommun, sheet, columns, ct);
        var preview = new ImportPreview(kind, null, rows);
        if (!apply || !preview.CanApply)
        {
            db.ChangeTracker.Clear();
            return preview;
        }

        await db.SaveChangesAsync(ct); // one SaveChanges: one transaction, with the audit entries
        return preview with { Applied = true };
    }

    private static Dictionary<string, int> MapColumns(IReadOnlyList<string> header, Dictionary<string, string[]> known, string[] required)
    {
        var map = new Dictionary<string, int>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimEnd('*', ':').Trim().ToLowerInvariant();
            foreach (var (column, aliases) in known)
            {
                if (aliases.Contains(name) && !map.ContainsKey(column))
                {
                    map[column] = i;
                }
            }
        }

        var missing = required.Where(r => !map.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            throw new ImportFileException(
                $"Kolumn{(missing.Count > 1 ? "erna" : "en")} {string.Join(", ", missing.Select(m => $"”{m}”"))} saknas i första raden. " +
                $"Förväntade kolumner: {string.Join(", ", known.Keys)}. Hittade: {string.Join(", ", header.Where(h => h.Length > 0))}.");
        }

        return map;
    }

    private async Task<List<ImportRow>> Bilaga1Async(Kommun kommun, SpreadsheetReader.Sheet sheet, Dictionary<string, int> columns, LocalDate validFrom, CancellationToken ct)
    {
        var units = await db.CareUnits.Include(u => u.Responsibilities).Where(u => u.KommunId == kommun.Id).ToListAsync(ct);
        var centres = await db.RegionalUnits.Where(r => r.RegionId == kommun.RegionId && r.UnitKind == RegionalUnitKind.Vardcentral).ToListAsync(ct);
        var centreIds = centres.Select(c => c.Id).ToList();
        var doctors = await db.People.Where(p => centreIds.Contains(p.OrganisationId)).ToListAsync(ct);
        var seen = new Dictionary<string, int>(StringComparer.CurrentCultureIgnoreCase);
        var result = new List<ImportRow>();
        string Cell(string[] cells, string column) => columns.TryGetValue(column, out var i) && i < cells.Length ? cells[i].Trim() : "";

        foreach (var (line, cells) in sheet.Rows)
        {
            var errors = new List<string>();
            var name = Cell(cells, "Enhet");
            var typeText = Cell(cells, "Typ");
            var centreText = Cell(cells, "Ansvarig vårdcentral");
            var doctorText = Cell(cells, "Fast läkarkontakt");
            var formText = Cell(cells, "Mötesform");
            var phone = Cell(cells, "Direktnummer");
            var placesText = Cell(cells, "Platser");

            if (name.Length == 0)
            {
                errors.Add("enhetens namn saknas");
            }
            else if (seen.TryGetValue(name, out var first))
            {
                errors.Add($"enheten ”{name}” finns redan på rad {first} i filen");
            }
            else
            {
                seen[name] = line;
            }

            var type = CareUnitTypeNames.Parse(typeText);
            if (type is null)
            {
                errors.Add($"okänd enhetstyp ”{typeText}”; giltiga typer är {string.Join(", ", Enum.GetValues<CareUnitType>().Select(t => t.Swedish()))}");
            }

            RegionalUnit? centre = null;
            if (centreText.Length > 0)
            {
                centre = centres.FirstOrDefault(c => string.Equals(c.Name, centreText, StringComparison.CurrentCultureIgnoreCase));
                if (centre is null)
                {
                    errors.Add($"okänd vårdcentral ”{centreText}”");
                }
            }
            else if (type?.HasUnitDoctor() == true)
            {
                errors.Add("ansvarig vårdcentral saknas");
            }

            Guid? doctorId = null;
            if (doctorText.Length > 0 && centre is not null)
            {
                doctorId = doctors.FirstOrDefault(d => d.OrganisationId == centre.Id && string.Equals(d.Name, doctorText, StringComparison.CurrentCultureIgnoreCase))?.Id;
                if (doctorId is null)
                {
                    errors.Add($"läkaren ”{doctorText}” finns inte på {centre.Name}");
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
                result.Add(ApplyUnit(line, kommun, units, name, type.Value, places, placesText.Length > 0, centre, doctorId, phone, form!.Value, validFrom));
            }
            catch (DomainException e)
            {
                result.Add(new(line, name, ImportAction.Error, "", [e.Message]));
            }
        }

        return result;
    }

    private ImportRow ApplyUnit(
        int line, Kommun kommun, List<CareUnit> units, string name, CareUnitType type, int places, bool hasPlaces,
        RegionalUnit? centre, Guid? doctorId, string phone, MeetingForm form, LocalDate validFrom)
    {
        var unit = units.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.CurrentCultureIgnoreCase));
        if (unit is null)
        {
            unit = new CareUnit(kommun, name, type, places);
            if (centre is not null && type.HasUnitDoctor())
            {
                unit.AssignResponsibility(centre, doctorId, phone.Length > 0 ? phone : null, form, validFrom);
            }

            db.CareUnits.Add(unit);
            units.Add(unit);
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
        if (centre is not null && (current is null || current.CareCentreId != centre.Id || current.RegularDoctorId != doctorId
                || current.MeetingForm != form || (current.DirectPhone ?? "") != (normalizedPhone ?? "")))
        {
            unit.AssignResponsibility(centre, doctorId, normalizedPhone, form, validFrom);
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

    private async Task<List<ImportRow>> Bilaga2Async(Kommun kommun, SpreadsheetReader.Sheet sheet, Dictionary<string, int> columns, CancellationToken ct)
    {
        var preschools = await db.Preschools.Where(p => p.KommunId == kommun.Id).ToListAsync(ct);
        var bvcs = await db.RegionalUnits.Where(r => r.KommunId == kommun.Id && r.UnitKind == RegionalUnitKind.Bvc).ToListAsync(ct);
        var seen = new Dictionary<string, int>(StringComparer.CurrentCultureIgnoreCase);
        var result = new List<ImportRow>();
        foreach (var (line, cells) in sheet.Rows)
        {
            var name = columns["Förskola"] < cells.Length ? cells[columns["Förskola"]] : "";
            var bvcText = columns["Ansvarig BVC"] < cells.Length ? cells[columns["Ansvarig BVC"]] : "";
            var errors = new List<string>();
            if (name.Length == 0)
            {
                errors.Add("förskolans namn saknas");
            }
            else if (seen.TryGetValue(name, out var first))
            {
                errors.Add($"förskolan ”{name}” finns redan på rad {first} i filen");
            }
            else
            {
                seen[name] = line;
            }

            var bvc = bvcs.FirstOrDefault(b => string.Equals(b.Name, bvcText, StringComparison.CurrentCultureIgnoreCase));
            if (bvcText.Length > 0 && bvc is null)
            {
                errors.Add($"okänd BVC ”{bvcText}”");
            }

            if (errors.Count > 0)
            {
                result.Add(new(line, name, ImportAction.Error, "", errors));
                continue;
            }

            var preschool = preschools.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.CurrentCultureIgnoreCase));
            if (preschool is null)
            {
                preschool = new Preschool(kommun.Id, name, bvc?.Id);
                db.Preschools.Add(preschool);
                preschools.Add(preschool);
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
