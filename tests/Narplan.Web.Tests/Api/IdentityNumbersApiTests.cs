using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Narplan.Web.Tests.Api;

public class IdentityNumbersApiTests(IdentityNumbersApiTests.LoggingAppFactory app) : IClassFixture<IdentityNumbersApiTests.LoggingAppFactory>
{
    private const string Url = "/api/v1/identity-numbers/validate";

    private sealed record Answer(bool Valid, string? Kind, string? Normalized, string? BirthDate, string? Sex, string? Error);

    [Theory]
    [InlineData("19121212-1212", "personnummer", "191212121212", "1912-12-12", "man")]
    [InlineData("20240229-2383", "personnummer", "202402292383", "2024-02-29", "kvinna")]
    [InlineData("701063-2326", "samordningsnummer", "197010632326", "1970-10-03", "kvinna")]
    [InlineData("19350412-R001", "reservnummer", "19350412R001", "1935-04-12", null)]
    public async Task AValidNumberShouldBeNormalized(string value, string kind, string normalized, string birthDate, string? sex)
    {
        var answer = await ValidateAsync(value);

        Assert.Equal(new Answer(true, kind, normalized, birthDate, sex, null), answer);
    }

    [Theory]
    [InlineData("19121212-1213", "Kontrollsiffran stämmer inte.")]
    [InlineData("20230229-2384", "Den 29 februari finns inte 2023: det är inget skottår.")]
    [InlineData("241392-1236", "Dagen i ett samordningsnummer är födelsedagen plus 60 och kan inte vara större än 91.")]
    [InlineData("", "Ange ett personnummer, samordningsnummer eller reservnummer.")]
    public async Task AnInvalidNumberShouldBeA200WithASwedishReason(string value, string error)
    {
        var answer = await ValidateAsync(value);

        Assert.Equal(new Answer(false, null, null, null, null, error), answer);
    }

    [Fact]
    public async Task ANullValueShouldBeAnInvalidNumberNotAnError()
    {
        var response = await app.CreateClient().PostAsJsonAsync(Url, new { value = (string?)null });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await response.Content.ReadFromJsonAsync<Answer>())!.Valid);
    }

    [Theory]
    [InlineData("{ \"value\": \"19121212-1212\"")]
    [InlineData("inte json")]
    [InlineData("[\"19121212-1212\"]")]
    [InlineData("{ \"varde\": \"19121212-1212\" }")]
    [InlineData("{ \"value\": 191212121212 }")]
    public async Task MalformedJsonShouldBeA400ProblemDetailInSwedish(string body)
    {
        var response = await app.CreateClient().PostAsync(Url, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Felaktig begäran", problem.GetProperty("title").GetString());
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("1212", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TheValueShouldNeverBeLogged()
    {
        await ValidateAsync("19121212-1212");
        await ValidateAsync("19121212-1213");
        await app.CreateClient().PostAsync(Url, new StringContent("{ \"value\": \"19121212-1214\"", Encoding.UTF8, "application/json"));

        Assert.NotEmpty(app.Messages);
        Assert.DoesNotContain(app.Messages, m => m.Contains("1212"));
    }

    [Fact]
    public async Task TheOpenApiDocumentShouldDescribeTheEndpoint()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty(Url, out var path));
        Assert.True(path.TryGetProperty("post", out _));
    }

    private async Task<Answer> ValidateAsync(string value)
    {
        var response = await app.CreateClient().PostAsJsonAsync(Url, new { value });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Answer>())!;
    }

    /// <summary>The app with every log message (all categories, Debug and up) kept in memory.</summary>
    public sealed class LoggingAppFactory : WebApplicationFactory<Program>, ILoggerProvider
    {
        private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"narplan-web-{Guid.NewGuid():N}.db");

        public ConcurrentQueue<string> Messages { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Narplan", $"Data Source={_databasePath};Pooling=false");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(this));
        }

        ILogger ILoggerProvider.CreateLogger(string categoryName) => new Collector(Messages);

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            {
                File.Delete(file);
            }
        }

        private sealed class Collector(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception) + " " + exception);
        }
    }
}
