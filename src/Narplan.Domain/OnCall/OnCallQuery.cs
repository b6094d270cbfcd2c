namespace Narplan.Domain.OnCall;

/// <summary>
/// The question "who do I call now" for one unit (DOMAIN.md §5): the unit's responsibility, the dated overrides
/// that concern it, the rule profile of the unit's beredskapsjourområde in force (or
/// <see cref="OnCallRuleProfile.Unassigned"/>), the instant (from an injected clock) and what is needed.
/// The caller picks the area and the profile version whose <see cref="OnCallRuleProfile.ValidFrom"/> applies.
/// </summary>
public sealed record OnCallQuery(
    OnCallUnit Unit,
    IReadOnlyList<OnCallOverride> Overrides,
    OnCallRuleProfile Profile,
    Instant At,
    OnCallNeed Need = OnCallNeed.Advice);

/// <summary>
/// A unit's medical responsibility, flattened for the resolver: the unit, its responsible vårdcentral and direct
/// number, and its one or two fasta läkarkontakter in call order, each with a named substitute while absent. A null or
/// blank <see cref="VardcentralName"/> means no responsible vårdcentral is registered.
/// </summary>
public sealed record OnCallUnit(
    string UnitName,
    string? VardcentralName,
    string? VardcentralPhone,
    string? RegularDoctorName = null,
    string? SubstituteDoctorName = null,
    bool IsShortTermCare = false,
    bool IsRespiteCare = false,
    string? SecondRegularDoctorName = null,
    string? SecondSubstituteDoctorName = null)
{
    /// <summary>
    /// The doctors to ask for in daytime, in order (seed 002: "en till två läkare kopplade till respektive
    /// hemvårdsområde"): the first fast läkarkontakt, then the second; an absent one is replaced in place by the substitute.
    /// </summary>
    public IReadOnlyList<OnCallDoctor> DaytimeDoctors()
    {
        var doctors = new List<OnCallDoctor>(2);
        Add(RegularDoctorName, SubstituteDoctorName);
        Add(SecondRegularDoctorName, SecondSubstituteDoctorName);
        return doctors;

        // The second fast läkarkontakt often stands in for the first; a name is listed once, at its first place.
        void Add(string? regular, string? substitute)
        {
            var name = string.IsNullOrWhiteSpace(substitute) ? regular : substitute;
            if (string.IsNullOrWhiteSpace(name) || doctors.Any(d => string.Equals(d.Name, name, StringComparison.Ordinal)))
            {
                return;
            }

            if (!string.IsNullOrWhiteSpace(substitute))
            {
                doctors.Add(new OnCallDoctor(substitute, doctors.Count + 1, string.IsNullOrWhiteSpace(regular) ? null : regular));
            }
            else if (!string.IsNullOrWhiteSpace(regular))
            {
                doctors.Add(new OnCallDoctor(regular, doctors.Count + 1, null));
            }
        }
    }
}

/// <summary>
/// A doctor to ask for at the vårdcentral in daytime: <see cref="Order"/> 1 is asked for first. <see cref="StandsInFor"/>
/// names the fast läkarkontakt a substitute replaces; null for the fast läkarkontakt themself.
/// </summary>
public sealed record OnCallDoctor(string Name, int Order, string? StandsInFor);

/// <summary>
/// A dated exception to the normal routing, half-open <c>[From, Until)</c>: e.g. "Vårdcentralen stängd för
/// utbildning, samtal kopplas till …" or a substitute doctor. It wins over both the vårdcentral and the
/// beredskapsjour while it lasts. Where overrides overlap, the one that started last wins.
/// </summary>
public sealed record OnCallOverride
{
    public OnCallOverride(Instant from, Instant until, string responderName, string phone, string reason, bool isInternal = false)
    {
        if (until <= from)
        {
            throw new ArgumentException("Undantaget måste sluta efter att det börjar.", nameof(until));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(responderName);
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        From = from;
        Until = until;
        ResponderName = responderName;
        Phone = phone;
        Reason = reason ?? "";
        IsInternal = isInternal;
    }

    /// <summary>First instant covered, included.</summary>
    public Instant From { get; }

    /// <summary>First instant no longer covered, excluded.</summary>
    public Instant Until { get; }

    public string ResponderName { get; }

    public string Phone { get; }

    /// <summary>Why, shown to the caller (Swedish).</summary>
    public string Reason { get; }

    /// <summary>The number is for health-care staff only (decision 0007).</summary>
    public bool IsInternal { get; }

    /// <summary>Whether the instant lies in <c>[From, Until)</c>.</summary>
    public bool Covers(Instant instant) => From <= instant && instant < Until;
}
