using Narplan.Domain.Calendars;
using Narplan.Domain.OnCall;
using Narplan.Domain.Organisations;
using Narplan.Domain.Places;
using Narplan.Web.Features.Organisations;
using NodaTime;

namespace Narplan.Web.Features.OnCall;

/// <summary>A unit's on-call answer, with the unit it is for.</summary>
public sealed record UnitOnCall(UnitDetail Unit, OnCallAnswer Answer, OnCallRuleProfile Profile);

/// <summary>
/// Feeds the one resolution function (<see cref="OnCallResolver"/>) with a unit's responsibility
/// on the date of the instant and its region's rule profile. The page and the API both call this.
/// </summary>
public sealed class OnCallService(OrganisationQueries queries, IClock clock)
{
    public Instant Now => clock.GetCurrentInstant();

    public async Task<UnitOnCall?> ForUnitAsync(Guid unitId, Instant at, CancellationToken ct = default)
    {
        var detail = await queries.UnitAsync(unitId, ct);
        if (detail is null)
        {
            return null;
        }

        var date = at.InZone(Stockholm.Zone).Date;
        // The domain decides which period is in force; the view only adds the names.
        var inForce = detail.Unit.ResponsibilityOn(date);
        var responsibility = inForce is null ? null : detail.Responsibilities.Single(r => r.ValidFrom == inForce.ValidFrom);
        var unit = detail.Unit.Type.HasUnitDoctor()
            ? new OnCallUnit(detail.Unit.Name, responsibility?.CareCentre, responsibility?.DirectPhone, responsibility?.RegularDoctor,
                IsShortTermCare: detail.Unit.Type == CareUnitType.Korttidsboende, IsRespiteCare: detail.Unit.RespiteKeepsRegularDoctor)
            : new OnCallUnit(detail.Unit.Name, "Patientens ordinarie vårdcentral", null);
        var profile = ProfileFor(detail.RuleProfile);
        return new UnitOnCall(detail, OnCallResolver.Resolve(new OnCallQuery(unit, [], profile, at)), profile);
    }

    // The presets from the seeds until rule profiles are stored and edited as data (issue 4).
    private static OnCallRuleProfile ProfileFor(RuleProfileKey key) => key switch
    {
        RuleProfileKey.Halland => HallandProfile,
        _ => VgrProfile,
    };

    private static readonly OnCallRuleProfile VgrProfile = OnCallRuleProfile.Vgr();
    private static readonly OnCallRuleProfile HallandProfile = OnCallRuleProfile.Halland();
}

public static class OnCallSetup
{
    public static IServiceCollection AddOnCall(this IServiceCollection services) => services.AddScoped<OnCallService>();
}
