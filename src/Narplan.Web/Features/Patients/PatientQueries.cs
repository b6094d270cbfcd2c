using Narplan.Web.Features.Organisations;

namespace Narplan.Web.Features.Patients;

/// <summary>A named person in the patient's care: a fast läkarkontakt or fast vårdkontakt.</summary>
public sealed record PatientContactView(Guid PersonId, string Name, string Title, string? Phone, string? Organisation);

/// <summary>An event with the names of the units it mentions.</summary>
public sealed record PatientEventView(PatientEvent Event, string? FromUnit, string? ToUnit, bool KeepsRegularDoctor);

/// <summary>A listing offer with the name of the offered vårdcentral.</summary>
public sealed record ListingOfferView(ListingOffer Offer, string CareCentre);

/// <summary>
/// Everything the patient page, the letter and the routing box show about one patient, with names resolved.
/// Built only from a <see cref="Patient"/> that <see cref="PatientAccess"/> has opened (and logged).
/// </summary>
public sealed record PatientDetail(
    Patient Patient,
    UnitDetail Unit,
    string? ListedCareCentre,
    PatientContactView? RegularDoctor,
    IReadOnlyList<PatientContactView> CareContacts,
    IReadOnlyList<PatientEventView> Events,
    IReadOnlyList<ListingOfferView> ListingOffers)
{
    /// <summary>The vårdcentral with läkaransvar for the patient's unit today.</summary>
    public ResponsibilityView? UnitResponsibility => Unit.Current;

    /// <summary>The units the patient's events name (for <see cref="PatientOnCallRoute.For"/>); null for any other id.</summary>
    public Func<Guid, CareUnit?> UnitOf { get; init; } = _ => null;
}

/// <summary>One line of a loggutdrag: who (user, role, organisation) did what with the patient's data, when.</summary>
public sealed record PatientLogLine(Instant At, string UserName, string Role, string Organisation, string Action, string Details);

/// <summary>Read side of the patient pages: names for ids, choices for forms, and the loggutdrag.</summary>
public sealed class PatientQueries(NarplanDbContext db, OrganisationQueries organisations, IClock clock)
{
    public LocalDate Today => Stockholm.Today(clock);

    public Instant Now => clock.GetCurrentInstant();

    public async Task<PatientDetail?> DescribeAsync(Patient patient, CancellationToken ct = default)
    {
        var unit = await organisations.UnitAsync(patient.CareUnitId, ct);
        if (unit is null)
        {
            return null;
        }

        var personIds = patient.CareContacts.Select(c => c.PersonId).Append(patient.RegularDoctorId ?? Guid.Empty).ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToListAsync(ct);
        var unitIds = patient.Events.SelectMany(e => new[] { e.FromUnitId, e.ToUnitId }).OfType<Guid>().Distinct().ToList();
        var units = await db.CareUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        CareUnit? UnitOf(Guid id) => units.GetValueOrDefault(id);
        var organisationIds = people.Select(p => p.OrganisationId)
            .Concat(patient.ListingOffers.Select(o => o.CareCentreId))
            .Append(patient.ListedCareCentreId ?? Guid.Empty).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o is Kommun ? PatientText.KommunName(o.Name) : o.Name, ct);

