using Narplan.Web.Features.Palliative;
using Narplan.Web.Features.Patients;

namespace Narplan.Web.Features.Acute;

/// <summary>One patient on the start page's acute picker: the shown name (masked for a protected identity) and the unit.</summary>
public sealed record PickedPatient(Guid Id, string Name, string Unit);

/// <summary>
/// The start page's "Akut: välj patient" (issue 18): the nurse's own recent patients, taken from the audit log of her own
/// reads, and a search by name or unit within the patients she may see. The search words are posted, never put in the
/// address; a protected identity is found by its unit only, never by its name. Every listed patient is a logged read.
/// </summary>
public sealed class AcutePatientPicker(NarplanDbContext db, PatientAccess access, IAuditActorAccessor actors, IClock clock)
{
    public const int MaxResults = 8;

    /// <summary>Reads of one patient on purpose (not lists): these make a patient "recent".</summary>
    private static readonly string[] OnePatientPurposes = ["patientsida", AcuteService.Purpose, PalliativeService.Purpose, "årlig vårdplanering"];

    /// <summary>How far back the audit log is read for recent patients.</summary>
    private static readonly Duration RecentWindow = Duration.FromDays(14);

    private static readonly StringComparer Swedish = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), true);

    /// <summary>Whether the start page offers the picker: kommun staff, who make acute contacts.</summary>
    public static bool Offers(ClaimsPrincipal user) => user.IsKommunUser();

    /// <summary>The user's own most recently opened patients, newest first, that she may still see.</summary>
    public async Task<IReadOnlyList<PickedPatient>> RecentAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = actors.Current.UserId;
        if (userId is null)
        {
            return [];
        }

        var since = clock.GetCurrentInstant() - RecentWindow;
        var reads = await db.AuditEntries.AsNoTracking()
            .Where(e => e.At >= since && e.UserId == userId && e.Action == AuditAction.Read && e.PatientId != null && OnePatientPurposes.Contains(e.Details))
            .OrderByDescending(e => e.At).Select(e => e.PatientId!.Value).Take(200).ToListAsync(ct);
        var ids = reads.Distinct().Take(MaxResults).ToList();
        var patients = await db.Patients.AsNoTracking().Where(p => ids.Contains(p.Id) && p.DiedOn == null).ToListAsync(ct);
        var visible = await VisibleAsync(user, patients, ct);
        var ordered = ids.Select(id => visible.FirstOrDefault(p => p.Id == id)).OfType<PickedPatient>().ToList();
        await access.LogAsync(ordered.Select(p => p.Id), AuditAction.Read, "startsida: senaste patienter", ct);
        return ordered;
    }

    /// <summary>Living patients whose name (not for a protected identity) or unit contains <paramref name="words"/>.</summary>
    public async Task<IReadOnlyList<PickedPatient>> SearchAsync(ClaimsPrincipal user, string words, CancellationToken ct = default)
    {
        var query = words.Trim();
        if (query.Length < 2)
        {
            return [];
        }

        var kommunId = user.KommunId();
        var candidates = await db.Patients.AsNoTracking()
            .Where(p => p.DiedOn == null && (kommunId == null || p.KommunId == kommunId))
            .Join(db.CareUnits, p => p.CareUnitId, u => u.Id, (p, u) => new { Patient = p, Unit = u.Name })
            .ToListAsync(ct);
        var matches = candidates
            .Where(c => Contains(c.Unit, query) || (!c.Patient.IsProtected && Contains(c.Patient.Name, query)))
            .Select(c => c.Patient).ToList();
        var visible = (await VisibleAsync(user, matches, ct)).OrderBy(p => p.Name, Swedish).Take(MaxResults).ToList();
        await access.LogAsync(visible.Select(p => p.Id), AuditAction.Read, "startsida: sök patient för akut kontakt", ct);
        return visible;
    }

    private static bool Contains(string text, string query) =>
        CultureInfo.GetCultureInfo("sv-SE").CompareInfo.IndexOf(text, query, CompareOptions.IgnoreCase) >= 0;

    private async Task<List<PickedPatient>> VisibleAsync(ClaimsPrincipal user, IReadOnlyList<Patient> patients, CancellationToken ct)
    {
        var today = Stockholm.Today(clock);
        var unitIds = patients.Select(p => p.CareUnitId).Distinct().ToList();
        var units = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).Where(u => unitIds.Contains(u.Id)).ToListAsync(ct);
        return patients
            .Select(p => (Patient: p, Unit: units.FirstOrDefault(u => u.Id == p.CareUnitId)))
            .Where(x => x.Unit is not null && PatientAccess.CanSee(user, x.Patient, x.Unit.ResponsibilityOn(today)?.CareCentreId))
            .Select(x => new PickedPatient(x.Patient.Id, PatientText.Name(x.Patient), x.Unit!.Name))
            .ToList();
    }
}
