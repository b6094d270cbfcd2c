using Narplan.Domain.Calendars;
using Narplan.Domain.Crisis;
using Narplan.Domain.Plans;
using NodaTime;

namespace Narplan.Domain.Tests.Crisis;

/// <summary>
/// "Who now" for crisis and POSOM contacts (issue 19 item 7), as facts on named dates. Seed 000: "Om förvaltningschefen
/// inte finns tillgänglig ersätts denna av: 1. Verksamhetschef Socialt stöd 2. … 3. …" and "kontorstid vardagar 8-17.
/// TIB i regionen övrig tid- nås via växel 010-435 80 00".
/// </summary>
public sealed class CrisisContactResolverTests
{
    private static readonly Guid Kommun = Guid.Parse("0000000a-0000-0000-0000-000000000000");

    private static CrisisContactPlan Plan(int opens = 8, int closes = 17) => CrisisContactPlan.Create(
        Kommun, new LocalTime(opens, 0), new LocalTime(closes, 0), "Förvaltningschef", "Eva Strand", "031-390 06 90",
        [
            new CrisisSubstitute("Verksamhetschef Socialt stöd", "Olle Berg", "031-390 06 93"),
            new CrisisSubstitute("Verksamhetschef Individ- och familjeomsorg", "Sara Nyberg", "031-390 06 94"),
            new CrisisSubstitute("Verksamhetschef Vård och omsorg", "Per Sandberg", null),
        ],
        "TIB i regionen", "010-435 80 00");

    private static Instant Swedish(int y, int m, int d, int h, int min) => new LocalDateTime(y, m, d, h, min).InZoneStrictly(Stockholm.Zone).ToInstant();

    private static CrisisContactAnswer At(CrisisContactPlan plan, Instant at, params CrisisAbsence[] absences) => CrisisContactResolver.Resolve(plan, absences, at);

    [Fact]
    public void ShouldAnswerTheForvaltningschefAt1659OnAFridayAndTibAt1700()
    {
        var plan = Plan();

        var before = At(plan, Swedish(2026, 11, 27, 16, 59));
        var after = At(plan, Swedish(2026, 11, 27, 17, 0));

        Assert.Equal(CrisisResponderKind.Chief, before.Kind);
        Assert.Equal("Eva Strand", before.Name);
        Assert.Equal(Swedish(2026, 11, 27, 17, 0), before.Until);
        Assert.Equal(CrisisResponderKind.OnDutyOfficer, before.NextKind);
        Assert.Equal(CrisisResponderKind.OnDutyOfficer, after.Kind);
        Assert.Equal("010-435 80 00", after.Phone);
        Assert.Equal(Swedish(2026, 11, 27, 17, 0), after.From);
        Assert.Equal(Swedish(2026, 11, 30, 8, 0), after.Until);
        Assert.Equal("Eva Strand", after.NextName);
    }

    [Fact]
    public void ShouldUseTheConfiguredOfficeHoursSoAt1559TheChiefAndAt1600TibWhenTheKommunsHoursAre8To16()
    {
        // Seed 000: the kommun's contact has "Kontorstid vardagar 8-16".
        var plan = Plan(8, 16);

        Assert.Equal(CrisisResponderKind.Chief, At(plan, Swedish(2026, 11, 27, 15, 59)).Kind);
        Assert.Equal(CrisisResponderKind.OnDutyOfficer, At(plan, Swedish(2026, 11, 27, 16, 0)).Kind);
        Assert.Equal(CrisisResponderKind.OnDutyOfficer, At(plan, Swedish(2026, 11, 27, 16, 59)).Kind);
    }

    [Fact]
    public void ShouldAnswerTibAllDayOnJulafton2026UntilMonday28December()
    {
        var answer = At(Plan(), Swedish(2026, 12, 24, 10, 0));

        Assert.Equal(CrisisResponderKind.OnDutyOfficer, answer.Kind);
        Assert.False(answer.InOfficeHours);
        Assert.Equal("Julafton", answer.DayName);
        Assert.Equal(Swedish(2026, 12, 23, 17, 0), answer.From);
        Assert.Equal(Swedish(2026, 12, 28, 8, 0), answer.Until);
    }

    [Fact]
    public void ShouldAnswerTibOnMidsommarafton19June2026ButTheChiefAllOfficeHoursTheDayBefore()
    {
        var eve = At(Plan(), Swedish(2026, 6, 19, 10, 0));
        var dayBefore = At(Plan(), Swedish(2026, 6, 18, 16, 30));

        Assert.Equal(CrisisResponderKind.OnDutyOfficer, eve.Kind);
        Assert.Equal("Midsommarafton", eve.DayName);
        Assert.Equal(Swedish(2026, 6, 22, 8, 0), eve.Until);
        // Decision 0078: a day before a holiday keeps full office hours.
        Assert.Equal(CrisisResponderKind.Chief, dayBefore.Kind);
        Assert.Equal(Swedish(2026, 6, 18, 17, 0), dayBefore.Until);
    }