        PatientContactView View(Person p) => new(p.Id, p.Name, p.Title, p.Phone, names.GetValueOrDefault(p.OrganisationId));
        var doctor = patient.RegularDoctorId is { } d ? people.FirstOrDefault(p => p.Id == d) : null;
        var contacts = patient.CareContacts.Select(c => people.FirstOrDefault(p => p.Id == c.PersonId)).OfType<Person>().Select(View).ToList();
        var events = patient.Events
            .Select(e => new PatientEventView(
                e,
                e.FromUnitId is { } f && units.TryGetValue(f, out var from) ? from.Name : null,
                e.ToUnitId is { } t && units.TryGetValue(t, out var to) ? to.Name : null,
                // The one rule for who has treatment responsibility, asked on the stay's first day (decision 0045).
                e.Kind == PatientEventKind.ShortTermStay
                    && PatientOnCallRoute.For(patient, e.On, UnitOf).Reason == PatientRouteReason.RespiteKeepsRegularDoctor))
            .ToList();
        var offers = patient.ListingOffers.Select(o => new ListingOfferView(o, names.GetValueOrDefault(o.CareCentreId) ?? "Okänd vårdcentral")).ToList();
        return new PatientDetail(
            patient, unit, patient.ListedCareCentreId is { } l ? names.GetValueOrDefault(l) : null,
            doctor is null ? null : View(doctor), contacts, events, offers) { UnitOf = UnitOf };
    }

    /// <summary>
    /// The korttidsboenden the patients' stays name, as a lookup for <see cref="PatientOnCallRoute.For"/> and
    /// <see cref="PatientText.Status"/>; null for any other id.
    /// </summary>
    public async Task<Func<Guid, CareUnit?>> StayUnitsAsync(IEnumerable<Patient> patients, CancellationToken ct = default)
    {
        var ids = patients.SelectMany(p => p.Events).Where(e => e.Kind == PatientEventKind.ShortTermStay)
            .Select(e => e.ToUnitId).OfType<Guid>().Distinct().ToList();
        var units = await db.CareUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        return id => units.GetValueOrDefault(id);
    }

    /// <summary>Units of a kommun for the forms (all types; the domain refuses what does not fit).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name, CareUnitType Type)>> UnitChoicesAsync(Guid kommunId, CancellationToken ct = default)
    {
        var rows = await db.CareUnits.AsNoTracking().Where(u => u.KommunId == kommunId)
            .Select(u => new { u.Id, u.Name, u.Type }).ToListAsync(ct);
        return rows.OrderBy(r => r.Name, StringComparer.Create(new("sv-SE"), false)).Select(r => (r.Id, r.Name, r.Type)).ToList();
    }

    /// <summary>Licensed kommun staff who can be a fast vårdkontakt.</summary>
    public async Task<IReadOnlyList<Choice>> CareContactChoicesAsync(Guid kommunId, CancellationToken ct = default) =>
        await db.People.AsNoTracking()
            .Where(p => p.OrganisationId == kommunId && (p.Role == PersonRole.Sjukskoterska || p.Role == PersonRole.Distriktsskoterska
                || p.Role == PersonRole.Arbetsterapeut || p.Role == PersonRole.Fysioterapeut))
            .OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(ct);

    public Task<IReadOnlyList<Choice>> DoctorChoicesAsync(Guid kommunId, CancellationToken ct = default) =>
        organisations.DoctorChoicesAsync(kommunId, ct);

    public Task<UnitDetail?> UnitAsync(Guid unitId, CancellationToken ct = default) => organisations.UnitAsync(unitId, ct);

    /// <summary>
    /// The loggutdrag (HSLF-FS 2016:40): every audit entry that concerns the patient, oldest first, with the acting
    /// user's name, role and organisation. Details never hold patient values (decision 0004), so the extract can be
    /// handed to the patient as it stands.
    /// </summary>
    public async Task<IReadOnlyList<PatientLogLine>> LogExtractAsync(Guid patientId, CancellationToken ct = default)
    {
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.PatientId == patientId).ToListAsync(ct);
        var organisationIds = entries.Select(e => e.OrganisationId).OfType<Guid>().Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o is Kommun ? PatientText.KommunName(o.Name) : o.Name, ct);
        return entries
            .OrderBy(e => e.At).ThenBy(e => e.Sequence)
            .Select(e => new PatientLogLine(
                e.At, e.UserName, RoleText(e.Role),
                e.OrganisationId is { } o ? names.GetValueOrDefault(o) ?? "Okänd organisation" : "–",
                ActionText(e.Action, e.EntityType), e.Details))
            .ToList();
    }

    public static string RoleText(string role) => Enum.TryParse<UserRole>(role, out var r) ? r.Swedish() : role;

    /// <summary>What happened, in words a patient reads in their loggutdrag.</summary>
    public static string ActionText(AuditAction action, string entityType)
    {
        var what = entityType switch
        {
            nameof(Patient) => "uppgifter",
            nameof(PatientEvent) => "händelse",
            nameof(ListingOffer) => "erbjudande om listning",
            nameof(PatientCareContact) => "fast vårdkontakt",
            _ => "uppgifter",
        };
        return action switch
        {
            AuditAction.Read => "Läste uppgifter om patienten",
            AuditAction.ReadDenied => "Nekades åtkomst",
            AuditAction.Export => "Tog ut uppgifter (utskrift eller fil)",
            AuditAction.Create => $"Registrerade {what}",
            AuditAction.Update => $"Ändrade {what}",
            AuditAction.Delete => $"Tog bort {what}",
            _ => action.ToString(),
        };
    }
}
