namespace Narplan.Domain.OnCall;

/// <summary>Why a patient's calls go to the unit they go to (DOMAIN.md §3, decision 0022).</summary>
public enum PatientRouteReason
{
    /// <summary>The patient's own unit or hemvårdsområde answers.</summary>
    OwnUnit,

    /// <summary>On a korttids stay: the korttidsboende's vårdcentral has treatment responsibility for the stay.</summary>
    ShortTermCare,

    /// <summary>On a stay at a växelvård unit that keeps the ordinary doctor: the patient's own unit still answers.</summary>
    RespiteKeepsRegularDoctor,
}

/// <summary>
/// Which unit's on-call answer applies to a patient on a date: <see cref="UnitId"/>, and the korttids stay that
/// decided it (null for <see cref="PatientRouteReason.OwnUnit"/>). <see cref="Until"/> is the first date on which
/// the route may change (the day after the stay, or the first day of the next stay), or null when nothing is planned.
/// </summary>
public sealed record PatientOnCallRoute(PatientRouteReason Reason, Guid UnitId, PatientEvent? Stay, LocalDate? Until)
{
    /// <summary>
    /// The route for <paramref name="patient"/> on <paramref name="date"/> (a Swedish local date: a stay covers its
    /// first and last day from 00:00 to 24:00 Stockholm time). <paramref name="unitOf"/> finds the korttidsboende of a
    /// stay; an unknown unit, or a unit that is not a korttidsboende, leaves the patient with their own unit.
    /// </summary>
    public static PatientOnCallRoute For(Patient patient, LocalDate date, Func<Guid, CareUnit?> unitOf)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(unitOf);
        var stay = patient.ShortTermStayOn(date);
        if (stay is null)
        {
            var nextStart = patient.Events
                .Where(e => e.Kind == PatientEventKind.ShortTermStay && e.On > date)
                .Select(e => (LocalDate?)e.On).Min();
            return new PatientOnCallRoute(PatientRouteReason.OwnUnit, patient.CareUnitId, null, nextStart);
        }

        var after = stay.LastDay?.PlusDays(1);
        var stayUnit = stay.ToUnitId is { } id ? unitOf(id) : null;
        if (stayUnit is null || stayUnit.Type != CareUnitType.Korttidsboende)
        {
            return new PatientOnCallRoute(PatientRouteReason.OwnUnit, patient.CareUnitId, null, after);
        }

        return stayUnit.RespiteKeepsRegularDoctor
            ? new PatientOnCallRoute(PatientRouteReason.RespiteKeepsRegularDoctor, patient.CareUnitId, stay, after)
            : new PatientOnCallRoute(PatientRouteReason.ShortTermCare, stayUnit.Id, stay, after);
    }
}
