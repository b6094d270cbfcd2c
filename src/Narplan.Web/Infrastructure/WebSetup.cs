using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Narplan.Web.Infrastructure;

public static class WebSetup
{
    public static IServiceCollection AddNarplanWeb(this IServiceCollection services)
    {
        services.AddRazorComponents();
        // Swedish letters as they are, not as &#xF6; entities: smaller pages and readable source.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddCascadingAuthenticationState();
        // The sections of one request take turns with their own scopes: at most two connections per request (decision 0098).
        services.AddScoped<SectionScopes>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Title = SwedishTitle(problem.Status ?? context.HttpContext.Response.StatusCode) ?? problem.Title;
            problem.Extensions.Remove("traceId");
            if (DatabaseOutage.IsOutage(context.Exception))
            {
                problem.Title = DatabaseOutage.Title;
                problem.Detail = DatabaseOutage.Text;
            }

            // No exception text ever leaves the server: it may hold patient data.
            problem.Detail ??= problem.Status switch
            {
                400 => "Begäran är felaktig. Kontrollera parametrarna.",
                404 => "Det du sökte finns inte.",
                500 => "Ett oväntat fel uppstod. Felet är loggat; försök igen om en stund.",
                _ => null,
            };
        });
        // API errors: input the framework cannot read answers 400 problem details instead of 500 (BadInput).
        // A lost database answers 503 (DatabaseOutage), not 500.
        services.Configure<ExceptionHandlerOptions>(options => options.StatusCodeSelector = e =>
            BadInput.StatusOf(e) ?? DatabaseOutage.StatusOf(e) ?? StatusCodes.Status500InternalServerError);
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
        413 => "Begäran är för stor",
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
            // A re-executed POST would reach the Blazor error page as a form post it cannot
            // handle, so after an exception the page is written directly, whatever the method.
            // Input the framework cannot read (a query value, a request body) is a Swedish 400, not a 500 (BadInput).
            pages.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = context => BadInput.StatusOf(context.Features.Get<IExceptionHandlerFeature>()?.Error) is { } status
                    ? ErrorPage.WriteAsync(context, status, BadInput.RequestTitle, BadInput.RequestText)
                    : ErrorPage.WriteAsync(context, DatabaseOutage.StatusOf(context.Features.Get<IExceptionHandlerFeature>()?.Error) ?? 500),
            });
            pages.UseWhen(context => HttpMethods.IsGet(context.Request.Method),
                get => get.UseStatusCodePagesWithReExecute("/fel/{0}", createScopeForStatusCodePages: true));
            pages.UseWhen(context => !HttpMethods.IsGet(context.Request.Method),
                other => other.UseStatusCodePages(context => ErrorPage.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode)));
        });
        // HSTS is sent with the other security headers (UseNarplanSecurityHeaders), so error pages carry it too.
        return app;
    }

    /// <summary>
    /// A form posted with a missing or expired antiforgery token gets the Swedish explanation
    /// (go back, your input is still there) instead of the framework's English sentence.
    /// </summary>
    public static WebApplication UseSwedishAntiforgeryFailure(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                if (IsApi(context))
                {
                    await TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: SwedishTitle(400),
                        detail: AntiforgeryApiMessage).ExecuteAsync(context);
                    return;
                }

                await ErrorPage.WriteAsync(context, StatusCodes.Status400BadRequest);
                return;
            }

            await next();
        });
        return app;
    }

    public const string AntiforgeryApiMessage =
        "Begäran saknar en giltig säkerhetstoken (antiforgery). Ändringar görs från Närplans egna formulär.";

    /// <summary>
    /// Security headers, Content-Security-Policy, Cache-Control and (outside Development, over HTTPS) HSTS on every
    /// response, error pages included; comes before the error handling. See <see cref="SecuritySetup.AddSecurityHeaders"/>.
    /// </summary>
    public static WebApplication UseNarplanSecurityHeaders(this WebApplication app)
    {
        var policy = SecuritySetup.ContentSecurityPolicy(app.Services.GetRequiredService<Features.Account.OidcSettings>());
        var sendHsts = !app.Environment.IsDevelopment();
        app.Use((context, next) =>
        {
            SecuritySetup.AddSecurityHeaders(context, policy, sendHsts);
            return next(context);
        });
        return app;
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/health");
}
