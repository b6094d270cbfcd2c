using Narplan.Domain.Acute;
using Narplan.Domain.Organisations;
using Narplan.Domain.Palliative;
using Narplan.Domain.Patients;
using Narplan.Domain.Places;
using NodaTime;

namespace Narplan.Domain.Tests.Acute;

/// <summary>
/// Issue 14 item 9: B – Bakgrund (relevant diagnoses, current treatment, known wishes) starts from what Närplan knows
/// about the patient. DOMAIN.md §7: "an SBAR report (Situation, Bakgrund, Aktuellt tillstånd, Rekommendation)".
/// </summary>
public class SbarBackgroundTests
{
    private static readonly Kommun Lidkoping = new(new Region("Västra Götalandsregionen", "VGR", DecisionSupportProfileKey.Vgr), null, "Lidköping");
    private static readonly CareUnit Backliden = new(Lidkoping, "Bäckliden", CareUnitType.SarskiltBoende, 54);
    private static readonly LocalDate Today = 24.November(2026);

    private static Patient Astrid()
    {
        var patient = Patient.Enrol(IdentityNumber.ParseOrThrow("19121212-1212", Today), "Astrid", Backliden, 1.March(2026), null, Today);
        patient.RecordHospitalDischarge(20.November(2026), "Pneumoni, antibiotika i fem dagar till", Today);
        patient.RecordDeterioration(1.October(2026), "Gammal händelse", Today);
        return patient;
    }

    [Fact]
    public void ShouldSayTheEndOfLifeDecisionTheCarePlanTrygghetslakemedelAndRecentEvents()
    {
        var patient = Astrid();
        var decision = new EndOfLifeDecision(Instant.FromUtc(2026, 11, 10, 9, 0), "Sofia Eriksson", "Linnea Demosdotter");
        var plan = new PalliativeCarePlan(
            "Symtomlindring i hemmet", CprDecision.DoNotResuscitate, "Morfin vid behov", "Ordinerade", "Ingen antibiotika", "Munvård",
            Instant.FromUtc(2026, 11, 12, 10, 0), "Sofia Eriksson");

        var text = SbarBackground.Suggest(patient, Today, decision, plan);

        Assert.Equal(
            "Beslut om vård i livets slutskede 10 november 2026 av Sofia Eriksson. "
            + "Medicinsk vårdplan 12 november 2026: Symtomlindring i hemmet, Ej HLR. Fortsatt läkemedelsbehandling: Morfin vid behov. "
            + "Utskriven från sjukhus 20 november 2026: Pneumoni, antibiotika i fem dagar till.",
            text);
    }

    [Fact]
    public void ShouldBeEmptyWhenNothingIsKnownSoTheSbarSaysSo()
    {
        var patient = Patient.Enrol(IdentityNumber.ParseOrThrow("19121212-1212", Today), "Astrid", Backliden, 1.March(2026), null, Today);

        Assert.Equal("", SbarBackground.Suggest(patient, Today));
        var report = SbarGenerator.Generate(new SbarInput("Astrid", 113, "Bäckliden", "Har ramlat", Background: SbarBackground.Suggest(patient, Today)));
        Assert.Equal(
            [SbarGenerator.SituationHeading, SbarGenerator.BackgroundHeading],
            report.Sections.Select(s => s.Heading));
        Assert.Equal(SbarGenerator.NoBackground, report.Sections[1].Text);
    }
}
