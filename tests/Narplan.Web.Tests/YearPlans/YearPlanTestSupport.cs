using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.YearPlans;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.YearPlans;

internal static class YearPlanTestSupport
{
    /// <summary>The stored reviews of a unit's year plan for <paramref name="year"/>, read straight from the database.</summary>
    public static Task<List<AnnualReview>> ReviewsAsync(this WebApplicationFactory<Program> app, Guid unitId, int year = 2027) =>
        app.WithDbAsync(db => db.AnnualReviews.AsNoTracking().Where(r => r.CareUnitId == unitId && r.Year == year).ToListAsync());
}
