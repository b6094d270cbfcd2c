using Narplan.Domain.SelfCare;

namespace Narplan.Domain.Tests.SelfCare;

/// <summary>Seed 000: "Egenvårdsintyg skrivs av sjuksköterska eller läkare på vårdcentralen" and "följs upp en gång/år".</summary>
public sealed class SelfCareCertificateTests
{
    private static readonly Guid Patient = Guid.NewGuid();
    private static readonly Guid Kommun = Guid.NewGuid();
    private static readonly Guid Centre = Guid.NewGuid();

    private static SelfCareCertificate Written(NodaTime.LocalDate on) =>
        SelfCareCertificate.Write(Patient, Kommun, Centre, "Karin Åberg", SelfCareWriterRole.Doctor, on, "Insulininjektioner", 2.December(2026));

    [Fact]
    public void ShouldBeDueForFollowUpOneYearAfterItWasWritten()
    {
        var certificate = Written(15.October(2025));

        Assert.Equal(15.October(2026), certificate.FollowUpDueOn);
        Assert.False(certificate.IsOverdueOn(15.October(2026)));
        Assert.True(certificate.IsOverdueOn(16.October(2026)));
    }

    [Fact]
    public void ShouldBeDueOneYearAfterTheLastFollowUp()
    {
        var certificate = Written(20.January(2025));

        certificate.RecordFollowUp(1.February(2026), "Sofia Eriksson", 2.December(2026));

        Assert.Equal(1.February(2027), certificate.FollowUpDueOn);
        Assert.False(certificate.IsOverdueOn(2.December(2026)));
        Assert.False(certificate.IsDueWithin(2.December(2026), 28));
        Assert.True(certificate.IsDueWithin(4.January(2027), 28));
    }

    [Fact]
    public void ShouldBeDueOn28FebruaryWhenWrittenOnLeapDay()
    {
        var certificate = SelfCareCertificate.Write(Patient, Kommun, Centre, "Karin Åberg", SelfCareWriterRole.Nurse, 29.February(2024), "Stödstrumpor", 1.March(2024));

        Assert.Equal(28.February(2025), certificate.FollowUpDueOn);
    }

    [Fact]
    public void ShouldLeaveTheDueListWhenEnded()
    {
        var certificate = Written(15.October(2025));

        certificate.End(1.December(2026), 2.December(2026));

        Assert.False(certificate.IsOverdueOn(2.December(2026)));
        Assert.False(certificate.IsDueWithin(2.December(2026), 28));
    }

    [Theory]
    [InlineData(null, "Doctor", "2026-01-01", "x", "WrittenBy")]
    [InlineData("Karin Åberg", null, "2026-01-01", "x", "WriterRole")]
    [InlineData("Karin Åberg", "Doctor", "2026-12-03", "x", "WrittenOn")]
    [InlineData("Karin Åberg", "Doctor", "2026-01-01", "  ", "Covers")]
    public void ShouldRefuseABadFieldBesideIt(string? by, string? role, string on, string covers, string field)
    {
        var refusal = Assert.Throws<FieldRefusal>(() => SelfCareCertificate.Write(
            Patient, Kommun, Centre, by, role is null ? null : Enum.Parse<SelfCareWriterRole>(role), NodaTime.Text.LocalDatePattern.Iso.Parse(on).Value, covers, 2.December(2026)));

        Assert.Equal(field, refusal.Field);
    }

    [Fact]
    public void ShouldRefuseAFollowUpBeforeTheIntygOrInTheFuture()
    {
        var certificate = Written(15.October(2025));

        Assert.Equal("FollowedUpOn", Assert.Throws<FieldRefusal>(() => certificate.RecordFollowUp(14.October(2025), "X", 2.December(2026))).Field);
        Assert.Contains("framtiden", Assert.Throws<FieldRefusal>(() => certificate.RecordFollowUp(3.December(2026), "X", 2.December(2026))).Message);
        Assert.Null(certificate.LastFollowUpOn);
    }
}
