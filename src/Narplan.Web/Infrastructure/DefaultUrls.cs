namespace Narplan.Web.Infrastructure;

/// <summary>
/// The README's first command opens on http://localhost:5080. The address lives here rather than in
/// launchSettings.json, whose <c>applicationUrl</c> would win over the standard ways to choose another one:
/// <c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c> or Kestrel endpoints in configuration.
/// </summary>
public static class DefaultUrls
{
    public const string Default = "http://localhost:5080";

    public static WebApplicationBuilder UseNarplanDefaultUrl(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var chosen = !string.IsNullOrWhiteSpace(configuration["urls"])
            || !string.IsNullOrWhiteSpace(configuration["http_ports"])
            || !string.IsNullOrWhiteSpace(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        if (!chosen)
        {
            builder.WebHost.UseUrls(Default);
        }

        return builder;
    }
}
