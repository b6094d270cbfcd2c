using Narplan.Domain.Acute;

namespace Narplan.Domain.Tests.Acute;

public class SbarGeneratorTests
{
    private static readonly SbarInput Full = new(
        PatientDisplayName: "Greta Lind",
        Age: 87,
        UnitName: "Solbackens korttidsboende",
        Reason: "ökad andfåddhet och ny förvirring sedan i eftermiddags",
        Vitals: new VitalSigns(24, 93, SpO2Scale.Scale1, AirOrOxygen.Air, 105, 115, Consciousness.NewConfusion, 38.4m),
        DecisionSupport: new DecisionSupportAssessment(DecisionSupportTool.BViS, DecisionSupportResult.Red),
        ExclusionSymptoms: [],
        PatientWishes: "vill vårdas hemma om det går",
        Request: "bedömning om hembesök i kväll eller annan vårdnivå",
        NurseName: "Karin Berg",
        Background: "hjärtsvikt och KOL. Antibiotika avslutad för en vecka sedan");

    [Fact]
    public void ShouldWriteAllFourSectionsToBeReadAloud()
    {
        var report = SbarGenerator.Generate(Full);

        Assert.Equal(
            """
            S – Situation
            Jag heter Karin Berg och är sjuksköterska. Jag ringer om Greta Lind, 87 år, på Solbackens korttidsboende. Ökad andfåddhet och ny förvirring sedan i eftermiddags.

            B – Bakgrund
            Hjärtsvikt och KOL. Antibiotika avslutad för en vecka sedan. Patientens önskemål: vill vårdas hemma om det går.

            A – Aktuellt tillstånd
            Andningsfrekvens 24 per minut, saturation 93 procent på luft, systoliskt blodtryck 105, puls 115 per minut, nytillkommen förvirring, temperatur 38,4 grader. NEWS2 är 11 poäng, hög risk. Tre poäng på medvetandegrad. Bedömning enligt BViS: röd.

            R – Rekommendation
            Bedömning om hembesök i kväll eller annan vårdnivå.
            """,
            report.Text);
    }

    // Issue 14 item 9 ("The SBAR has no B"; DOMAIN.md §7: "an SBAR report (Situation, Bakgrund, Aktuellt tillstånd,
    // Rekommendation)"): B is always said, right after S, even when nothing was given — then the doctor hears so.
    [Fact]
    public void ShouldAlwaysSayBakgrundAfterSituationAndLeaveOutOnlyEmptyAAndR()
    {
        var report = SbarGenerator.Generate(new SbarInput("Greta Lind", null, "Solbacken", "Har ramlat"));

        Assert.Equal([SbarGenerator.SituationHeading, SbarGenerator.BackgroundHeading], report.Sections.Select(s => s.Heading));
        Assert.Equal("Jag ringer om Greta Lind, på Solbacken. Har ramlat.", report.Sections[0].Text);
        Assert.Equal(SbarGenerator.NoBackground, report.Sections[1].Text);
        Assert.DoesNotContain(SbarGenerator.AssessmentHeading, report.Text);
    }

    [Fact]
    public void ShouldSayWhichValuesAreMissingInsteadOfANews2Score()
    {
        var report = SbarGenerator.Generate(Full with
        {
            Vitals = new VitalSigns(Pulse: 112, SpO2: 91),
            DecisionSupport = null,
            Request = null,
            Background = null,
            PatientWishes = null,
        });

        Assert.Equal(
            [SbarGenerator.SituationHeading, SbarGenerator.BackgroundHeading, SbarGenerator.AssessmentHeading],
            report.Sections.Select(s => s.Heading));
        Assert.Equal(
            "Saturation 91 procent, puls 112 per minut. NEWS2 kan inte räknas ut eftersom andningsfrekvens, luft eller syrgas, systoliskt blodtryck, medvetandegrad och temperatur saknas.",
            report.Sections[2].Text);
    }

    [Fact]
    public void ShouldNameScale2AndOxygenAndListExclusionSymptoms()
    {
        var report = SbarGenerator.Generate(Full with
        {
            Vitals = Full.Vitals! with { Scale = SpO2Scale.Scale2, SpO2 = 90, AirOrOxygen = AirOrOxygen.Oxygen },
            ExclusionSymptoms = ["bröstsmärta", " ", "ensidig svaghet"],
        });

        var assessment = report.Sections.Single(s => s.Heading == SbarGenerator.AssessmentHeading).Text;
        Assert.Contains("saturation 90 procent med syrgas, skala 2 med målvärde 88 till 92 procent", assessment);
        Assert.EndsWith("Exklusionssymtom: bröstsmärta, ensidig svaghet.", assessment);
    }

    [Fact]
    public void ShouldWriteTheNews2ScoreForAWellPatientAsNoRaisedRisk()
    {
        var report = SbarGenerator.Generate(Full with { Vitals = News2Tests.Normal });

        Assert.Contains("NEWS2 är 0 poäng, ingen förhöjd risk.", report.Text);
        Assert.DoesNotContain("Tre poäng", report.Text);
    }

    [Theory]
    [InlineData("", "Solbacken", "Feber", "Ange vilken patient samtalet gäller.")]
    [InlineData("Greta Lind", " ", "Feber", "Ange enhet eller hemvårdsområde.")]
    [InlineData("Greta Lind", "Solbacken", "", "Ange anledningen till kontakten.")]
    public void ShouldRefuseAReportWithoutPatientUnitOrReason(string patient, string unit, string reason, string message)
    {
        var error = Assert.Throws<DomainException>(() => SbarGenerator.Generate(new SbarInput(patient, 80, unit, reason)));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void ShouldSayTheTickedTriggersAfterRedOrGreen()
    {
        var report = SbarGenerator.Generate(new SbarInput("Greta Lind", null, "Solbacken", "Andfådd")
        {
            DecisionSupport = new DecisionSupportAssessment(DecisionSupportTool.BViS, DecisionSupportResult.Red),
            TriggersMet = ["Andningsfrekvens över 25/min", "Nytillkommen förvirring."],
        });

        var assessment = Assert.Single(report.Sections, s => s.Heading == SbarGenerator.AssessmentHeading);
        Assert.Equal("Bedömning enligt BViS: röd. Uppfyllda kriterier: Andningsfrekvens över 25/min; Nytillkommen förvirring.", assessment.Text);
    }

    [Fact]
    public void ShouldSayNothingAboutTriggersWhenNoneWereTicked()
    {
        var report = SbarGenerator.Generate(new SbarInput("Greta Lind", null, "Solbacken", "Har ramlat") { TriggersMet = [" "] });

        Assert.DoesNotContain("Uppfyllda kriterier", report.Text);
        Assert.DoesNotContain(SbarGenerator.AssessmentHeading, report.Text);
        Assert.DoesNotContain("Uppfyllda kriterier", SbarGenerator.Generate(Full).Text);
    }
}
