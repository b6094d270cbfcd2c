using Narplan.Domain.Calendars;
using NodaTime;

namespace Narplan.Domain.OnCall;

/// <summary>
/// The single "who do I call now" function (DOMAIN.md §5) that the page, the API, the iCal feeds and reports share.
/// Precedence: a dated <see cref="OnCallOverride"/> covering the instant → the unit's responsible vårdcentral in
/// daytime (see <see cref="OnCallPeriods"/>) → the region's beredskapsjour.
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

        var at = query.At;
        var profile = query.Profile;
        var active = ActiveOverride(query.Overrides, at);
        var period = OnCallPeriods.PeriodAt(profile, at, calendar);

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
