using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Components.Endpoints;

namespace Narplan.Web.Infrastructure;

/// <summary>
/// Input the app cannot read is the sender's mistake, answered with a Swedish 400, never a 500 (decision 0035).
/// Two general guards: <see cref="UseQueryParameterCheck"/> checks a page's typed query parameters before the page
/// runs, and <see cref="StatusOf"/> tells the exception handlers which framework exceptions mean "bad request"
/// (a query value Blazor cannot convert, a request body Kestrel refuses, a form it cannot read).
/// </summary>
public static class BadInput
{
    public const string QueryTitle = "Adressen kunde inte läsas";

    public const string RequestTitle = "Begäran kunde inte läsas";

    public const string RequestText =
        "Adressen eller formuläret innehöll ett värde som Närplan inte kan läsa. Kontrollera länken, eller gå tillbaka " +
        "med webbläsarens bakåtknapp och försök igen.";

    private static readonly ConcurrentDictionary<Type, QueryParameter[]> Parameters = new();

    private sealed record QueryParameter(string Name, Type ElementType);

    /// <summary>
    /// For a Razor page endpoint: every query value bound to a typed <c>[SupplyParameterFromQuery]</c> property
    /// (int, Guid, bool, dates …) must convert the way Blazor converts it; otherwise the Swedish 400 page names the
    /// parameter, instead of Blazor's exception and a 500.
    /// </summary>
    public static WebApplication UseQueryParameterCheck(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) && context.Request.QueryString.HasValue
                && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is { } component
                && FirstInvalid(component.Type, context.Request.Query) is { } invalid)
            {
                await ErrorPage.WriteAsync(context, StatusCodes.Status400BadRequest, QueryTitle,
                    $"Värdet för ”{invalid.Name}” i adressen är inte {Expected(invalid.ElementType)}. Kontrollera länken, eller gå tillbaka och försök igen.");
                return;
            }

            await next();
        });
        return app;
    }

    /// <summary>The 4xx status an exception stands for when it is the request's fault; null for a real error (500).</summary>
    public static int? StatusOf(Exception? exception) => exception switch
    {
        BadHttpRequestException { StatusCode: >= 400 and < 500 } bad => bad.StatusCode,
        // Blazor's conversion of a [SupplyParameterFromQuery] value (e.g. on a child component the check above does not see).
        InvalidOperationException e when e.Message.StartsWith("Cannot parse the value", StringComparison.Ordinal)
            && FromNamespace(e, "Microsoft.AspNetCore.Components") => StatusCodes.Status400BadRequest,
        // A form body over the form limits or malformed multipart.
        InvalidDataException e when FromNamespace(e, "Microsoft.AspNetCore") => StatusCodes.Status400BadRequest,
        _ => null,
    };

    private static bool FromNamespace(Exception e, string prefix) =>
        e.TargetSite?.DeclaringType?.Namespace?.StartsWith(prefix, StringComparison.Ordinal) == true
        || (e.StackTrace?.Contains(prefix + ".", StringComparison.Ordinal) ?? false);

    private static QueryParameter? FirstInvalid(Type component, IQueryCollection query)
    {
        foreach (var parameter in Parameters.GetOrAdd(component, Discover))
        {
            if (!query.TryGetValue(parameter.Name, out var values))
            {
                continue;
            }

            foreach (var value in values)
            {
                if (!string.IsNullOrEmpty(value) && !Converts(value, parameter.ElementType))
                {
                    return parameter;
                }
            }
        }

        return null;
    }

    private static QueryParameter[] Discover(Type component) =>
    [
        .. component.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => new QueryParameter(p.Attribute!.Name ?? p.Property.Name, ElementType(p.Property.PropertyType)))
            .Where(p => p.ElementType != typeof(string)),
    ];

    private static Type ElementType(Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type;
        return Nullable.GetUnderlyingType(element) ?? element;
    }

    // The same conversions as Blazor's query binding (invariant culture).
    private static bool Converts(string value, Type type)
    {
        var invariant = CultureInfo.InvariantCulture;
        return type switch
        {
            _ when type == typeof(int) => int.TryParse(value, NumberStyles.Integer, invariant, out _),
            _ when type == typeof(long) => long.TryParse(value, NumberStyles.Integer, invariant, out _),
            _ when type == typeof(Guid) => Guid.TryParse(value, out _),
            _ when type == typeof(bool) => bool.TryParse(value, out _),
            _ when type == typeof(decimal) => decimal.TryParse(value, NumberStyles.Number, invariant, out _),
            _ when type == typeof(double) => double.TryParse(value, NumberStyles.Float | NumberStyles.AllowThousands, invariant, out _),
            _ when type == typeof(float) => float.TryParse(value, NumberStyles.Float | NumberStyles.AllowThousands, invariant, out _),
            _ when type == typeof(DateTime) => DateTime.TryParse(value, invariant, DateTimeStyles.None, out _),
            _ when type == typeof(DateOnly) => DateOnly.TryParse(value, invariant, DateTimeStyles.None, out _),
            _ when type == typeof(TimeOnly) => TimeOnly.TryParse(value, invariant, DateTimeStyles.None, out _),
            _ => true,
        };
    }

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) => "ett heltal",
        _ when type == typeof(Guid) => "ett giltigt id",
        _ when type == typeof(bool) => "true eller false",
        _ when type == typeof(DateTime) || type == typeof(DateOnly) => "ett datum",
        _ when type == typeof(TimeOnly) => "ett klockslag",
        _ => "ett tal",
    };
}
