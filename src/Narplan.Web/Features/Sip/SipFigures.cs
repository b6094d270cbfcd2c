namespace Narplan.Web.Features.Sip;

/// <summary>A count out of a whole ("n av N"); the share is null when the whole is 0.</summary>
public sealed record SipCount(int Count, int Of)
{
    public double? Share => Of == 0 ? null : (double)Count / Of;

    public string Swedish => $"{Count} av {Of}";
}

/// <summary>
/// A kommun's SIP figures over a period (DOMAIN.md §10: "SIP offered/held"): of the enrolments and discharges in the
/// period (<see cref="Triggers"/>), how many were followed by an offer to the patient on or after the event's day and by
/// the period's end (the rule of <see cref="SipOfferTasks"/>); of the offers made in
/// the period, how many were accepted; of those accepted, how many had their meeting held.
/// </summary>
public sealed record SipFiguresResult(Guid KommunId, DateInterval Period, int Triggers, SipCount OfferedAtTrigger, int Offers, SipCount Accepted, SipCount Held);

/// <summary>The query the follow-up dashboard calls (issue 19 item 1). Counts only; no patient is named, so no read is logged.</summary>
public sealed class SipFigures(NarplanDbContext db)
{
    public async Task<SipFiguresResult> ForKommunAsync(Guid kommunId, DateInterval period, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (start, end) = (period.Start, period.End);
        var kinds = new[] { PatientEventKind.NewPatient, PatientEventKind.HospitalDischarge };
        var triggers = await db.Patients.AsNoTracking().Where(p => p.KommunId == kommunId)
            .SelectMany(p => p.Events).Where(e => kinds.Contains(e.Kind))
            .Select(e => new { e.PatientId, e.On }).ToListAsync(ct);
        var inPeriod = triggers.Where(e => e.On >= start && e.On <= end).ToList();
        var offers = await db.Set<SipOffer>().AsNoTracking().Where(o => o.KommunId == kommunId)
            .Select(o => new { o.PatientId, o.OfferedOn, o.Answer, o.MeetingHeld }).ToListAsync(ct);
        var offeredAtTrigger = inPeriod.Count(e => offers.Any(o => o.PatientId == e.PatientId && o.OfferedOn >= e.On && o.OfferedOn <= end));
        var made = offers.Where(o => o.OfferedOn >= start && o.OfferedOn <= end).ToList();
        var accepted = made.Where(o => o.Answer == SipAnswer.Accepted).ToList();
        return new SipFiguresResult(
            kommunId, period, inPeriod.Count, new SipCount(offeredAtTrigger, inPeriod.Count), made.Count,
            new SipCount(accepted.Count, made.Count), new SipCount(accepted.Count(o => o.MeetingHeld), accepted.Count));
    }
}
