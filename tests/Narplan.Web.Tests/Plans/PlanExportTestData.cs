using Narplan.Domain.Plans;
using Narplan.Web.Features.Plans.Export;
using NodaTime;

namespace Narplan.Web.Tests.Plans;

/// <summary>A plan document like Herrljunga's, with awkward text, for the export tests.</summary>
internal static class PlanExportTestData
{
    public static PlanDocument Herrljunga(int appendix1Rows = 6)
    {
        var kommun = Guid.NewGuid();
        var vc = Guid.NewGuid();
        var details = new PlanDetails
        {
            Parties = [new(kommun, "Herrljunga kommun", "Kommun"), new(vc, "Närhälsan Herrljunga vårdcentral", "Vårdcentral")],
            ValidFrom = new LocalDate(2026, 1, 1),
            YearlyFollowUp = new LocalDate(2026, 11, 15),
            AdvisoryDoctors = [new("Martin Johansson", "Närhälsan Herrljunga vårdcentral", new LocalDate(2026, 1, 1))],
            CrisisContacts = [new("Ansvar för krisstöd", "Emma Sjöberg", "Herrljunga kommun", "0513-17190", "Kontorstid vardagar 8–16")],
            SubstituteOrder = ["Verksamhetschef Socialt stöd", "Verksamhetschef Individ- och familjeomsorg", "Verksamhetschef Vård och omsorg"],
            CareNeighbours = [new("Palliativa teamet Alingsås", "Palliativt team")],
            DevelopmentAreas = ["Utöka antalet fördjupade läkemedelsgenomgångar", "Samverkan kring diabetespatienter"],
            Signatories = [new(vc, "Vårdcentral", "Marie Linder Jakobsson", "Vårdcentralschef", "Närhälsan Herrljunga vårdcentral")],
            Updated = new LocalDate(2026, 4, 1),
        };
        var plan = NeighbourhoodPlan.FromTemplate(kommun, "Gemensam Närområdesplan", details);
        var v = plan.Latest;
        v.EditSection("anhorigstod", 0, "I Herrljunga kommun finns **anhörigstöd** <script>alert(1)</script> och [länk](javascript:alert(1)).\n\n1. ett\n2. två\n\u0001kontrolltecken");
        var rows = Enumerable.Range(1, appendix1Rows)
            .Select(i => new Appendix1Row($"Enhet {i}", "Särskilt boende", "Närhälsan Herrljunga vårdcentral", "Karin Åberg", "tisdagar 13.00 varannan vecka", "På plats", "031-390 06 01"))
            .ToList();
        return new PlanDocument("Herrljunga", "Västra Götalandsregionen", PlanKind.Naromradesplan, plan.Title, 1, PlanStatus.Utkast, null, null,
            v.Details, v.Sections, rows, [new("Förskolan Solrosen", "Närhälsan Herrljunga barnavårdscentral")]);
    }
}
