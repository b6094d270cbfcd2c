using Narplan.Domain.Governance;
using NodaTime;

namespace Narplan.Domain.Tests.Governance;

/// <summary>The stored records of issue 21 guard their own rules, whichever page or import changes them.</summary>
public sealed class GovernanceRecordsTests
{
    private static readonly Guid Delregion = Guid.Parse("000000d1-0000-0000-0000-000000000000");

    [Fact]
    public void ShouldRefuseAMembershipEndingBeforeItStarts()
    {
        var error = Assert.Throws<DomainException>(() => new BodyMembership(Guid.NewGuid(), "Anna", "Borås Stad", "", MemberRole.Ledamot,
            Sector.Kommun, Principal.Kommun, true, new LocalDate(2026, 5, 1), new LocalDate(2026, 4, 30)));
        Assert.Equal("Ett medlemskap kan inte sluta (2026-04-30) före det börjar (2026-05-01).", error.Message);
    }

    /// <summary>Adjungerade and the secretary take part without a vote, whatever the form says.</summary>
    [Theory]
    [InlineData(MemberRole.Adjungerad, false)]
    [InlineData(MemberRole.Sekreterare, false)]
    [InlineData(MemberRole.Ledamot, true)]
    public void ShouldGiveNoVoteToAdjungeradeAndTheSecretary(MemberRole role, bool votes) =>
        Assert.Equal(votes, new BodyMembership(Guid.NewGuid(), "Anna", "Folktandvården", "Tandvård", role, Sector.Tandvard, Principal.Region, true,
            new LocalDate(2026, 1, 1), null).HasVote);

    [Fact]
    public void ShouldRefuseABudgetSplitThatDoesNotAddUp()
    {
        var budget = new CostSplitBudget(Delregion, 2026, Guid.NewGuid());
        var kommuner = new[] { new KommunCostShare(new KommunPopulation("1466", "Herrljunga", 9_600), 250_000), new KommunCostShare(new KommunPopulation("1490", "Borås", 114_200), 250_001) };
        var error = Assert.Throws<DomainException>(() => budget.Set(Guid.NewGuid(), 1_000_000, 500_000, kommuner));
        Assert.Equal("Fördelningen går inte ihop: VGR:s del och kommunernas delar blir 1 000 001 kr men budgeten är 1 000 000 kr.", error.Message);
        Assert.Empty(budget.Parts);
    }

    /// <summary>Seed 004: "Arbetsgrupper på lokal nivå startas och avslutas av den lokala ledningsgruppen … i en uppdragshandling."</summary>
    [Fact]
    public void ShouldStartALokalArbetsgruppOnlyFromALokalLedningsgruppWithAnUppdragshandling()
    {
        var styrgrupp = new GovernanceBody(Delregion, BodyKind.SteeringGroup, "Styrgrupp närvård");
        var herrljunga = GovernanceBody.LocalManagementGroup(Delregion, "1466", "Herrljunga");
        var assignment = Assignment.Create("Läkemedelsgenomgångar", "Rapport", new LocalDate(2026, 3, 1), new LocalDate(2026, 12, 31));

        Assert.Throws<DomainException>(() => GovernanceBody.LocalWorkingGroup(styrgrupp, "Arbetsgrupp", assignment, null));
        Assert.Throws<DomainException>(() => GovernanceBody.LocalWorkingGroup(herrljunga, "Arbetsgrupp", null, null));
        var group = GovernanceBody.LocalWorkingGroup(herrljunga, "Arbetsgrupp", assignment, "Anhörigrådet");
        Assert.Equal((herrljunga.Id, CommissionStatus.Aktiv), (group.ParentBodyId, group.Status));

        group.SetStatus(CommissionStatus.Avslutad, new LocalDate(2026, 12, 31));
        Assert.Equal(new LocalDate(2026, 12, 31), group.EndedOn);
    }

    /// <summary>Seed 004: a matter goes from the lokal ledningsgrupp to närvårdskontoret, which gives it to a body that decides.</summary>
    [Fact]
    public void ShouldKeepAMattersPathInOrderAndRefuseADecisionBeforeItIsAssigned()
    {
        var herrljunga = GovernanceBody.LocalManagementGroup(Delregion, "1466", "Herrljunga");
        var styrgrupp = new GovernanceBody(Delregion, BodyKind.SteeringGroup, "Styrgrupp närvård");
        var matter = new GovernanceMatter(Delregion, herrljunga, "Utskrivning på fredagar", "", new LocalDate(2026, 3, 10));

        Assert.Throws<DomainException>(() => matter.AddStep(MatterStepKind.Decided, new LocalDate(2026, 3, 20), styrgrupp, "Beslut"));
        Assert.Throws<DomainException>(() => matter.AddStep(MatterStepKind.Assigned, new LocalDate(2026, 3, 9), styrgrupp, ""));
        matter.AddStep(MatterStepKind.Assigned, new LocalDate(2026, 3, 20), styrgrupp, "Till styrgruppen");
        matter.AddStep(MatterStepKind.Decided, new LocalDate(2026, 4, 16), null, "Uppdrag till uppdragsgrupp");
        matter.AddStep(MatterStepKind.Closed, new LocalDate(2026, 4, 16), null, "");

        Assert.Equal([MatterStepKind.Raised, MatterStepKind.Assigned, MatterStepKind.Decided, MatterStepKind.Closed], matter.Steps.Select(s => s.Kind));
        Assert.Equal(styrgrupp.Id, matter.Steps[2].BodyId);
        Assert.Throws<DomainException>(() => matter.AddStep(MatterStepKind.Decided, new LocalDate(2026, 5, 1), styrgrupp, "Efteråt"));
        Assert.Throws<DomainException>(() => new GovernanceMatter(Delregion, styrgrupp, "Fel organ", "", new LocalDate(2026, 3, 10)));
    }

    /// <summary>Seed 004's notice rule on the stored agreement: a notice recorded on 2026-12-31 ends it on 2027-12-31.</summary>
    [Fact]
    public void ShouldRecordANoticeOnTheStoredAgreementAndEndItAfterTheCurrentTerm()
    {
        var agreement = new AgreementRecord(Delregion, AgreementTerm.SodraAlvsborg2022);
        agreement.RecordNotice("Borås Stad", new LocalDate(2026, 12, 31), new LocalDate(2026, 12, 31));

        var status = agreement.ToTerm().StatusOn(new LocalDate(2027, 1, 1), agreement.Notices.Select(n => n.ToNotice()));
        Assert.Equal(new LocalDate(2027, 12, 31), status.EndsOn);
        Assert.Throws<DomainException>(() => agreement.RecordNotice("Marks kommun", new LocalDate(2027, 1, 2), new LocalDate(2027, 1, 1)));
    }

    [Fact]
    public void ShouldRefuseAPopulationVersionWithoutASourceUnlessMarkedInvented()
    {
        var rows = new[] { new KommunPopulation("1466", "Herrljunga", 9_600) };
        Assert.Throws<DomainException>(() => new PopulationVersion(Delregion, new LocalDate(2025, 7, 1), "", false, Instant.FromUtc(2026, 1, 1, 0, 0), rows));
        Assert.True(new PopulationVersion(Delregion, new LocalDate(2025, 7, 1), "", true, Instant.FromUtc(2026, 1, 1, 0, 0), rows).Invented);
    }
}
