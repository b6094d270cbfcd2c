using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Narplan.Web.Features.Account;

/// <summary>Settings under <c>Authentication:Oidc</c>: SITHS login through a region's OpenID Connect provider.</summary>
public sealed class OidcSettings
{
    public const string Scheme = "Siths";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The claim that identifies the person, e.g. an HSA-id claim; "sub" by default.</summary>
    public string UserIdClaim { get; set; } = "sub";

    public string DisplayName { get; set; } = "SITHS-kort";

    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}

public static class AccountSetup
{
    public const string AdminPolicy = "Admin";

    public static WebApplicationBuilder AddNarplanAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var oidc = builder.Configuration.GetSection("Authentication:Oidc").Get<OidcSettings>() ?? new OidcSettings();
        services.AddSingleton(oidc);
        var sessions = new SessionSettings();
        builder.Configuration.GetSection("Authentication").Bind(sessions);
        services.AddSingleton(sessions);

        var authentication = services.AddAuthentication(options =>
        {
            options.DefaultScheme = IdentityConstants.ApplicationScheme;
            options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        });
        authentication.AddIdentityCookies();
        if (oidc.IsConfigured)
        {
            authentication.AddOpenIdConnect(OidcSettings.Scheme, oidc.DisplayName, options =>
            {
                options.Authority = oidc.Authority;
                options.ClientId = oidc.ClientId;
                options.ClientSecret = oidc.ClientSecret;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.SaveTokens = false;
                options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
                options.CallbackPath = "/konto/siths-callback";
                options.SignInScheme = IdentityConstants.ExternalScheme;
                options.MapInboundClaims = false;
                options.Scope.Clear();
                options.Scope.Add("openid");
                options.Scope.Add("profile");
                // A refused or cancelled login (invalid id_token, error=access_denied, lost
                // correlation cookie) goes back to the login page, not to an unhandled exception.
                options.Events.OnRemoteFailure = context =>
                {
                    context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>()
                        .CreateLogger(typeof(AccountSetup)).LogWarning(context.Failure, "SITHS login failed at the callback.");
                    context.Response.Redirect("/konto/logga-in?fel=extern");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        }

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/konto/logga-in";
            options.LogoutPath = "/konto/logga-ut";
            options.AccessDeniedPath = "/konto/atkomst-nekad";
            options.Cookie.Name = "narplan.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // The cookie lasts as long as an idle session and slides; the session row in the
            // database decides whether it is still good (UserSessions, decision 0032).
            options.ExpireTimeSpan = sessions.SessionIdleTimeout;
            options.SlidingExpiration = true;
            options.Events.OnSigningIn = UserSessions.OnSigningInAsync;
            options.Events.OnSigningOut = UserSessions.OnSigningOutAsync;
            options.Events.OnValidatePrincipal = UserSessions.OnValidatePrincipalAsync;
            // The API answers 401/403 as problem details, never a redirect to the login page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });

        services.AddIdentityCore<NarplanUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length over composition (decision 0064): PasswordRules checks the length and the common-password list.
                options.Password.RequiredLength = PasswordPolicy.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 10;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<NarplanDbContext>()
            .AddSignInManager<NarplanSignInManager>()
            .AddClaimsPrincipalFactory<NarplanClaimsFactory>()
            .AddPasswordValidator<PasswordRules>()
            .AddDefaultTokenProviders();

        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(nameof(UserRole.Admin)));
        services.AddScoped<OrganisationAccess>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<OwnAccount>();
        services.AddScoped<SignInAudit>();
        services.AddScoped<FirstAdministrator>();
        services.AddSingleton<ISetupLinkConsole, SetupLinkConsole>();
        return builder;
    }

    private static Task RedirectOrStatus(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        var target = context.RedirectUri;
        if (status == StatusCodes.Status401Unauthorized && context.HttpContext.Items.ContainsKey(UserSessions.EndedItem))
        {
            // The login page says the session ended instead of asking to log in out of the blue.
            target = QueryHelpers.AddQueryString(target, "fel", "session");
        }

        context.Response.Redirect(target);
        return Task.CompletedTask;
    }

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/konto").ExcludeFromDescription();
        group.MapPost("/logga-ut", async (SignInManager<NarplanUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(SafeLocal(returnUrl));
        });
        group.MapPost("/siths", (OidcSettings oidc, SignInManager<NarplanUser> signIn, [FromForm] string? returnUrl) =>
        {
            if (!oidc.IsConfigured)
            {
                return Results.NotFound();
            }

            var redirect = "/konto/siths-klar?returnUrl=" + Uri.EscapeDataString(SafeLocal(returnUrl));
            var properties = signIn.ConfigureExternalAuthenticationProperties(OidcSettings.Scheme, redirect);
            return Results.Challenge(properties, [OidcSettings.Scheme]);
        });
        group.MapGet("/siths-klar", ExternalLogin.CompleteAsync);
        return app;
    }

    /// <summary>
    /// A return address after sign-in/out: a path on this site, else "/". Only printable ASCII without blanks passes:
    /// browsers drop tabs and line breaks inside a URL ("/\t/evil.example" becomes "//evil.example", another site), and a
    /// control or non-ASCII character cannot go into a Location header at all.
    /// </summary>
    public static string SafeLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\")
            && url.All(c => c is > ' ' and < '\x7f') ? url : "/";
}
