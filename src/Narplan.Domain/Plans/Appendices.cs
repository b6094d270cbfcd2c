namespace Narplan.Domain.Plans;

/// <summary>
/// One row of Bilaga 1 (läkaransvar per unit). <see cref="Time"/> is the round text ("tisdagar
/// 13.00, varannan vecka") when round data provides it, else null. <see cref="RegularDoctor"/> is the first fast
/// läkarkontakt and <see cref="SecondRegularDoctor"/> the second (seed 002: "en till två läkare"), null in rows frozen
/// before units could have two. Generated from the registers, never typed into the plan.
/// </summary>
public sealed record Appendix1Row(
    string Unit, string UnitType, string? CareCentre, string? RegularDoctor, string? Time, string? MeetingForm, string? DirectPhone,
    string? SecondRegularDoctor = null)
{
    /// <summary>"Sofia Eriksson; Oskar Wallin": the fasta läkarkontakter in call order, or null.</summary>
    public string? RegularDoctors => Responsibility.RegularDoctorNames.Join([RegularDoctor, SecondRegularDoctor]);

    /// <summary>Rows are matched between versions by unit name (a unit appears once per plan).</summary>
    public string MatchKey => Unit.Trim().ToLowerInvariant();
}

/// <summary>One row of Bilaga 2: the BVC responsible for a förskola.</summary>
public sealed record Appendix2Row(string Preschool, string? ChildHealthCentre)
{
    public string MatchKey => Preschool.Trim().ToLowerInvariant();
}

/// <summary>
/// One row of a handlingsplan (seed 001): delmål, aktivitet, när, ansvar, uppföljning, with a
/// status and the note written at the yearly follow-up.
/// </summary>
public sealed record ActionRow(
    string Goal, string Activity, string When, string Responsible, string FollowUp,
    ActionStatus Status = ActionStatus.EjPaborjad, string? FollowUpNote = null)
{
    public ActionRow Validated() =>
        string.IsNullOrWhiteSpace(Goal) && string.IsNullOrWhiteSpace(Activity)
            ? throw new DomainException("En rad i handlingsplanen måste ha delmål eller aktivitet.")
            : this with { Goal = Goal.Trim(), Activity = Activity.Trim(), When = When.Trim(), Responsible = Responsible.Trim(), FollowUp = FollowUp.Trim() };
}

/// <summary>Builds Bilaga 1 rows from the responsibility register (DOMAIN.md §3).</summary>
public static class Appendix1
{
    /// <summary>
    /// The row for one unit on a date. A unit without a unit doctor (dagverksamhet) points to the
    /// patient's ordinary vårdcentral; <paramref name="roundText"/> fills "Dag och tid" when round
    /// data exists.
    /// </summary>
    public static Appendix1Row Row(
        Places.CareUnit unit, Responsibility.UnitResponsibility? responsibility, string? careCentre, string? regularDoctor, string? roundText,
        string? secondRegularDoctor = null) =>
        !unit.Type.HasUnitDoctorSafe()
            ? new(unit.Name, Places.CareUnitTypeNames.Swedish(unit.Type), null, null, null, null, null)
            : new(unit.Name, Places.CareUnitTypeNames.Swedish(unit.Type), careCentre, regularDoctor, roundText,
                responsibility is null ? null : Responsibility.MeetingFormNames.Swedish(responsibility.MeetingForm), responsibility?.DirectPhone,
                secondRegularDoctor);

    /// <summary>Plan order: by unit type as the template lists them, then by name.</summary>
    public static IReadOnlyList<Appendix1Row> Ordered(IEnumerable<(Places.CareUnitType Type, Appendix1Row Row)> rows) =>
        rows.OrderBy(r => r.Type).ThenBy(r => r.Row.Unit, StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), false))
            .Select(r => r.Row).ToList();

    private static bool HasUnitDoctorSafe(this Places.CareUnitType type) => Places.CareUnitTypeNames.HasUnitDoctor(type);
}
