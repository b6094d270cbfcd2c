using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Narplan.Web.Infrastructure;

public static class WebSetup
{
    public static IServiceCollection AddNarplanWeb(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Title = SwedishTitle(problem.Status ?? context.HttpContext.Response.StatusCode) ?? problem.Title;
            problem.Extensions.Remove("traceId");
            // No exception text ever leaves the server: it may hold patient data.
            problem.Detail ??= problem.Status switch
            {
                400 => "Begäran är felaktig. Kontrollera parametrarna.",
                404 => "Det du sökte finns inte.",
                500 => "Ett oväntat fel uppstod. Felet är loggat; försök igen om en stund.",
                _ => null,
            };
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "narplan.af";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    public static string? SwedishTitle(int status) => status switch
    {
        400 => "Felaktig begäran",
        401 => "Inloggning krävs",
        403 => "Behörighet saknas",
        404 => "Finns inte",
        405 => "Metoden stöds inte",
        409 => "Konflikt",
        415 => "Formatet stöds inte",
        422 => "Uppgifterna kunde inte sparas",
        500 => "Internt fel",
        _ => null,
    };

    /// <summary>
    /// API paths answer RFC 9457 problem details; pages show a Swedish error page. Neither shows a
    /// stack trace or exception text.
    /// </summary>
    public static WebApplication UseNarplanErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/fel", createScopeForErrors: true);
            pages.UseStatusCodePagesWithReExecute("/fel/{0}", createScopeForStatusCodePages: true);
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }

    public static WebApplication UseNarplanSecurityHeaders(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            await next();
        });
        return app;
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/health");
}
