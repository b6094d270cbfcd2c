using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Narplan.Web.Infrastructure;

namespace Narplan.Web.Tests.Infrastructure;

/// <summary>
/// Issue 17: the README's run command ignored ASPNETCORE_URLS because launchSettings' applicationUrl won.
/// The default address now lives in code and yields to every standard way of choosing another.
/// </summary>
public sealed class DefaultUrlsTests
{
    [Fact]
    public void ShouldOpenOnPort5080WhenNoAddressIsGiven()
    {
        var builder = WebApplication.CreateBuilder([]);
        builder.UseNarplanDefaultUrl();
        Assert.Equal("http://localhost:5080", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:5099")]
    [InlineData("--http_ports", "5099")]
    [InlineData("--Kestrel:Endpoints:Http:Url", "http://127.0.0.1:5099")]
    public void ShouldKeepTheAddressTheUserChose(string key, string value)
    {
        var builder = WebApplication.CreateBuilder([key, value]);
        builder.UseNarplanDefaultUrl();
        Assert.NotEqual("http://localhost:5080", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }
}
