using NodaTime;

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
/// number, and the fast läkarkontakt (regular doctor) or a named substitute. A null or blank
/// <see cref="VardcentralName"/> means no responsible vårdcentral is registered.
/// </summary>
public sealed record OnCallUnit(
    string UnitName,
    string? VardcentralName,
    string? VardcentralPhone,
    string? RegularDoctorName = null,
    string? SubstituteDoctorName = null,
    bool IsShortTermCare = false,
    bool IsRespiteCare = false);

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
