using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Narplan.Web.Tests.Account;

/// <summary>
/// A minimal OpenID Connect provider that lives in the test as an <see cref="HttpMessageHandler"/>
/// (no server, no port, no host that a WebApplicationFactory could mistake for the app):
/// discovery, JWKS with one RSA key, an /authorize that signs in <see cref="Subject"/> at once,
/// a /token that checks client, code, redirect URI and PKCE verifier and answers an RS256
/// id_token, and /userinfo.
/// </summary>
public sealed class InTestOidcProvider : HttpMessageHandler
{
    public const string Issuer = "https://oidc.test";
    public const string ClientId = "narplan-test";
    public const string ClientSecret = "test-secret";
    private const string KeyId = "test-key-1";

    private readonly RSA signingRsa = RSA.Create(2048);
    private readonly RSA foreignRsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> codes = new();
    private readonly ConcurrentDictionary<string, string> accessTokens = new();
    private int tokensIssued;

    /// <summary>The person that /authorize signs in.</summary>
    public string Subject { get; set; } = "test-subject";

    /// <summary>When true the id_token is signed with a key that is not in the JWKS (under the published kid).</summary>
    public bool SignWithForeignKey { get; set; }

    /// <summary>How many codes /token has redeemed.</summary>
    public int TokensIssued => Volatile.Read(ref tokensIssued);

    private sealed record Grant(string ClientId, string RedirectUri, string? Nonce, string CodeChallenge, string Subject);

    /// <summary>For the app's backchannel (discovery, JWKS, token endpoint); the app disposes it.</summary>
    public HttpMessageHandler CreateHandler() => new Forwarder(this);

    /// <summary>A "browser" for the step to /authorize; never follows redirects.</summary>
    public HttpClient CreateClient() => new(new Forwarder(this)) { BaseAddress = new Uri(Issuer) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        if (!uri.GetLeftPart(UriPartial.Authority).Equals(Issuer, StringComparison.OrdinalIgnoreCase))
        {
            return new HttpResponseMessage(HttpStatusCode.BadGateway) { RequestMessage = request };
        }

        var response = (request.Method.Method, uri.AbsolutePath) switch
        {
            ("GET", "/.well-known/openid-configuration") => Discovery(),
            ("GET", "/jwks") => Jwks(),
            ("GET", "/authorize") => Authorize(QueryHelpers.ParseQuery(uri.Query)),
            ("POST", "/token") => Token(request, await ReadFormAsync(request, cancellationToken)),
            ("GET", "/userinfo") => UserInfo(request),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
        response.RequestMessage = request;
        return response;
    }

    private static async Task<Dictionary<string, StringValues>> ReadFormAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.Content is null ? [] : QueryHelpers.ParseQuery(await request.Content.ReadAsStringAsync(cancellationToken));

    private static string? Get(Dictionary<string, StringValues> values, string name) =>
        values.TryGetValue(name, out var value) ? value.ToString() : null;

    private static HttpResponseMessage Json(object body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Error(string error, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        Json(new Dictionary<string, string> { ["error"] = error }, status);

    private static HttpResponseMessage Discovery() => Json(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = Issuer + "/authorize",
        ["token_endpoint"] = Issuer + "/token",
        ["userinfo_endpoint"] = Issuer + "/userinfo",
        ["jwks_uri"] = Issuer + "/jwks",
        ["response_types_supported"] = new[] { "code" },
        ["response_modes_supported"] = new[] { "query", "form_post" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["scopes_supported"] = new[] { "openid", "profile" },
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["grant_types_supported"] = new[] { "authorization_code" },
    });

    private HttpResponseMessage Jwks()
    {
        var parameters = signingRsa.ExportParameters(includePrivateParameters: false);
        return Json(new Dictionary<string, object>
        {
            ["keys"] = new[]
            {
                new Dictionary<string, string>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["alg"] = "RS256",
                    ["kid"] = KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus!),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent!),
                },
            },
        });
    }

