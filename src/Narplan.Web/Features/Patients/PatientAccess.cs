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
    /// <summary>
    /// Whether <paramref name="user"/> may see the patient; <paramref name="unitCareCentreId"/> is the unit's vårdcentral
    /// today, <paramref name="stayCareCentreId"/> the vårdcentral of the korttidsboende when the patient is on a korttids
    /// stay today (it has treatment responsibility during the stay, DOMAIN.md §3; decision 0022).
    /// </summary>
    public static bool CanSee(ClaimsPrincipal user, Patient patient, Guid? unitCareCentreId, Guid? stayCareCentreId = null) =>
        AccessPolicy.MaySeePatient(
            user.ToActor(), new PatientCareRelation(patient.KommunId, patient.ListedCareCentreId, unitCareCentreId, stayCareCentreId));

    /// <summary>Loads a patient for <paramref name="purpose"/> (e.g. "patientsida"), logs the read, or returns null.</summary>
    public async Task<Patient?> OpenAsync(ClaimsPrincipal user, Guid patientId, string purpose, CancellationToken cancellationToken = default)
    {
        var patient = await LoadAsync(patientId, cancellationToken);
        if (patient is null)
        {
            return null;
        }

        var allowed = await CanSeeAsync(user, patient, cancellationToken);
        await LogAsync([patient.Id], allowed ? AuditAction.Read : AuditAction.ReadDenied, purpose, cancellationToken);
        return allowed ? patient : null;
    }

    /// <summary>
    /// Loads a patient, tracked, to change it. Only a refusal is logged here: the change itself is written to the
    /// audit log with the patient's id when it is saved (decision 0004), so a loggutdrag shows it once.
    /// </summary>
    public async Task<Patient?> OpenForChangeAsync(ClaimsPrincipal user, Guid patientId, string purpose, CancellationToken cancellationToken = default)
    {
        var patient = await LoadAsync(patientId, cancellationToken);
        if (patient is null)
        {
            return null;
        }

        if (await CanSeeAsync(user, patient, cancellationToken))
        {
            return patient;
        }

        await LogAsync([patient.Id], AuditAction.ReadDenied, purpose, cancellationToken);
        return null;
    }

    /// <summary>
    /// Loads several patients at once for <paramref name="purpose"/> and returns those the user may see; every read and
    /// every refusal is logged in one append (decision 0092). For lists that name patients by id (the API's due lists).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, Patient>> OpenManyAsync(
        ClaimsPrincipal user, IReadOnlyCollection<Guid> patientIds, string purpose, CancellationToken cancellationToken = default)
    {
        var ids = patientIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, Patient>();
        }

        var patients = await db.Patients.AsNoTracking().Include(p => p.Events).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var today = Stockholm.Today(clock);
        var centres = new Dictionary<Guid, Guid?>();
        async Task<Guid?> CentreAsync(Guid unitId)
        {
            if (!centres.TryGetValue(unitId, out var centre))
            {
                centre = centres[unitId] = await UnitCareCentreAsync(unitId, cancellationToken);
            }

            return centre;
        }

        var actor = actors.Current;
        var now = clock.GetCurrentInstant();
        var visible = new Dictionary<Guid, Patient>();
        var entries = new List<AuditEntry>();
        foreach (var id in ids.Where(patients.ContainsKey))
        {
            var patient = patients[id];
            var stayUnit = patient.ShortTermStayOn(today)?.ToUnitId;
            var allowed = CanSee(user, patient, await CentreAsync(patient.CareUnitId), stayUnit is { } stay ? await CentreAsync(stay) : null);
            if (allowed)
            {
                visible[id] = patient;
            }

            entries.Add(new AuditEntry(now, actor.UserId, actor.UserName, actor.OrganisationId, actor.Role,
                allowed ? AuditAction.Read : AuditAction.ReadDenied, nameof(Patient), id.ToString(), id, purpose));
        }

        await db.AppendAuditAsync(entries, cancellationToken);
        return visible;
    }

    /// <summary>Whether the user may enrol patients at units of <paramref name="kommunId"/>: the kommun's own staff, or an administrator.</summary>
    public static bool CanEnrol(ClaimsPrincipal user, Guid kommunId) => AccessPolicy.MayEnrolPatient(user.ToActor(), kommunId);

    /// <summary>The living and dead patients of a unit the user may see, each read logged once.</summary>
    public async Task<IReadOnlyList<Patient>> ListForUnitAsync(ClaimsPrincipal user, Guid unitId, string purpose, CancellationToken cancellationToken = default)
    {
        // Read only: untracked, so the audit append below has no tracked patients to compare (decision 0092).
        var patients = await db.Patients.AsNoTracking().Include(p => p.Events).Where(p => p.CareUnitId == unitId).ToListAsync(cancellationToken);
        var centre = await UnitCareCentreAsync(unitId, cancellationToken);
        var visible = patients.Where(p => CanSee(user, p, centre)).OrderBy(p => p.Name, StringComparer.Create(new("sv-SE"), false)).ToList();
        await LogAsync(visible.Select(p => p.Id), AuditAction.Read, purpose, cancellationToken);
        return visible;
    }

    /// <summary>
    /// Writes one read (or export) entry per patient, so each patient's loggutdrag shows the read; details name the
    /// purpose, never patient values. The entries are chained in memory and inserted in one statement (decision 0092).
    /// </summary>
    public async Task LogAsync(IEnumerable<Guid> patientIds, AuditAction action, string purpose, CancellationToken cancellationToken = default)
    {
        var actor = actors.Current;
        var now = clock.GetCurrentInstant();
        var entries = patientIds
            .Select(id => new AuditEntry(now, actor.UserId, actor.UserName, actor.OrganisationId, actor.Role, action, nameof(Patient), id.ToString(), id, purpose))
            .ToList();
        await db.AppendAuditAsync(entries, cancellationToken);
    }

    /// <summary>
    /// The patients on a korttids stay today at <paramref name="unitId"/> (whose own unit is elsewhere) that the user may
    /// see, each read logged once. Kept apart from <see cref="ListForUnitAsync"/>, which lists the unit's own patients.
    /// </summary>
    public async Task<IReadOnlyList<Patient>> ListShortTermGuestsAsync(ClaimsPrincipal user, Guid unitId, string purpose, CancellationToken cancellationToken = default)
    {
        var today = Stockholm.Today(clock);
        var candidates = await db.Patients.AsNoTracking().Include(p => p.Events)
            .Where(p => p.CareUnitId != unitId && p.Events.Any(e => e.Kind == PatientEventKind.ShortTermStay && e.ToUnitId == unitId))
            .ToListAsync(cancellationToken);
        var centre = await UnitCareCentreAsync(unitId, cancellationToken);
        var visible = new List<Patient>();
        var homeCentres = new Dictionary<Guid, Guid?>();
        foreach (var patient in candidates.Where(p => p.ShortTermStayOn(today)?.ToUnitId == unitId))
        {
            if (!homeCentres.TryGetValue(patient.CareUnitId, out var home))
            {
                home = homeCentres[patient.CareUnitId] = await UnitCareCentreAsync(patient.CareUnitId, cancellationToken);
            }

            if (CanSee(user, patient, home, centre))
            {
                visible.Add(patient);
            }
        }

        visible.Sort((a, b) => StringComparer.Create(new("sv-SE"), false).Compare(a.Name, b.Name));
        await LogAsync(visible.Select(p => p.Id), AuditAction.Read, purpose, cancellationToken);
        return visible;
    }

    private async Task<bool> CanSeeAsync(ClaimsPrincipal user, Patient patient, CancellationToken cancellationToken)
    {
        var stayUnit = patient.ShortTermStayOn(Stockholm.Today(clock))?.ToUnitId;
        return CanSee(
            user, patient, await UnitCareCentreAsync(patient.CareUnitId, cancellationToken),
            stayUnit is { } id ? await UnitCareCentreAsync(id, cancellationToken) : null);
    }

    /// <summary>
    /// The patient's unit (with its responsibilities) and the care relation the registers' access questions take: the
    /// patient's kommun, listed vårdcentral and the unit's vårdcentral today (a short-term stay is not counted).
    /// </summary>
    public async Task<(CareUnit Unit, PatientCareRelation Relation)> CareRelationAsync(Patient patient, CancellationToken cancellationToken = default)
    {
        var unit = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).SingleAsync(u => u.Id == patient.CareUnitId, cancellationToken);
        return (unit, new PatientCareRelation(patient.KommunId, patient.ListedCareCentreId, unit.ResponsibilityOn(Stockholm.Today(clock))?.CareCentreId));
    }

    private async Task<Guid?> UnitCareCentreAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var today = Stockholm.Today(clock);
        var unit = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        return unit?.ResponsibilityOn(today)?.CareCentreId;
    }

    /// <summary>The patient, tracked, with the events, listing offers and care contacts its page and commands use.</summary>
    private Task<Patient?> LoadAsync(Guid patientId, CancellationToken cancellationToken) =>
        db.Patients
            .Include(p => p.Events).Include(p => p.ListingOffers).Include(p => p.CareContacts)
            .SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken);
}
