using Narplan.Domain.Calendars;
using Narplan.Domain.OnCall;
using NodaTime;

namespace Narplan.Domain.Tests.OnCall;

/// <summary>
/// Issue 14 items 1, 6 and 7: on-call rules belong to a beredskapsjourområde (decision 0037), each kommun is assigned to
/// one area by date, a missing number is said and never borrowed, Halland routes daytime acute home visits to
/// Läkarmedverkan i hemsjukvården (decision 0039), and the VGR remit includes contacting relatives (seed 002).
/// </summary>
public class OnCallAreaTests
{
    private static readonly Guid Herrljunga = Guid.NewGuid();
    private static readonly Guid Hagagarden = Guid.NewGuid();
    private static readonly Guid Alvsborg = Guid.NewGuid();
    private static readonly Guid Skaraborg = Guid.NewGuid();

    private static readonly OnCallUnit HagagardenUnit = new(
        "Hagagården", "Närhälsan Herrljunga vårdcentral", "0513-100 00", RegularDoctorName: "Karin Åberg");

    private static readonly OnCallUnit HemsjukvardenFalkenberg = new(
        "Hemsjukvården Falkenberg", "Vårdcentralen Falkenberg", "0346-100 00", RegularDoctorName: "Doktor Demo");

    private static string AreaName(Guid id) => id == Alvsborg ? "Beredskapsjouren Älvsborg + Södra Bohuslän" : "Beredskapsjouren Skaraborg";

    private static OnCallAnswer Resolve(OnCallUnit unit, OnCallRuleProfile profile, Instant at, OnCallNeed need = OnCallNeed.Advice) =>
        OnCallResolver.Resolve(new OnCallQuery(unit, [], profile, at, need));

