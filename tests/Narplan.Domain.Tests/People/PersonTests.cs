using Narplan.Domain.People;
using NodaTime;

namespace Narplan.Domain.Tests.People;

public class PersonTests
{
    private static readonly Guid Centre = Guid.Parse("000000c1-0000-0000-0000-000000000000");

    [Fact]
    public void ShouldBeEmployedFromTheFirstDayUntilTheDayBeforeTheEnd()
    {
        var doctor = new Person("Karin Åberg", "Distriktsläkare", PersonRole.Lakare, Centre);
        doctor.SetEmployment(new LocalDate(2024, 3, 1), new LocalDate(2026, 7, 1));
        Assert.False(doctor.IsEmployedOn(new LocalDate(2024, 2, 29)));
        Assert.True(doctor.IsEmployedOn(new LocalDate(2024, 3, 1)));
        Assert.True(doctor.IsEmployedOn(new LocalDate(2026, 6, 30)));
        Assert.False(doctor.IsEmployedOn(new LocalDate(2026, 7, 1)));
    }

    [Fact]
    public void ShouldRefuseAnEmploymentThatEndsBeforeItStarts() =>
        Assert.Contains("kan inte sluta",
            Assert.Throws<DomainException>(() => new Person("A", "", PersonRole.Mas, Centre).SetEmployment(new LocalDate(2026, 6, 19), new LocalDate(2026, 6, 19))).Message);

    [Fact]
    public void ShouldKeepEveryValueWhenAnUpdateHasAMalformedHsaId()
    {
        var nurse = new Person("Ida Sjöström", "Sjuksköterska", PersonRole.Sjukskoterska, Centre, "0510-770 00");
        Assert.Throws<DomainException>(() => nurse.Update("Ida Berg", "Distriktssköterska", PersonRole.Distriktsskoterska, Centre, null, "SE123"));
        Assert.Equal("Ida Sjöström", nurse.Name);
        Assert.Equal(PersonRole.Sjukskoterska, nurse.Role);
        Assert.Equal("0510-770 00", nurse.Phone);
    }

    [Theory]
    [InlineData("Läkare", PersonRole.Lakare)]
    [InlineData("distriktsläkare", PersonRole.Lakare)]
    [InlineData("Verksamhetschef", PersonRole.Vardcentralschef)]
    [InlineData("MAS", PersonRole.Mas)]
    [InlineData("Sjuksköterska", PersonRole.Sjukskoterska)]
    [InlineData("Sjukgymnast", PersonRole.Fysioterapeut)]
    public void ShouldReadTheRoleAsAStaffListWritesIt(string text, PersonRole role) => Assert.Equal(role, PersonRoleNames.Parse(text));
}
