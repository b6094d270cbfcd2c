using Narplan.Domain.OnCall;

namespace Narplan.Domain.Acute;

/// <summary>
/// The instants the nurse records for one acute contact. <see cref="Called"/> is the first contact with the doctor's
/// service (the nurse's call); <see cref="VisitDecided"/> is when the doctor decided to come on site after medical
/// assessment (an unplanned visit booked for a later day is an outcome, not a decided visit). Refuses an order that
/// cannot have happened: nothing before the call, an arrival before the decision, an arrival without a decision.
/// </summary>
public sealed record AcuteContactTimes
{
    public AcuteContactTimes(Instant called, Instant? doctorAnswered = null, Instant? visitDecided = null, Instant? doctorArrived = null)
    {
        if (doctorAnswered < called)
        {
            throw new DomainException("Läkaren kan inte ha svarat innan du ringde. Kontrollera tiderna.");
        }

        if (visitDecided < called)
        {
            throw new DomainException("Besöket kan inte ha beslutats innan du ringde. Kontrollera tiderna.");
        }

        if (doctorArrived is not null && visitDecided is null)
        {
            throw new DomainException("Ange när läkaren beslutade om besök innan du anger när läkaren kom.");
        }

        if (doctorArrived < visitDecided)
        {
            throw new DomainException("Läkaren kan inte ha kommit innan besöket beslutades. Kontrollera tiderna.");
        }

        Called = called;
        DoctorAnswered = doctorAnswered;
        VisitDecided = visitDecided;
        DoctorArrived = doctorArrived;
    }

    public Instant Called { get; }

    public Instant? DoctorAnswered { get; }

    public Instant? VisitDecided { get; }

    public Instant? DoctorArrived { get; }
}

/// <summary>How one contact stands against one promise.</summary>
public enum PromiseStatus
{
    /// <summary>Kept: the elapsed time is at most the promise (exactly 30 minutes is within 30 minutes).</summary>
    Within,

    /// <summary>Broken: more than the promise.</summary>
    Over,

    /// <summary>No promise applies: none in force (daytime vårdcentral, a region without promises) or no visit decided.</summary>
    NotApplicable,

    /// <summary>The promise applies but the instant that ends it was not recorded.</summary>
    Missing,
}

/// <summary>One promise for one contact: the status, the elapsed time when both instants are known, and the promise.</summary>
public sealed record PromiseEvaluation(PromiseStatus Status, Duration? Elapsed, Duration? Promise)
{
    public static PromiseEvaluation NotApplicable { get; } = new(PromiseStatus.NotApplicable, null, null);
}

/// <summary>
/// One contact against the promises: telephone contact (call → doctor answered) and on site (call → doctor arrived,
/// only when a visit was decided). <see cref="DecisionToArrival"/> is shown beside it for information.
/// </summary>
public sealed record ResponseTimeEvaluation(
    Guid ContactId,
    PromiseEvaluation Telephone,
    PromiseEvaluation OnSite,
    Duration? DecisionToArrival);

/// <summary>
/// One promise over many contacts. <see cref="Count"/> is the contacts measured against it (within + over);
/// <see cref="Median"/> and <see cref="ShareWithin"/> are over those and null when there are none; the median of an
/// even count is the mean of the middle two. <see cref="OverContacts"/> lists the contacts over the promise.
/// </summary>
public sealed record PromiseSummary(
    int Count,
    int Within,
    int Over,
    int Missing,
    int NotApplicable,
    Duration? Median,
    double? ShareWithin,
    IReadOnlyList<Guid> OverContacts);

/// <summary>Both promises over a set of contacts (the caller picks the närområde and period).</summary>
public sealed record ResponseTimeSummary(PromiseSummary Telephone, PromiseSummary OnSite);

/// <summary>
/// Acute response times against the region's promises (DOMAIN.md §5 and §7; decision record 0017). The promises are
/// <see cref="ResponsePromises"/> from the on-call rule profile, passed in as the resolver gave them for the contact:
/// null when the vårdcentral answered in daytime or the region has published none.
/// </summary>
public static class ResponseTimes
{
    /// <summary>
    /// Evaluates one contact. Both promises are counted from the first contact (<see cref="AcuteContactTimes.Called"/>)
    /// as seed 002 words them ("senast två timmar efter första kontakt"); elapsed time, so a DST night does not
    /// change them.
    /// </summary>
    public static ResponseTimeEvaluation Evaluate(Guid contactId, AcuteContactTimes times, ResponsePromises? promises)
    {
        ArgumentNullException.ThrowIfNull(times);
        var decisionToArrival = times.DoctorArrived - times.VisitDecided;
        if (promises is null)
        {
            return new ResponseTimeEvaluation(contactId, PromiseEvaluation.NotApplicable, PromiseEvaluation.NotApplicable, decisionToArrival);
        }

        var telephone = Against(promises.TelephoneContactWithin, times.Called, times.DoctorAnswered);
        var onSite = times.VisitDecided is null
            ? PromiseEvaluation.NotApplicable
            : Against(promises.OnSiteAfterFirstContact, times.Called, times.DoctorArrived);
        return new ResponseTimeEvaluation(contactId, telephone, onSite, decisionToArrival);
    }

    public static ResponseTimeSummary Summarise(IEnumerable<ResponseTimeEvaluation> evaluations)
    {
        var list = evaluations.ToList();
        return new ResponseTimeSummary(
            Summarise(list.Select(e => (e.ContactId, e.Telephone))),
            Summarise(list.Select(e => (e.ContactId, e.OnSite))));
    }

    private static PromiseEvaluation Against(Duration promise, Instant from, Instant? until)
    {
        if (until is not { } end)
        {
            return new PromiseEvaluation(PromiseStatus.Missing, null, promise);
        }

        var elapsed = end - from;
        return new PromiseEvaluation(elapsed <= promise ? PromiseStatus.Within : PromiseStatus.Over, elapsed, promise);
    }

    private static PromiseSummary Summarise(IEnumerable<(Guid Id, PromiseEvaluation Evaluation)> items)
    {
        var list = items.ToList();
        var measured = list
            .Where(i => i.Evaluation.Status is PromiseStatus.Within or PromiseStatus.Over)
            .Select(i => i.Evaluation.Elapsed!.Value)
            .Order()
            .ToList();
        var within = list.Count(i => i.Evaluation.Status == PromiseStatus.Within);
        var over = list.Where(i => i.Evaluation.Status == PromiseStatus.Over).Select(i => i.Id).ToList();

        return new PromiseSummary(
            measured.Count,
            within,
            over.Count,
            list.Count(i => i.Evaluation.Status == PromiseStatus.Missing),
            list.Count(i => i.Evaluation.Status == PromiseStatus.NotApplicable),
            Median(measured),
            measured.Count == 0 ? null : (double)within / measured.Count,
            over.AsReadOnly());
    }

    private static Duration? Median(IReadOnlyList<Duration> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2,
    };
}
