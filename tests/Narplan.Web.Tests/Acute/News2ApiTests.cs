using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Narplan.Domain.Acute;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Acute;

/// <summary>
/// Issue 22: NEWS2 as a service — POST /api/v1/news2 with vital signs and no identity answers exactly what the
/// acute form computes (the same validator and News2.Assess), and a wrong value is problem details naming the field.
/// </summary>
public sealed class News2ApiTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string Url = "/api/v1/news2";

    [Fact]
    public async Task ShouldScoreTheAppendixExampleLikeTheDomainFunction()
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync(Url, new
        {
            respirationRate = 22,
            spO2 = 94,
            scale = 1,
            airOrOxygen = "Oxygen",
            systolicBloodPressure = 105,
            pulse = 112,
            consciousness = "Alert",
            temperature = 38.6,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var expected = News2.Assess(new VitalSigns(22, 94, SpO2Scale.Scale1, AirOrOxygen.Oxygen, 105, 112, Consciousness.Alert, 38.6m));
        Assert.True(json.GetProperty("complete").GetBoolean());
        Assert.Equal(expected.Total, json.GetProperty("total").GetInt32());
        Assert.Equal(expected.Band.ToString(), json.GetProperty("band").GetString());
        Assert.Equal(expected.SuggestedResponse, json.GetProperty("suggestedResponse").GetString());
        Assert.Equal(7, json.GetProperty("scores").GetArrayLength());
        Assert.Equal(2 + 1 + 2 + 1 + 2 + 0 + 1, expected.Total); // 22/min 2, 94 % 1, oxygen 2, 105 mmHg 1, 112/min 2, A 0, 38.6 °C 1
    }

    [Fact]
    public async Task ShouldGiveNoTotalWhenAParameterIsMissing()
    {
        var response = await app.CreateClient().PostAsJsonAsync(Url, new { respirationRate = 16, pulse = 70 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(json.GetProperty("complete").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("total").ValueKind);
        Assert.Contains("Saturation", string.Join(",", json.GetProperty("missing").EnumerateArray().Select(m => m.GetString())), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{\"pulse\":900}", "pulse")]
    [InlineData("{\"spO2\":120}", "spO2")]
    [InlineData("{\"temperature\":98.6}", "temperature")]
    [InlineData("{\"pulse\":80.5}", "pulse")]
    [InlineData("{\"scale\":3}", "scale")]
    public async Task ShouldAnswerProblemDetailsNamingTheWrongField(string body, string field)
    {
        var response = await app.CreateClient().PostAsync(Url, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var message = json.GetProperty("errors").GetProperty(field)[0].GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.Equal("Felaktig begäran", json.GetProperty("title").GetString());
    }
}
