using Narplan.Domain.OnCall;

namespace Narplan.Domain.Tests.OnCall;

/// <summary>Seed 002: "Det kan vara en till två läkare kopplade till respektive hemvårdsområde" – the daytime answer names both, in order.</summary>
public class OnCallRegularDoctorsTests
{
    private static readonly OnCallUnit Norr = new(
        "Hemvårdsområde Norr", "Närhälsan Lidköping vårdcentral", "0510-123 45", RegularDoctorName: "Sofia Eriksson",
        SecondRegularDoctorName: "Oskar Wallin");

    private static OnCallAnswer Resolve(OnCallUnit unit, NodaTime.Instant at) =>
        OnCallResolver.Resolve(new OnCallQuery(unit, [], SeedOnCallProfiles.Skaraborg(), at));

    [Fact]
    public void ShouldListBothRegularDoctorsInOrderOnATuesdayMorning()
    {
        var answer = Resolve(Norr, 16.June(2026).At(10));

        Assert.Equal(ResponderKind.Vardcentral, answer.Kind);
        Assert.Equal(["Sofia Eriksson", "Oskar Wallin"], answer.Doctors.Select(d => d.Name));
        Assert.Equal([1, 2], answer.Doctors.Select(d => d.Order));
        Assert.Equal("Sofia Eriksson", answer.DoctorName);
        Assert.Equal("Sofia Eriksson, i andra hand Oskar Wallin", answer.DoctorsText);
        Assert.Equal(
            "Ring Närhälsan Lidköping vårdcentral direkt och fråga i första hand efter Sofia Eriksson, i andra hand efter Oskar Wallin.",
            Assert.Single(answer.CallOrder).Text);
    }

    [Fact]
    public void ShouldPutTheSubstituteInTheAbsentFirstDoctorsPlace()
    {
        var answer = Resolve(Norr with { SubstituteDoctorName = "Lisa Berg" }, 22.December(2026).At(10));

        Assert.Equal(["Lisa Berg", "Oskar Wallin"], answer.Doctors.Select(d => d.Name));
        Assert.Equal("Sofia Eriksson", answer.Doctors[0].StandsInFor);
        Assert.Null(answer.Doctors[1].StandsInFor);
    }

    [Fact]
    public void ShouldNameTheSecondDoctorOnceWhenTheyStandInForTheFirst()
    {
        var answer = Resolve(Norr with { SubstituteDoctorName = "Oskar Wallin" }, 22.December(2026).At(10));

        Assert.Equal(["Oskar Wallin"], answer.Doctors.Select(d => d.Name));
        Assert.Equal("Ring Närhälsan Lidköping vårdcentral direkt.", Assert.Single(answer.CallOrder).Text);
    }

    [Fact]
    public void ShouldNameNoDoctorsWhenTheBeredskapsjourAnswers()
    {
        Assert.Empty(Resolve(Norr, 19.June(2026).At(23)).Doctors);
    }
}
