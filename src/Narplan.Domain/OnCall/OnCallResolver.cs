namespace Narplan.Domain.OnCall;

/// <summary>
/// The single "who do I call now" function (DOMAIN.md §5) that the page, the API, the iCal feeds and reports share.
/// Precedence: a dated <see cref="OnCallOverride"/> covering the instant → the unit's responsible vårdcentral in
/// daytime (see <see cref="OnCallPeriods"/>) → the beredskapsjour of the unit's beredskapsjourområde (decision 0037).
/// For an acute home visit (<see cref="OnCallNeed.AcuteHomeVisit"/>) in daytime, an area whose profile names a
/// <see cref="OnCallRuleProfile.DaytimeAcuteVisit"/> service routes to it first (Halland, decision 0039).
/// </summary>
/// <remarks>
/// A unit with no responsible vårdcentral in daytime does not silently fall through to the beredskapsjour, which
/// does not cover daytime: the answer stays <see cref="ResponderKind.Vardcentral"/> with
/// <see cref="OnCallAnswer.ResponsibleVardcentralMissing"/> set and the beredskapsjour's numbers as a fallback, so the
/// gap is visible and gets fixed.
/// </remarks>
public static class OnCallResolver
{
    /// <summary>Answers the query using the shared Swedish calendar.</summary>
    public static OnCallAnswer Resolve(OnCallQuery query) => Resolve(query, SwedishCalendar.Instance);

    /// <summary>Answers the query.</summary>
    public static OnCallAnswer Resolve(OnCallQuery query, SwedishCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(calendar);

        var answer = ResolveCore(query, calendar);
        var profile = query.Profile;
        // The area's problem and chosen rule go on every answer, daytime ones included, so the gap stays visible.
        return profile.Problem is null && profile.RuleNote is null
            ? answer
            : answer with { AreaProblem = profile.Problem, RuleNote = profile.RuleNote };
    }

    private static OnCallAnswer ResolveCore(OnCallQuery query, SwedishCalendar calendar)
    {
        var at = query.At;
        var profile = query.Profile;
        var active = ActiveOverride(query.Overrides, at);
        var period = OnCallPeriods.PeriodAt(profile, at, calendar);
        if (query.Need == OnCallNeed.AcuteHomeVisit && period.Kind == OnCallPeriodKind.Daytime && profile.DaytimeAcuteVisit is { } visit)
        {
            return AcuteVisit(query, visit, period);
        }

        var (from, until) = active is not null ? (active.From, active.Until) : (period.From, period.Until);
        // Who answers changes wherever an override starts or ends; cut the period there.
        foreach (var o in query.Overrides)
        {
            if (o.Until <= at && o.Until > from)
            {
                from = o.Until;
            }

            if (o.From > at && o.From < until)
            {
                until = o.From;
            }
        }

        // Daytime and on-call alternate, so when a period ends with no override at its end the other kind follows;
        // only an override needs the full rule again (this keeps the common case to one period computation).
        var next = active is null && ActiveOverride(query.Overrides, until) is null
            ? Handover(query, period.Kind == OnCallPeriodKind.Daytime ? OnCallPeriodKind.OnCall : OnCallPeriodKind.Daytime, until)
            : Who(query, until, calendar);
        var demo = profile.HasDemoNumbers;

        if (active is not null)
        {
            return new OnCallAnswer
            {
                Kind = ResponderKind.Override,
                ResponderName = active.ResponderName,
                Phone = active.Phone,
                PhoneIsInternal = active.IsInternal,
                Reason = active.Reason,
                From = from,
                Until = until,
                Next = next,
                CallOrder = [new EscalationStep($"Ring {active.ResponderName}. {active.Reason}".TrimEnd(), active.Phone, IsInternal: active.IsInternal)],
            };
        }

        if (period.Kind == OnCallPeriodKind.Daytime)
        {
            var unit = query.Unit;
            if (string.IsNullOrWhiteSpace(unit.VardcentralName))
            {
                return new OnCallAnswer
                {
                    Kind = ResponderKind.Vardcentral,
                    ResponderName = OnCallAnswer.MissingVardcentralName,
                    Phone = null,
                    From = from,
                    Until = until,
                    Next = next,
                    ResponsibleVardcentralMissing = true,
                    HasDemoNumbers = demo,
                    CallOrder =
                    [
                        .. profile.OnCallNumbers.Select(n => new EscalationStep(
                            $"{OnCallAnswer.MissingVardcentralName} för {unit.UnitName}. Reserv: {n.Name}.", n.Phone, IsInternal: n.IsInternal)),
                    ],
                };
            }

            var doctors = unit.DaytimeDoctors();
            return new OnCallAnswer
            {
                Kind = ResponderKind.Vardcentral,
                ResponderName = unit.VardcentralName,
                Phone = unit.VardcentralPhone,
                DoctorName = doctors.Count > 0 ? doctors[0].Name : null,
                Doctors = doctors,
                From = from,
                Until = until,
                Next = next,
                CallOrder = [new EscalationStep($"Ring {unit.VardcentralName} direkt{AskFor(doctors)}.", unit.VardcentralPhone)],
            };
        }

        return new OnCallAnswer
        {
            Kind = ResponderKind.Beredskapsjour,
            ResponderName = profile.OnCallServiceName,
            Phone = profile.OnCallNumbers.FirstOrDefault()?.Phone,
            // No number on record is said, never filled from another area (decision 0037).
            PhoneMissingReason = profile.OnCallNumbers.Count == 0 ? profile.Problem ?? OnCallAnswer.NumberMissing : null,
            PhoneIsInternal = profile.OnCallNumbers.FirstOrDefault()?.IsInternal ?? false,
            From = from,
            Until = until,
            Next = next,
            HasDemoNumbers = demo,
            CallOrder = profile.OnCallCallOrder,
            Promises = profile.Promises,
            Scope = profile.Scope,
        };
    }

