using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Narplan.Data;
using Narplan.Data.Audit;
using Narplan.Domain.Access;
using Narplan.Domain.Audit;
using Narplan.Domain.Calendars;
using Narplan.Domain.Patients;
using Narplan.Web.Features.Account;
using NodaTime;

namespace Narplan.Web.Features.Patients;

/// <summary>
/// The one door to patient data (DOMAIN.md §12). A patient is seen by the staff of the patient's
/// kommun, of the responsible vårdcentral (the listed one, or the one carrying the unit's
/// läkaransvar today), and by administrators. Every read through this door writes an audit entry
/// with the patient's id, so a loggutdrag lists it; a refused read is logged too. Callers get
/// <c>null</c> both for "no such patient" and "not yours", so a page cannot tell them apart.
/// </summary>
public sealed class PatientAccess(NarplanDbContext db, IAuditActorAccessor actors, IClock clock)
{
    /// <summary>Whether <paramref name="user"/> may see the patient; <paramref name="unitCareCentreId"/> is the unit's vårdcentral today.</summary>
    public static bool CanSee(ClaimsPrincipal user, Patient patient, Guid? unitCareCentreId)
    {
        if (user.IsAdmin())
        {
            return true;
        }

        if (user.IsKommunUser())
        {
            return user.KommunId() == patient.KommunId;
        }

        var organisation = user.OrganisationId();
        return user.Role() is UserRole.Doctor or UserRole.CareCentreManager
               && organisation is not null
               && (organisation == patient.ListedCareCentreId || organisation == unitCareCentreId);
    }

    /// <summary>Loads a patient for <paramref name="purpose"/> (e.g. "patientsida"), logs the read, or returns null.</summary>
    public async Task<Patient?> OpenAsync(ClaimsPrincipal user, Guid patientId, string purpose, CancellationToken cancellationToken = default)
    {
        var patient = await db.Patients
            .Include(p => p.Events).Include(p => p.ListingOffers).Include(p => p.CareContacts)
            .SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken);
        if (patient is null)
        {
            return null;
        }

        var allowed = CanSee(user, patient, await UnitCareCentreAsync(patient.CareUnitId, cancellationToken));
        await LogAsync([patient.Id], allowed ? AuditAction.Read : AuditAction.ReadDenied, purpose, cancellationToken);
        return allowed ? patient : null;
    }

    /// <summary>The living and dead patients of a unit the user may see, each read logged once.</summary>
    public async Task<IReadOnlyList<Patient>> ListForUnitAsync(ClaimsPrincipal user, Guid unitId, string purpose, CancellationToken cancellationToken = default)
    {
        var patients = await db.Patients.Where(p => p.CareUnitId == unitId).ToListAsync(cancellationToken);
        var centre = await UnitCareCentreAsync(unitId, cancellationToken);
        var visible = patients.Where(p => CanSee(user, p, centre)).OrderBy(p => p.Name, StringComparer.Create(new("sv-SE"), false)).ToList();
        await LogAsync(visible.Select(p => p.Id), AuditAction.Read, purpose, cancellationToken);
        return visible;
    }

    /// <summary>Writes one read (or export) entry per patient; details name the purpose, never patient values.</summary>
    public async Task LogAsync(IEnumerable<Guid> patientIds, AuditAction action, string purpose, CancellationToken cancellationToken = default)
    {
        var actor = actors.Current;
        var now = clock.GetCurrentInstant();
        var any = false;
        foreach (var id in patientIds)
        {
            db.Add(new AuditEntry(now, actor.UserId, actor.UserName, actor.OrganisationId, actor.Role, action, nameof(Patient), id.ToString(), id, purpose));
            any = true;
        }

        if (any)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<Guid?> UnitCareCentreAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var today = Stockholm.Today(clock);
        var unit = await db.CareUnits.Include(u => u.Responsibilities).SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        return unit?.ResponsibilityOn(today)?.CareCentreId;
    }
}
