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
}
