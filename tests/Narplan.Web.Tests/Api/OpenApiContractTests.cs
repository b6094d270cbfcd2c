using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Api;

/// <summary>
/// Issue 22.5: the OpenAPI document is a contract — it passes an independent linter (Redocly CLI, installed by
/// test.sh into tools/openapi-lint) with the committed ruleset and 0 errors, and every operation documents its
/// problem responses and its security.
/// </summary>
public sealed class OpenApiContractTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Narplan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Narplan.slnx not found above the test folder.");
    }

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task ShouldPassRedoclyLintWithTheCommittedRulesetAndNoErrors()
    {
        var lint = Path.Combine(Root(), "tools", "openapi-lint");
        var cli = Path.Combine(lint, "node_modules", "@redocly", "cli", "bin", "cli.js");
        Assert.True(File.Exists(cli), "Redocly CLI is not installed: run the tests with ./test.sh, which runs npm ci in tools/openapi-lint.");

        var file = Path.Combine(Path.GetTempPath(), $"narplan-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, (await DocumentAsync()).GetRawText());
        try
        {
            var start = new ProcessStartInfo("node", [cli, "lint", file, "--config", Path.Combine(lint, "redocly.yaml"), "--format=json"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = lint,
            };
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var text = await output;
            var report = JsonDocument.Parse(text[text.IndexOf('{')..]).RootElement;
            var problems = report.GetProperty("problems").EnumerateArray()
                .Where(p => p.GetProperty("severity").GetString() == "error")
                .Select(p => $"{p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()} at {p.GetProperty("location")[0].GetProperty("pointer").GetString()}")
                .ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems) + await errors);
            Assert.Equal(0, report.GetProperty("totals").GetProperty("errors").GetInt32());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ShouldDocumentAProblemResponseAndSecurityOnEveryOperation()
    {
        var document = await DocumentAsync();
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "delete" or "patch")
                .Select(m => (Path: path.Name, Method: m.Name, Operation: m.Value)))
            .ToList();
        Assert.NotEmpty(operations);
        foreach (var (path, method, operation) in operations)
        {
            var responses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            Assert.True(responses.Any(r => r.StartsWith('4')), $"{method} {path} documents no 4xx response");
            Assert.True(operation.TryGetProperty("security", out _), $"{method} {path} says nothing about security");
        }
    }

    [Fact]
    public async Task ShouldRequireTheSignInCookieWhereTheApiDoes()
    {
        var document = await DocumentAsync();
        var figures = document.GetProperty("paths").GetProperty("/api/v1/kommuner/{id}/acute-figures").GetProperty("get");
        Assert.Contains("cookie", figures.GetProperty("security")[0].EnumerateObject().Select(p => p.Name));
        Assert.True(figures.GetProperty("responses").TryGetProperty("401", out _));

        var units = document.GetProperty("paths").GetProperty("/api/v1/units").GetProperty("get");
        Assert.Empty(units.GetProperty("security")[0].EnumerateObject());
    }

    [Fact]
    public async Task ShouldGiveAnExampleForEveryJsonAnswerRequestBodyAndProblem()
    {
        var document = await DocumentAsync();
        var missing = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var (method, operation) in path.Value.EnumerateObject().Select(m => (m.Name, m.Value)))
            {
                foreach (var response in operation.GetProperty("responses").EnumerateObject())
                {
                    if (!response.Value.TryGetProperty("content", out var content))
                    {
                        continue;
                    }

                    foreach (var media in content.EnumerateObject().Where(m => m.Name.Contains("json") || m.Name == "text/calendar"))
                    {
                        if (!media.Value.TryGetProperty("example", out var example))
                        {
                            missing.Add($"{method} {path.Name} {response.Name} {media.Name}");
                        }
                        else if (media.Name == "application/problem+json")
                        {
                            // A Swedish title and detail, as the API answers.
                            Assert.Equal(int.Parse(response.Name), example.GetProperty("status").GetInt32());
                            Assert.DoesNotContain("Bad Request", example.GetProperty("title").GetString());
                            Assert.False(string.IsNullOrWhiteSpace(example.GetProperty("detail").GetString()));
                        }
                    }
                }

                if (operation.TryGetProperty("requestBody", out var body)
                    && !body.GetProperty("content").EnumerateObject().All(m => m.Value.TryGetProperty("example", out _)))
                {
                    missing.Add($"{method} {path.Name} request body");
                }
            }
        }

        Assert.True(missing.Count == 0, "No example: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task ShouldShowTheRealNews2OfItsExampleVitalSigns()
    {
        var document = await DocumentAsync();
        var post = document.GetProperty("paths").GetProperty("/api/v1/news2").GetProperty("post");
        var request = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
        var shown = post.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example");

        var client = app.CreateClient();
        var answer = await client.PostAsync("/api/v1/news2", new StringContent(request.GetRawText(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement), JsonSerializer.Serialize(shown));
    }

    [Fact]
    public async Task ShouldListTheCookieAsOptionalWhereSignInShowsInternalNumbers()
    {
        var document = await DocumentAsync();
        foreach (var path in new[] { "/api/v1/units/{id}/on-call", "/api/v1/units/{id}/on-call/timeline", "/api/v1/plans/{id}/versions/{n}" })
        {
            var security = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("security").EnumerateArray().ToList();
            Assert.Equal(2, security.Count);
            Assert.Empty(security[0].EnumerateObject());
            Assert.Equal("cookie", Assert.Single(security[1].EnumerateObject()).Name);
        }
    }
}
