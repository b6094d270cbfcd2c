namespace Narplan.Domain.OralHealth;

/// <summary>
/// A kommun's munhälsobedömningar over a period for the follow-up (issue 20; Socialstyrelsen's target for oral-health
/// assessment is shown beside it): the bedömningar that fell due in the period, those done in it and on time, the N-intyg
/// in force at its end and those overdue then. Counts only, no patient (decision 0084).
/// </summary>
public sealed record OralHealthFigures(Guid KommunId, DateInterval Period, int WithCertificate, int Due, int Done, int DoneOnTime, int OverdueAtEnd)
{
    /// <summary>
    /// Counts from the records and their assessment history. A record's due dates are one year after the N-intyg and one
    /// year after each bedömning done (29 February → 28 February); each that falls in the period counts as due.
    /// </summary>
    public static OralHealthFigures Count(Guid kommunId, DateInterval period, IEnumerable<OralHealthRecord> records, IEnumerable<OralHealthAssessment> assessments)
    {
        var byRecord = assessments.GroupBy(a => a.RecordId).ToDictionary(g => g.Key, g => g.OrderBy(a => a.AssessedOn).ToList());
        int withCertificate = 0, due = 0, done = 0, onTime = 0, overdue = 0;
        foreach (var record in records.Where(r => r.KommunId == kommunId && r.CertificateIssuedOn <= period.End))
        {
            withCertificate++;
            var history = byRecord.GetValueOrDefault(record.Id) ?? [];
            var dueDates = history.Select(a => a.AssessedOn.PlusYears(1)).Prepend(record.CertificateIssuedOn.PlusYears(1));
            due += dueDates.Count(period.Contains);
            var inPeriod = history.Where(a => period.Contains(a.AssessedOn)).ToList();
            done += inPeriod.Count;
            onTime += inPeriod.Count(a => a.OnTime);
            var lastByEnd = history.LastOrDefault(a => a.AssessedOn <= period.End);
            var dueAtEnd = (lastByEnd?.AssessedOn ?? record.CertificateIssuedOn).PlusYears(1);
            if (period.End > dueAtEnd)
            {
                overdue++;
            }
        }

        return new OralHealthFigures(kommunId, period, withCertificate, due, done, onTime, overdue);
    }
}