    [Fact]
    public void ShouldCountOfficeHoursInSwedishTimeAcrossTheDstNightOf29March2026()
    {
        var plan = Plan();
        var sameUtcTime = new LocalTime(6, 30);

        // 06:30 UTC is 07:30 CET on Friday 27 March but 08:30 CEST on Monday 30 March.
        var friday = At(plan, new LocalDate(2026, 3, 27).At(sameUtcTime).InUtc().ToInstant());
        var monday = At(plan, new LocalDate(2026, 3, 30).At(sameUtcTime).InUtc().ToInstant());
        var night = At(plan, Instant.FromUtc(2026, 3, 29, 1, 30)); // 03:30 CEST, just after the clocks went forward

        Assert.Equal(CrisisResponderKind.OnDutyOfficer, friday.Kind);
        Assert.Equal(CrisisResponderKind.Chief, monday.Kind);
        Assert.Equal(CrisisResponderKind.OnDutyOfficer, night.Kind);
        Assert.Equal(Instant.FromUtc(2026, 3, 27, 16, 0), night.From);
        Assert.Equal(Instant.FromUtc(2026, 3, 30, 6, 0), night.Until);
        Assert.Equal(Duration.FromHours(62), night.Until - night.From);
    }

    [Fact]
    public void ShouldCallTheSubstitutesInOrderWhenTheChiefAndTheFirstSubstituteAreMarkedAbsent()
    {
        var plan = Plan();
        var today = new LocalDate(2026, 11, 30);
        var chiefAway = CrisisAbsence.Record(plan, "Eva Strand", new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 4), null, today);
        var firstAway = CrisisAbsence.Record(plan, "olle berg", new LocalDate(2026, 12, 2), new LocalDate(2026, 12, 2), null, today);

        var tuesday = At(plan, Swedish(2026, 12, 1, 10, 0), chiefAway, firstAway);
        var wednesday = At(plan, Swedish(2026, 12, 2, 10, 0), chiefAway, firstAway);
        var monday = At(plan, Swedish(2026, 11, 30, 10, 0), chiefAway, firstAway);

        Assert.Equal((CrisisResponderKind.Substitute, "Olle Berg"), (tuesday.Kind, tuesday.Name));
        Assert.Equal((CrisisResponderKind.Substitute, "Sara Nyberg"), (wednesday.Kind, wednesday.Name));
        Assert.Equal([true, true, false, false], wednesday.Chain.Select(s => s.Absent));
        Assert.Equal((CrisisResponderKind.Chief, "Eva Strand"), (monday.Kind, monday.Name));
    }

    [Fact]
    public void ShouldCallTibInOfficeHoursWhenEveryoneInTheOrderIsAbsent()
    {
        var plan = Plan();
        var today = new LocalDate(2026, 11, 30);
        var absences = plan.Chain.Select(p => CrisisAbsence.Record(plan, p.Name, today, today, null, today)).ToArray();

        var answer = At(plan, Swedish(2026, 11, 30, 10, 0), absences);

        Assert.Equal(CrisisResponderKind.OnDutyOfficer, answer.Kind);
        Assert.True(answer.InOfficeHours);
        Assert.Contains("frånvarande", answer.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldRefuseOfficeHoursThatEndBeforeTheyBeginBesideTheClosingField()
    {
        var e = Assert.Throws<FieldRefusal>(() => CrisisContactPlan.Create(
            Kommun, new LocalTime(17, 0), new LocalTime(8, 0), "Förvaltningschef", "Eva Strand", null, [], "TIB", "010-435 80 00"));

        Assert.Equal(nameof(CrisisContactPlan.OfficeCloses), e.Field);
    }

    [Fact]
    public void ShouldRefuseAnAbsenceOfSomeoneNotInTheOrderOrEndingBeforeItStarts()
    {
        var plan = Plan();
        var today = new LocalDate(2026, 11, 30);

        var stranger = Assert.Throws<FieldRefusal>(() => CrisisAbsence.Record(plan, "Någon Annan", today, today, null, today));
        var backwards = Assert.Throws<FieldRefusal>(() => CrisisAbsence.Record(plan, "Eva Strand", today.PlusDays(3), today, null, today));

        Assert.Equal(nameof(CrisisAbsence.PersonName), stranger.Field);
        Assert.Equal(nameof(CrisisAbsence.LastDay), backwards.Field);
    }

    [Fact]
    public void ShouldTakeTheFirstVersionFromThePlansCrisisSectionAsSeed000WritesIt()
    {
        var details = new PlanDetails
        {
            CrisisContacts =
            [
                new("Ansvar för krisstöd", "Eva Strand", "Herrljunga kommun", "031-390 06 90", "Kontorstid vardagar 8–16"),
                new("Kontaktperson vårdcentralen", "Maria Ek", "Närhälsan Herrljunga vårdcentral", null, "Kontorstid vardagar 8–17",
                    "TIB i regionen övrig tid – nås via växel 010-435 80 00"),
            ],
            SubstituteOrder = ["Verksamhetschef Socialt stöd", "Verksamhetschef Individ- och familjeomsorg", "Verksamhetschef Vård och omsorg"],
        };

        var plan = CrisisContactPlan.FromPlan(Kommun, details, "", null)!;

        Assert.Equal((new LocalTime(8, 0), new LocalTime(16, 0)), (plan.OfficeOpens, plan.OfficeCloses));
        Assert.Equal("010-435 80 00", plan.OutsideOfficePhone);
        Assert.Equal(details.SubstituteOrder, plan.Substitutes.Select(s => s.Title));
    }
}
