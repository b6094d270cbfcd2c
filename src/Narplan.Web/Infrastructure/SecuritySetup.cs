using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.StaticAssets;

namespace Narplan.Web.Infrastructure;

/// <summary>
/// Settings under <c>ForwardedHeaders</c>: the reverse proxies (TLS terminators, load balancers) whose
/// <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> are believed. Empty = none: the headers are ignored,
/// also from the same machine. Decision 0031.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>Single addresses, e.g. <c>10.0.0.5</c> or <c>127.0.0.1</c> for a proxy on the same machine.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR form, e.g. <c>10.0.0.0/24</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a chain are believed (the default 1: one proxy in front of the app).</summary>
    public int ForwardLimit { get; set; } = 1;
}

/// <summary>
/// Settings under <c>RateLimiting:Login</c>: at most <see cref="PermitLimit"/> sign-in attempts (posts of the
/// login form) per client address within <see cref="Window"/>, besides the account lockout (10 failures lock
/// one account for 15 minutes). A client over the limit gets 429 and a Swedish page.
/// </summary>
public sealed class LoginRateLimitSettings
{
    public int PermitLimit { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// What protects the app at its edge: the proxy it stands behind, the headers every response carries,
/// the login rate limit and antiforgery on every state-changing request (decisions 0030 and 0031).
/// </summary>
public static class SecuritySetup
{
    public const string LoginPath = "/konto/logga-in";

    public static WebApplicationBuilder AddNarplanSecurity(this WebApplicationBuilder builder)
    {
        // No "Server: Kestrel": a probe learns less about what to attack.
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);

        // `dotnet run` outside Development: the framework's files (_framework/blazor.web.js) and the build's
        // compressed CSS are found through the build's static web assets manifest, as in Development. A published
        // app has no such manifest (its wwwroot holds the files), so this does nothing there.
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }

        var forwarded = builder.Configuration.GetSection("ForwardedHeaders").Get<ForwardedHeadersSettings>() ?? new();
        builder.Services.Configure<ForwardedHeadersOptions>(options => ConfigureForwardedHeaders(options, forwarded));

        var login = builder.Configuration.GetSection("RateLimiting:Login").Get<LoginRateLimitSettings>() ?? new();
        if (login.PermitLimit < 1 || login.Window <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("RateLimiting:Login: PermitLimit must be at least 1 and Window longer than zero (e.g. 00:01:00).");
        }

        builder.Services.AddSingleton(login);
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsLoginPost(context)
                    ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = login.PermitLimit,
                        Window = login.Window,
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : login.Window;
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ErrorPage.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests);
            };
        });
        return builder;
    }

    internal static void ConfigureForwardedHeaders(ForwardedHeadersOptions options, ForwardedHeadersSettings settings)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = settings.ForwardLimit;
        // The framework trusts loopback by default; here only what is configured is trusted.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in settings.KnownProxies.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address)
                ? address
                : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (var network in settings.KnownNetworks.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var parsed)
                ? parsed
                : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR form (e.g. 10.0.0.0/24)."));
        }
    }

    /// <summary>Believes X-Forwarded-Proto/-For from the configured proxies only; must come first.</summary>
    public static WebApplication UseNarplanForwardedHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    /// <summary>The login rate limit (the limiter only counts posts of the login form).</summary>
    public static WebApplication UseLoginRateLimit(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static bool IsLoginPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(LoginPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>The client's address (the real one behind a configured proxy); all clients without one share a key.</summary>
    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "okänd";

    /// <summary>
    /// The Content-Security-Policy of every page: scripts only from the app's own files (no inline script,
    /// no <c>eval</c>), no framing, forms only to the app (and the SITHS provider the login hands over to).
    /// Inline <c>style</c> attributes stay allowed: the SVG charts size themselves with one, and a style
    /// cannot run code.
    /// </summary>
    public static string ContentSecurityPolicy(OidcSettings oidc)
    {
        var formAction = "'self'";
        if (oidc.IsConfigured && Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority))
        {
            formAction += " " + authority.GetLeftPart(UriPartial.Authority);
        }

        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
            $"connect-src 'self'; object-src 'none'; base-uri 'self'; form-action {formAction}; frame-ancestors 'none'";
    }

    /// <summary>
    /// The API reference (<c>/scalar</c>) is a third-party page built with inline script; it shows no patient
    /// data, so it alone may run inline script. Framing stays forbidden.
    /// </summary>
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The security headers of every response, set just before it starts, so that error pages (404, 400, 429,
    /// 500, whether re-executed or written after an exception) carry them too. Everything but the build's
    /// static files and answers their endpoint marked <c>public</c> is <c>Cache-Control: no-store</c>: pages,
    /// CSV extracts, letters and API answers may carry patient data, and a shared computer's browser cache must
    /// not keep them.
    /// </summary>
    internal static void AddSecurityHeaders(HttpContext context, string policy, bool sendHsts)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar") ? ApiReferencePolicy : policy;
            if (context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is null && !IsDeclaredPublic(headers))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
                headers.Remove("Expires");
            }

            if (sendHsts && context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// An answer its endpoint deliberately marked <c>Cache-Control: public</c> (a published plan, open to anyone,
    /// with an ETag) keeps its caching; nothing with patient data may be marked so.
    /// </summary>
    private static bool IsDeclaredPublic(IHeaderDictionary headers) =>
        headers.CacheControl.ToString().Split(',', StringSplitOptions.TrimEntries).Contains("public", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every state-changing request (POST, PUT, PATCH, DELETE) needs a valid antiforgery token. The framework
    /// checks only endpoints that declare it (Blazor forms, minimal APIs that bind a form); an endpoint that
    /// binds nothing, e.g. a button that posts to <c>/planer/{id}/ny-revision</c>, was open to a cross-site
    /// form. Here an endpoint without a declaration is checked too; one that must be reachable without a
    /// token says so with <c>.DisableAntiforgery()</c> (and the test lists it). Decision 0030.
    /// </summary>
    public static WebApplication UseAntiforgeryOnEveryChange(this WebApplication app)
    {
        app.UseAntiforgery();
        app.Use(async (context, next) =>
        {
            if (IsStateChanging(context.Request.Method)
                && context.GetEndpoint() is { } endpoint
                && endpoint.Metadata.GetMetadata<IAntiforgeryMetadata>() is null
                && context.Features.Get<IAntiforgeryValidationFeature>() is null)
            {
                var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
                try
                {
                    await antiforgery.ValidateRequestAsync(context);
                    context.Features.Set<IAntiforgeryValidationFeature>(new ValidationResult(true, null));
                }
                catch (AntiforgeryValidationException e)
                {
                    context.Features.Set<IAntiforgeryValidationFeature>(new ValidationResult(false, e));
                }
            }

            await next();
        });
        return app;
    }

    public static bool IsStateChanging(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private sealed record ValidationResult(bool IsValid, Exception? Error) : IAntiforgeryValidationFeature;
}
