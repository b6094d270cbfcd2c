using Narplan.Domain.Plans;
using NodaTime;

namespace Narplan.Domain.Tests.Plans;

/// <summary>A Herrljunga-like plan with two parties, for the plan tests.</summary>
internal static class PlanTestData
{
    public static readonly Guid Kommun = Guid.Parse("00000000-0000-0000-0000-000000000001");
    public static readonly Guid CareCentre = Guid.Parse("00000000-0000-0000-0000-000000000002");
    public static readonly Instant Noon = Instant.FromUtc(2026, 3, 2, 11, 0);

    public static PlanDetails Details(int developmentAreas = 2) => new()
    {
        Parties = [new(Kommun, "Herrljunga kommun", "Kommun"), new(CareCentre, "Närhälsan Herrljunga vårdcentral", "Vårdcentral")],
        ValidFrom = 1.January(2026),
        DevelopmentAreas = Enumerable.Range(1, developmentAreas).Select(i => $"Område {i}").ToList(),
        Signatories =
        [
            new(CareCentre, "Vårdcentral", "Marie Linder Jakobsson", "Vårdcentralschef", "Närhälsan Herrljunga vårdcentral"),
            new(Kommun, "Kommun", "Susanne Johnsen", "Verksamhetschef vård och omsorg", "Herrljunga kommun"),
        ],
    };

    /// <summary>A plan whose every mandatory section has text.</summary>
    public static NeighbourhoodPlan FilledPlan(int developmentAreas = 2)
    {
        var plan = NeighbourhoodPlan.FromTemplate(Kommun, "Gemensam närområdesplan Herrljunga", Details(developmentAreas));
        var version = plan.Latest;
        foreach (var s in version.EmptyMandatorySections())
        {
            version.EditSection(s.Key, s.Revision, $"Text för {s.Heading}.");
        }

        return plan;
    }

    public static readonly Appendix1Row Hagagarden = new("Hagagården", "Särskilt boende", "Närhälsan Herrljunga vårdcentral", "Karin Åberg", null, "På plats", "031-390 06 01");

    public static PlanVersion OnReferral(NeighbourhoodPlan plan)
    {
        plan.Latest.SendForReferral([Hagagarden], [new("Förskolan Solrosen", "BVC Herrljunga")]);
        return plan.Latest;
    }

    public static void ApproveByAll(PlanVersion version)
    {
        version.Approve(Kommun, "Susanne Johnsen", version.ContentRevision, Noon, 2.March(2026));
        version.Approve(CareCentre, "Marie Linder Jakobsson", version.ContentRevision, Noon, 2.March(2026));
    }
}