    private HttpResponseMessage Authorize(Dictionary<string, StringValues> query)
    {
        var redirectUri = Get(query, "redirect_uri");
        if (Get(query, "client_id") != ClientId || string.IsNullOrEmpty(redirectUri))
        {
            return Error("invalid_request: unknown client or no redirect_uri");
        }

        if (Get(query, "response_type") != "code" || !(Get(query, "scope") ?? "").Split(' ').Contains("openid"))
        {
            return Error("invalid_request: response_type must be code and scope must hold openid");
        }

        if (Get(query, "code_challenge_method") != "S256" || string.IsNullOrEmpty(Get(query, "code_challenge")))
        {
            return Error("invalid_request: PKCE with S256 is required");
        }

        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        codes[code] = new Grant(ClientId, redirectUri, Get(query, "nonce"), Get(query, "code_challenge")!, Subject);
        var state = Get(query, "state") ?? "";

        if (Get(query, "response_mode") == "form_post")
        {
            var html = new StringBuilder()
                .Append("<html><body onload=\"document.forms[0].submit()\">")
                .Append("<form method=\"post\" action=\"").Append(WebUtility.HtmlEncode(redirectUri)).Append("\">")
                .Append("<input type=\"hidden\" name=\"code\" value=\"").Append(WebUtility.HtmlEncode(code)).Append("\" />")
                .Append("<input type=\"hidden\" name=\"state\" value=\"").Append(WebUtility.HtmlEncode(state)).Append("\" />")
                .Append("</form></body></html>");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(html.ToString(), Encoding.UTF8, "text/html") };
        }

        var location = QueryHelpers.AddQueryString(redirectUri, new Dictionary<string, string?> { ["code"] = code, ["state"] = state });
        var redirect = new HttpResponseMessage(HttpStatusCode.Found);
        redirect.Headers.Location = new Uri(location);
        return redirect;
    }

    private HttpResponseMessage Token(HttpRequestMessage request, Dictionary<string, StringValues> form)
    {
        var (clientId, secret) = (Get(form, "client_id"), Get(form, "client_secret"));
        if (request.Headers.Authorization is { Scheme: "Basic", Parameter: { } basic })
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(basic)).Split(':', 2);
            (clientId, secret) = (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1]));
        }

        if (clientId != ClientId || secret != ClientSecret)
        {
            return Error("invalid_client", HttpStatusCode.Unauthorized);
        }

        if (Get(form, "grant_type") != "authorization_code")
        {
            return Error("unsupported_grant_type");
        }

        // A code is good for one redemption, by the client and redirect URI it was issued to.
        if (Get(form, "code") is not { } code || !codes.TryRemove(code, out var grant)
            || grant.ClientId != clientId || grant.RedirectUri != Get(form, "redirect_uri"))
        {
            return Error("invalid_grant");
        }

        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(Get(form, "code_verifier") ?? "")));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(challenge), Encoding.ASCII.GetBytes(grant.CodeChallenge)))
        {
            return Error("invalid_grant");
        }

        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object> { ["sub"] = grant.Subject, ["name"] = "Testperson " + grant.Subject };
        if (grant.Nonce is not null)
        {
            claims["nonce"] = grant.Nonce;
        }

        var key = new RsaSecurityKey(SignWithForeignKey ? foreignRsa : signingRsa) { KeyId = KeyId };
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
        var accessToken = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        accessTokens[accessToken] = grant.Subject;
        Interlocked.Increment(ref tokensIssued);
        return Json(new Dictionary<string, object>
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = 300,
            ["id_token"] = idToken,
        });
    }

    private HttpResponseMessage UserInfo(HttpRequestMessage request) =>
        request.Headers.Authorization is { Scheme: "Bearer", Parameter: { } token } && accessTokens.TryGetValue(token, out var subject)
            ? Json(new Dictionary<string, string> { ["sub"] = subject, ["name"] = "Testperson " + subject })
            : new HttpResponseMessage(HttpStatusCode.Unauthorized);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            signingRsa.Dispose();
            foreignRsa.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Lets several HttpClients share the provider without disposing it with them.</summary>
    private sealed class Forwarder(InTestOidcProvider provider) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            provider.SendAsync(request, cancellationToken);
    }
}
