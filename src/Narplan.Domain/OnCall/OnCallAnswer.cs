namespace Narplan.Domain.OnCall;

/// <summary>Which rule decided who answers, in order of precedence.</summary>
public enum ResponderKind
{
    /// <summary>A dated <see cref="OnCallOverride"/>.</summary>
    Override,

    /// <summary>The unit's responsible vårdcentral (daytime on a day with daytime).</summary>
    Vardcentral,

    /// <summary>The area's beredskapsjour (every other instant).</summary>
    Beredskapsjour,

    /// <summary>
    /// In daytime, for an acute home visit, the area's <see cref="OnCallRuleProfile.DaytimeAcuteVisit"/> service
    /// (Halland: Läkarmedverkan i hemsjukvården, decision 0039).
    /// </summary>
    AcuteVisitService,
}

/// <summary>What the caller needs: advice (the default) or an acute home visit, which some areas route elsewhere in daytime.</summary>
public enum OnCallNeed
{
    /// <summary>Medical advice or an assessment by phone.</summary>
    Advice,

    /// <summary>An acute home visit is likely (decision 0039).</summary>
    AcuteHomeVisit,
}

/// <summary>Who takes over when the current responder's period ends, and at which instant.</summary>
public sealed record OnCallHandover(ResponderKind Kind, string Name, Instant At);

/// <summary>
/// The answer to <see cref="OnCallQuery"/>: who answers now, for which period, who comes next and what the caller
/// needs to know. The covering period is half-open <c>[From, Until)</c> and is cut short where an override starts or
/// ends, so <see cref="Next"/> is always who answers at <see cref="Until"/>.
/// </summary>
public sealed record OnCallAnswer
{
    /// <summary>Said before every call (§7).</summary>
    public const string Reminder = "Ha en bedömning enligt ViSam/BViS och en SBAR-rapport redo innan du ringer.";

    /// <summary>Shown as responder when daytime belongs to the vårdcentral but the unit has none registered.</summary>
    public const string MissingVardcentralName = "Ansvarig vårdcentral saknas";

    /// <summary>Said instead of a number when the area's profile has none (decision 0037): never another area's number.</summary>
    public const string NumberMissing = "Nummer saknas – ange det under Administration → jourregler";

    public required ResponderKind Kind { get; init; }

    /// <summary>Vårdcentral, beredskapsjour or override responder name.</summary>
    public required string ResponderName { get; init; }

    /// <summary>
    /// The number to call first; null when no responsible vårdcentral (or its number) is registered, when the area has
    /// no number (<see cref="PhoneMissingReason"/>), or when an internal number is hidden.
    /// </summary>
    public required string? Phone { get; init; }

    /// <summary>Why <see cref="Phone"/> is null because the responder has no number on record (Swedish); else null.</summary>
    public string? PhoneMissingReason { get; init; }

    /// <summary>
    /// Set when the unit's kommun has no beredskapsjourområde on the date, or two at once (Swedish, shown prominently):
    /// the out-of-hours answer then has no number rather than another area's.
    /// </summary>
    public string? AreaProblem { get; init; }

    /// <summary>The area's rule chosen where its source is silent (<see cref="OnCallRuleProfile.RuleNote"/>), or null.</summary>
    public string? RuleNote { get; init; }

    /// <summary>Whether <see cref="Phone"/> is for health-care staff only (decision 0007).</summary>
    public bool PhoneIsInternal { get; init; }

    /// <summary>True when internal numbers were left out (<see cref="WithoutInternalNumbers"/>).</summary>
    public bool InternalNumbersHidden { get; init; }

    /// <summary>For <see cref="ResponderKind.Vardcentral"/>: the substitute if one is named, else the (first) fast läkarkontakt.</summary>
    public string? DoctorName { get; init; }

    /// <summary>
    /// For <see cref="ResponderKind.Vardcentral"/>: the one or two doctors to ask for, in order (first, then second);
    /// <see cref="DoctorName"/> is the first. Empty otherwise.
    /// </summary>
    public IReadOnlyList<OnCallDoctor> Doctors { get; init; } = [];

    /// <summary>"Sofia Eriksson, i andra hand Oskar Wallin" (the doctors in order), or null when none is named.</summary>
    public string? DoctorsText => Doctors.Count switch
    {
        0 => DoctorName,
        1 => Doctors[0].Name,
        _ => $"{Doctors[0].Name}, i andra hand {string.Join(", ", Doctors.Skip(1).Select(d => d.Name))}",
    };

    /// <summary>For <see cref="ResponderKind.Override"/>: why.</summary>
    public string? Reason { get; init; }

    /// <summary>Start of the covering period, included.</summary>
    public required Instant From { get; init; }

    /// <summary>End of the covering period, excluded; <see cref="Next"/> answers from here.</summary>
    public required Instant Until { get; init; }

    public required OnCallHandover Next { get; init; }

    /// <summary>Numbers and steps in the order to try them.</summary>
    public required IReadOnlyList<EscalationStep> CallOrder { get; init; }

    /// <summary>The beredskapsjour's promises when it answers; otherwise null.</summary>
    public ResponsePromises? Promises { get; init; }

    /// <summary>The on-call doctor's remit when the beredskapsjour answers; otherwise empty.</summary>
    public IReadOnlyList<string> Scope { get; init; } = [];

    /// <summary>
    /// True in daytime when the unit has no responsible vårdcentral registered. Daytime is still the vårdcentral's
    /// by the rule; the answer says so and lists the beredskapsjour's numbers as a fallback in <see cref="CallOrder"/>.
    /// </summary>
    public bool ResponsibleVardcentralMissing { get; init; }

    /// <summary>True when a number in <see cref="CallOrder"/> is fictional (demo data).</summary>
    public bool HasDemoNumbers { get; init; }

    /// <inheritdoc cref="Reminder"/>
    public string ReminderText => Reminder;

    /// <summary>
    /// The answer for someone not signed in: every number marked internal is left out (the step's text stays, so the
    /// order of what to do is still readable) and <see cref="InternalNumbersHidden"/> says so when anything was removed.
    /// </summary>
    public OnCallAnswer WithoutInternalNumbers()
    {
        var hidden = PhoneIsInternal && Phone is not null || CallOrder.Any(s => s.IsInternal && s.Phone is not null);
        if (!hidden)
        {
            return this;
        }

        return this with
        {
            Phone = PhoneIsInternal ? null : Phone,
            CallOrder = [.. CallOrder.Select(s => s.IsInternal ? s with { Phone = null } : s)],
            InternalNumbersHidden = true,
        };
    }
}
