using Narplan.Domain.Patients;

namespace Narplan.Domain.Tests.Patients;

/// <summary>
/// The planner breaks ties between patients by id. It keyed them by the Guid's "D" text before the ids were typed (issue 16
/// item 2), so the typed id must order exactly as that text did or a stored plan would be re-planned differently.
/// </summary>
public class PatientIdTests
{
    [Fact]
    public void ShouldOrderAsTheGuidsTextOrdersCharacterByCharacter()
    {
        // Ids that differ first in each part of the Guid, with the high bit set in some (a signed comparison would differ).
        Guid[] guids =
        [
            Guid.Parse("80000000-0000-0000-0000-000000000000"), Guid.Parse("7fffffff-ffff-ffff-ffff-ffffffffffff"),
            Guid.Parse("00000000-8000-0000-0000-000000000000"), Guid.Parse("00000000-7fff-0000-0000-000000000000"),
            Guid.Parse("00000000-0000-8000-0000-000000000000"), Guid.Parse("00000000-0000-0001-0000-000000000000"),
            Guid.Parse("00000000-0000-0000-8000-000000000000"), Guid.Parse("00000000-0000-0000-0000-800000000000"),
            Guid.Parse("00000000-0000-0000-0000-000000000001"), Guid.Parse("00000000-0000-0000-0000-0000000000ff"),
            .. Enumerable.Range(0, 200).Select(_ => Guid.NewGuid()),
        ];

        var byText = guids.OrderBy(g => g.ToString("D"), StringComparer.Ordinal).ToList();
        var byId = guids.Select(g => new PatientId(g)).Order().Select(id => id.Value).ToList();

        Assert.Equal(byText, byId);
    }

    [Fact]
    public void ShouldPrintAsTheGuidsText()
    {
        var guid = Guid.Parse("0b4a6f0e-5d1c-4c8e-9a53-2f1f6c1d9e7a");

        Assert.Equal("0b4a6f0e-5d1c-4c8e-9a53-2f1f6c1d9e7a", new PatientId(guid).ToString());
    }
}
