namespace Narplan.Web.Features.Plans;

/// <summary>How a whole plan is loaded: every version with its sections, comments and approvals.</summary>
public static class PlanLoading
{
    /// <summary>
    /// The plans with all their versions' sections, comments and approvals, in split queries (one per collection, so
    /// a plan with many versions does not multiply the rows).
    /// </summary>
    public static IQueryable<NeighbourhoodPlan> WithVersions(this IQueryable<NeighbourhoodPlan> plans) =>
        plans
            .Include(p => p.Versions).ThenInclude(v => v.Sections)
            .Include(p => p.Versions).ThenInclude(v => v.Comments)
            .Include(p => p.Versions).ThenInclude(v => v.Approvals)
            .AsSplitQuery();
}
