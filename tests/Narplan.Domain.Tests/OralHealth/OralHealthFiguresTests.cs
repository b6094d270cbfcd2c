using Narplan.Domain.OralHealth;
using Narplan.Domain.Organisations;
using Narplan.Domain.Places;
using NodaTime;

namespace Narplan.Domain.Tests.OralHealth;

/// <summary>
/// Seed 000, "Munhälsa": "Personer med intyg om nödvändig tandvård årligen erbjuds munhälsobedömning" — the due date on a
/// leap day and the figures the follow-up counts (decision 0084).
/// </summary>
public sealed class OralHealthFiguresTests
{
    private static readonly Region Vgr = new("Västra Götalandsregionen", "VGR", Narplan.Domain.Acute.DecisionSupportProfileKey.Vgr);
    private static readonly Kommun Herrljunga = new(Vgr, null, "Herrljunga");
    private static readonly CareUnit Hagagarden = new(Herrljunga, "Hagagården", CareUnitType.SarskiltBoende, 40);

    private static OralHealthCertifier Certifier() =>
        OralHealthCertifier.Appoint(Herrljunga.Id, Hagagarden, "Hedda Testberg", 1.January(2026), 2.December(2026));

    [Fact]
    public void ShouldMakeABedomningOn29February2028DueOn28February2029()
    {
        var today = new LocalDate(2028, 3, 1);
        var record = OralHealthRecord.Issue(Guid.NewGuid(), Herrljunga.Id, Certifier(), 10.March(2027), today);

        record.RecordAssessment(new LocalDate(2028, 2, 29), today);

        Assert.Equal(28.February(2029), record.AssessmentDueOn);
        Assert.False(record.IsOverdueOn(28.February(2029)));
        Assert.True(record.IsOverdueOn(1.March(2029)));
    }

    [Fact]
    public void ShouldCountBedomningarDueAndDoneInThePeriodAndThoseOnTime()
    {
        var today = 2.December(2026);
        var certifier = Certifier();
        // Due 2026-03-01 (a year after the N-intyg), done late on 2026-03-20; next due 2027-03-20.
        var late = OralHealthRecord.Issue(Guid.NewGuid(), Herrljunga.Id, certifier, 1.March(2025), today);
        var lateDue = late.AssessmentDueOn;
        late.RecordAssessment(20.March(2026), today);
        // Due 2026-06-10, done on time on 2026-06-01; next due 2027-06-01.
        var onTime = OralHealthRecord.Issue(Guid.NewGuid(), Herrljunga.Id, certifier, 10.June(2025), today);
        var onTimeDue = onTime.AssessmentDueOn;
        onTime.RecordAssessment(1.June(2026), today);
        // Due 2026-09-01 and never done: overdue at the end of the year.
        var missed = OralHealthRecord.Issue(Guid.NewGuid(), Herrljunga.Id, certifier, 1.September(2025), today);
        var assessments = new[] { new OralHealthAssessment(late, lateDue), new OralHealthAssessment(onTime, onTimeDue) };

        var figures = OralHealthFigures.Count(Herrljunga.Id, new DateInterval(1.January(2026), 31.December(2026)), [late, onTime, missed], assessments);

        Assert.Equal(3, figures.WithCertificate);
        Assert.Equal(3, figures.Due);
        Assert.Equal(2, figures.Done);
        Assert.Equal(1, figures.DoneOnTime);
        Assert.Equal(1, figures.OverdueAtEnd);
    }
}