    /// <summary>With two doctors the call step names both in order; with one the doctor is shown beside the answer.</summary>
    private static string AskFor(IReadOnlyList<OnCallDoctor> doctors) =>
        doctors.Count < 2 ? "" : $" och fråga i första hand efter {doctors[0].Name}, i andra hand efter {doctors[1].Name}";

    /// <summary>
    /// Daytime, acute home visit, in an area with a visit service (Halland's Läkarmedverkan i hemsjukvården, seed 003):
    /// the service first, then advice from the unit's vårdcentral. The vårdcentral's own redirects do not move the
    /// service's visits, so the period is the whole daytime; the beredskapsjour takes over at its end.
    /// </summary>
    private static OnCallAnswer AcuteVisit(OnCallQuery query, AcuteVisitService visit, OnCallPeriod period)
    {
        var unit = query.Unit;
        EscalationStep[] order = string.IsNullOrWhiteSpace(unit.VardcentralName)
            ? [new EscalationStep($"Akut hembesök: ring {visit.Name}.", visit.Phone, IsInternal: visit.IsInternal)]
            :
            [
                new EscalationStep($"Akut hembesök: ring {visit.Name}.", visit.Phone, IsInternal: visit.IsInternal),
                new EscalationStep($"Råd: ring {unit.VardcentralName} direkt.", unit.VardcentralPhone),
            ];
        return new OnCallAnswer
        {
            Kind = ResponderKind.AcuteVisitService,
            ResponderName = visit.Name,
            Phone = visit.Phone,
            PhoneIsInternal = visit.Phone is not null && visit.IsInternal,
            PhoneMissingReason = visit.Phone is null ? OnCallAnswer.NumberMissing : null,
            Reason = visit.Remit,
            From = period.From,
            Until = period.Until,
            Next = Handover(query, OnCallPeriodKind.OnCall, period.Until),
            CallOrder = order,
        };
    }

    /// <summary>The override covering the instant; where several do, the one that started last.</summary>
    private static OnCallOverride? ActiveOverride(IEnumerable<OnCallOverride> overrides, Instant at)
    {
        OnCallOverride? best = null;
        foreach (var o in overrides)
        {
            if (o.Covers(at) && (best is null || o.From > best.From))
            {
                best = o;
            }
        }

        return best;
    }

    /// <summary>Who answers at the instant, by the same precedence, without the details.</summary>
    private static OnCallHandover Who(OnCallQuery query, Instant at, SwedishCalendar calendar)
    {
        var o = ActiveOverride(query.Overrides, at);
        if (o is not null)
        {
            return new OnCallHandover(ResponderKind.Override, o.ResponderName, at);
        }

        return Handover(query, OnCallPeriods.PeriodAt(query.Profile, at, calendar).Kind, at);
    }

    /// <summary>Who answers in a period of the kind when no override covers it.</summary>
    private static OnCallHandover Handover(OnCallQuery query, OnCallPeriodKind kind, Instant at)
    {
        if (kind == OnCallPeriodKind.Daytime)
        {
            var name = string.IsNullOrWhiteSpace(query.Unit.VardcentralName)
                ? OnCallAnswer.MissingVardcentralName
                : query.Unit.VardcentralName;
            return new OnCallHandover(ResponderKind.Vardcentral, name, at);
        }

        return new OnCallHandover(ResponderKind.Beredskapsjour, query.Profile.OnCallServiceName, at);
    }
}