    [Fact]
    public void ShouldGiveHerrljungaTheAlvsborgBeredskapsjourWithoutANumberAt22OnMidsummerEve()
    {
        // Seed 000 (Herrljunga): "Kontakt se länk: Beredskapsjouren Älvsborg + Södra Bohuslän" – and no number.
        var answer = Resolve(HagagardenUnit, SeedOnCallProfiles.AlvsborgSodraBohuslan(), 19.June(2026).At(22));

        Assert.Equal(ResponderKind.Beredskapsjour, answer.Kind);
        Assert.Equal("Beredskapsjouren Älvsborg + Södra Bohuslän", answer.ResponderName);
        Assert.Null(answer.Phone);
        Assert.Equal("Nummer saknas – ange det under Administration → jourregler", answer.PhoneMissingReason);
        Assert.DoesNotContain(answer.CallOrder, s => s.Phone is "077-011 02 88" or "076-880 86 80" or "031-190 180");
        Assert.DoesNotContain(answer.CallOrder.Select(s => s.Text), t => t.Contains("chauffören i läkarbilen", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldGiveLidkopingTheSkaraborgNumberAt22OnMidsummerEve()
    {
        // Seed 002: "direkt till beredskapsläkaren på telefonnummer 077-011 02 88".
        var answer = Resolve(HagagardenUnit with { UnitName = "Bäckliden" }, SeedOnCallProfiles.Skaraborg(), 19.June(2026).At(22));

        Assert.Equal("077-011 02 88", answer.Phone);
        Assert.Null(answer.PhoneMissingReason);
        Assert.Contains("Beredskapsjouren Skaraborg", answer.ResponderName);
    }

    [Theory]
    [InlineData("Skaraborg")]
    [InlineData("Älvsborg")]
    [InlineData("Fyrbodal")]
    public void ShouldIncludeContactingRelativesInTheOnCallDoctorsRemitAfterADeath(string area)
    {
        // Seed 002: "Att konstatera dödsfall utanför sjukhus och utfärda dödsbevis samt kontakta anhöriga och närstående
        // såvida inte annan myndighet gör detta."
        var profile = area switch
        {
            "Skaraborg" => SeedOnCallProfiles.Skaraborg(),
            "Älvsborg" => SeedOnCallProfiles.AlvsborgSodraBohuslan(),
            _ => SeedOnCallProfiles.Fyrbodal(),
        };

        var answer = Resolve(HagagardenUnit, profile, 19.June(2026).At(22));

        Assert.Contains(answer.Scope, s => s.Contains("dödsbevis", StringComparison.Ordinal)
            && s.Contains("kontakta anhöriga och närstående såvida inte annan myndighet gör detta", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldRouteAHallandDaytimeAcuteHomeVisitToLakarmedverkanIHemsjukvarden()
    {
        // Seed 003: "Läkarmedverkan i hemsjukvården ansvarar för läkarinsatserna på korttidsboendena samt akuta hembesök
        // för patienter inskrivna i hemsjukvården".
        var tuesday = 16.June(2026).At(10);

        var visit = Resolve(HemsjukvardenFalkenberg, SeedOnCallProfiles.Halland(), tuesday, OnCallNeed.AcuteHomeVisit);
        var advice = Resolve(HemsjukvardenFalkenberg, SeedOnCallProfiles.Halland(), tuesday);

        Assert.Equal(ResponderKind.AcuteVisitService, visit.Kind);
        Assert.Equal("Läkarmedverkan i hemsjukvården", visit.ResponderName);
        Assert.Null(visit.Phone);
        Assert.Equal(OnCallAnswer.NumberMissing, visit.PhoneMissingReason);
        Assert.Equal(16.June(2026).Local(17), visit.Until.Local());
        Assert.Equal(ResponderKind.Beredskapsjour, visit.Next.Kind);
        Assert.Equal([null, "0346-100 00"], visit.CallOrder.Select(s => s.Phone));
        Assert.Equal(ResponderKind.Vardcentral, advice.Kind);
        Assert.Equal("Vårdcentralen Falkenberg", advice.ResponderName);
    }

    [Fact]
    public void ShouldRouteAHallandAcuteHomeVisitToTheBeredskapsjourOutOfHours()
    {
        // Seed 003: "Beredskapsjouren ansvarar för råd och hembesök 17:00-08:00 måndag-fredag".
        var visit = Resolve(HemsjukvardenFalkenberg, SeedOnCallProfiles.Halland(), 16.June(2026).At(19), OnCallNeed.AcuteHomeVisit);

        Assert.Equal(ResponderKind.Beredskapsjour, visit.Kind);
        Assert.Equal("Allmänmedicinsk beredskapsjour", visit.ResponderName);
    }

    [Fact]
    public void ShouldKeepAVgrDaytimeAcuteHomeVisitWithTheVardcentral()
    {
        var visit = Resolve(HagagardenUnit, SeedOnCallProfiles.AlvsborgSodraBohuslan(), 16.June(2026).At(10), OnCallNeed.AcuteHomeVisit);

        Assert.Equal(ResponderKind.Vardcentral, visit.Kind);
        Assert.Equal("Närhälsan Herrljunga vårdcentral", visit.ResponderName);
    }

    [Fact]
    public void ShouldShowHallandsHolidayRuleAsTheAreasNoteOnEveryAnswer()
    {
        var answer = Resolve(HemsjukvardenFalkenberg, SeedOnCallProfiles.Halland(), 16.June(2026).At(10));

        Assert.Contains("helgdagar på vardagar räknas som helg", answer.RuleNote, StringComparison.Ordinal);
        Assert.Null(Resolve(HagagardenUnit, SeedOnCallProfiles.Skaraborg(), 16.June(2026).At(10)).RuleNote);
    }

    [Fact]
    public void ShouldPickTheKommunsAreaOnTheDateAndAUnitsOwnAreaFirst()
    {
        var kommunToAlvsborg = new OnCallAreaAssignment(Alvsborg, Herrljunga, null, new LocalDate(2026, 1, 1), null);
        var unitToSkaraborg = new OnCallAreaAssignment(Skaraborg, Herrljunga, Hagagarden, new LocalDate(2027, 1, 1), null);
        OnCallAreaAssignment[] all = [kommunToAlvsborg, unitToSkaraborg];

        Assert.Equal(Alvsborg, OnCallAreas.For(all, Herrljunga, Hagagarden, 31.December(2026), "Herrljunga", AreaName).AreaId);
        Assert.Equal(Skaraborg, OnCallAreas.For(all, Herrljunga, Hagagarden, 1.January(2027), "Herrljunga", AreaName).AreaId);
        Assert.Equal(Alvsborg, OnCallAreas.For(all, Herrljunga, Guid.NewGuid(), 1.January(2027), "Herrljunga", AreaName).AreaId);
    }

    [Fact]
    public void AKommunWithNoAreaOnTheDateShouldGetASwedishProblemAndNoOtherAreasRules()
    {
        var ended = new OnCallAreaAssignment(Alvsborg, Herrljunga, null, new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30));

        var choice = OnCallAreas.For([ended], Herrljunga, Hagagarden, 1.July(2026), "Herrljunga", AreaName);
        var night = Resolve(HagagardenUnit, OnCallRuleProfile.Unassigned(choice.Problem!), 1.July(2026).At(22));
        var day = Resolve(HagagardenUnit, OnCallRuleProfile.Unassigned(choice.Problem!), 1.July(2026).At(10));

        Assert.Null(choice.AreaId);
        Assert.Equal("Herrljunga har inget beredskapsjourområde den 2026-07-01. Ange det under Administration → jourregler.", choice.Problem);
        Assert.Null(night.Phone);
        Assert.Equal(choice.Problem, night.PhoneMissingReason);
        Assert.Equal(choice.Problem, night.AreaProblem);
        Assert.Empty(night.CallOrder);
        Assert.Empty(night.Scope);
        Assert.Null(night.Promises);
        // Daytime is still the unit's own vårdcentral, with the gap flagged.
        Assert.Equal(ResponderKind.Vardcentral, day.Kind);
        Assert.Equal(choice.Problem, day.AreaProblem);
    }

    [Fact]
    public void TwoAreasCoveringOneKommunOnTheSameDayShouldBeAProblemNotAGuess()
    {
        OnCallAreaAssignment[] stored =
        [
            new(Alvsborg, Herrljunga, null, new LocalDate(2026, 1, 1), null),
            new(Skaraborg, Herrljunga, null, new LocalDate(2026, 6, 1), null),
        ];

        var choice = OnCallAreas.For(stored, Herrljunga, Hagagarden, 19.June(2026), "Herrljunga", AreaName);

        Assert.Null(choice.AreaId);
        Assert.Contains("två beredskapsjourområden samtidigt", choice.Problem, StringComparison.Ordinal);
        Assert.Contains("Beredskapsjouren Älvsborg + Södra Bohuslän och Beredskapsjouren Skaraborg", choice.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOverlappingAssignmentShouldBeRefusedInSwedish()
    {
        var existing = new OnCallAreaAssignment(Alvsborg, Herrljunga, null, new LocalDate(2026, 1, 1), null);
        var overlapping = new OnCallAreaAssignment(Skaraborg, Herrljunga, null, new LocalDate(2027, 1, 1), null);
        var afterEnd = new OnCallAreaAssignment(Skaraborg, Herrljunga, null, new LocalDate(2027, 1, 1), null);

        var refused = Assert.Throws<DomainException>(() => OnCallAreaAssignment.RefuseOverlap([existing], overlapping, AreaName, "Herrljunga"));
        existing.EndOn(new LocalDate(2026, 12, 31));
        OnCallAreaAssignment.RefuseOverlap([existing], afterEnd, AreaName, "Herrljunga");

        Assert.Equal(
            "Herrljunga hör redan till Beredskapsjouren Älvsborg + Södra Bohuslän från 2026-01-01 och tillsvidare. Två beredskapsjourområden " +
            "kan inte gälla samma dag; avsluta den tilldelningen först eller välj andra datum.",
            refused.Message);
    }

    [Fact]
    public void AnAssignmentShouldNotEndBeforeItStarts()
    {
        var assignment = new OnCallAreaAssignment(Alvsborg, Herrljunga, null, new LocalDate(2026, 1, 1), null);

        var refused = Assert.Throws<DomainException>(() => assignment.EndOn(new LocalDate(2025, 12, 31)));

        Assert.Contains("kan inte sluta före", refused.Message, StringComparison.Ordinal);
    }
}
