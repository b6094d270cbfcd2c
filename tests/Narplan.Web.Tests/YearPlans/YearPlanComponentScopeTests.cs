using System.Reflection;
using Microsoft.AspNetCore.Components;
using Narplan.Data;

namespace Narplan.Web.Tests.YearPlans;

/// <summary>
/// Issue 16 item 2: a component of the year plan that is not a page is rendered beside other sections (the patient page,
/// the palliative page), and sibling components load at the same time. One DbContext must never run two queries at once
/// (PostgreSQL refuses: "a second operation was started on this context"), so such a component opens its own scope
/// (the pattern of Features/Capacity/CapacityTasksSection.razor) instead of having a database service injected.
/// </summary>
public class YearPlanComponentScopeTests
{
    private static readonly string FeatureNamespace = typeof(Narplan.Web.Features.YearPlans.YearPlanService).Namespace!;

    [Fact]
    public void ShouldOpenItsOwnScopeInEveryYearPlanComponentThatIsNotAPage()
    {
        var components = typeof(Narplan.Web.Features.YearPlans.YearPlanService).Assembly.GetTypes()
            .Where(t => t.Namespace == FeatureNamespace && typeof(ComponentBase).IsAssignableFrom(t) && t.GetCustomAttribute<RouteAttribute>() is null)
            .ToList();
        var sharingThePagesContext =
            from component in components
            from property in component.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            where property.GetCustomAttribute<InjectAttribute>() is not null && UsesTheDatabase(property.PropertyType)
            select $"{component.Name}.{property.Name} ({property.PropertyType.Name})";

        Assert.Contains(components, c => c.Name == "YearPlanFollowedNotice");
        Assert.Empty(sharingThePagesContext);
    }

    /// <summary>The type is the DbContext or a service built on it (the scoped one the page's request shares).</summary>
    private static bool UsesTheDatabase(Type type) =>
        typeof(NarplanDbContext).IsAssignableFrom(type)
        || type.GetConstructors().Any(c => c.GetParameters().Any(p => typeof(NarplanDbContext).IsAssignableFrom(p.ParameterType)));
}
