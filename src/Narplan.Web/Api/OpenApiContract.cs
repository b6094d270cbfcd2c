using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Narplan.Web.Api;

/// <summary>
/// Marks a public operation whose answer is richer for a signed-in user (internal numbers, unpublished versions):
/// the document then lists both "no security" and the sign-in cookie, and says what sign-in adds.
/// </summary>
public sealed record SignInOptional(string WhatSignInAdds);

/// <summary>
/// Makes the OpenAPI document a contract (issue 22.5): every operation says whether it needs the sign-in cookie
/// (or that sign-in is optional and what it adds), documents its problem responses (RFC 9457) — 400 for every
/// operation, 404 where the path names something, 401 where sign-in is required — with Swedish descriptions, and
/// carries the examples of <see cref="ApiExamples"/>: parameters, request bodies, answers and problem details.
/// The document passes Redocly's recommended rules (tools/openapi-lint), which also check each example against its
/// schema.
/// </summary>
public static class OpenApiContract
{
    public const string CookieScheme = "cookie";

    public const string CookieName = "narplan.auth";

    private const string ProblemSchema = "ProblemDetails";

    public static OpenApiOptions AddNarplanContract(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.License = new OpenApiLicense { Name = "Offentliga plandata; se respektive kommuns villkor" };
            // The generator names the requesting host with a trailing slash; a server URL has none.
            foreach (var server in document.Servers ?? [])
            {
                if (server.Url is { Length: > 1 } url && url.EndsWith('/'))
                {
                    server.Url = url.TrimEnd('/');
                }
            }

            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = CookieName,
                Description = "Inloggning i Närplan (lokalt konto eller SITHS via regionens OpenID Connect). Kakan sätts av /konto/logga-in.",
            };
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas.TryAdd(ProblemSchema, new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "RFC 9457 problem details med svensk titel och beskrivning.",
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                    ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                    ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
                    ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                    ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                },
            });

            var tags = document.Tags ??= new HashSet<OpenApiTag>();
            foreach (var tag in tags)
            {
                tag.Description ??= tag.Name switch
                {
                    "Närplan" => "Planer, enheter, ansvar, ronder och vem som svarar – öppna data ur den gemensamma närområdesplanen.",
                    _ => $"Åtgärder i {tag.Name}.",
                };
            }

            return Task.CompletedTask;
        });

        // NodaTime's dates as the API writes them (ISO 8601), instead of an empty schema.
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            if (type == typeof(NodaTime.LocalDate))
            {
                schema.Type = JsonSchemaType.String;
                schema.Format = "date";
                schema.Description ??= "Lokalt datum (ÅÅÅÅ-MM-DD).";
            }
            else if (type == typeof(NodaTime.Instant))
            {
                schema.Type = JsonSchemaType.String;
                schema.Format = "date-time";
            }

            return Task.CompletedTask;
        });

        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var signedIn = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
            var optional = metadata.OfType<SignInOptional>().FirstOrDefault();
            var document = context.Document;
            OpenApiSecurityRequirement Cookie() => new() { [new OpenApiSecuritySchemeReference(CookieScheme, document)] = [] };

            operation.Security = signedIn ? [Cookie()] : optional is not null ? [new OpenApiSecurityRequirement(), Cookie()] : [new OpenApiSecurityRequirement()];
            if (optional is not null)
            {
                operation.Description = $"{operation.Description}{(string.IsNullOrEmpty(operation.Description) ? "" : " ")}Öppen utan inloggning; inloggad: {optional.WhatSignInAdds}";
            }

            operation.Responses ??= new OpenApiResponses();
            AddProblem(operation, document, "400", "Felaktig begäran: en parameter eller kroppen kan inte läsas. Svensk förklaring i detail.");
            if (context.Description.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Path))
            {
                AddProblem(operation, document, "404", "Finns inte (eller får inte visas för den här användaren).");
            }

            if (signedIn)
            {
                AddProblem(operation, document, "401", "Inloggning krävs.");
            }

            var json = context.ApplicationServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            AddExamples(operation, context.Description.RelativePath, ApiExamples.ByOperation.GetValueOrDefault(operation.OperationId ?? ""), json);
            return Task.CompletedTask;
        });

        return options;
    }

    /// <summary>Swedish descriptions for the framework's English defaults.</summary>
    private static string SwedishDescription(string status, string? current) => current is null or "OK" or "Bad Request" or "Not Found" or "Unauthorized" or "Not Modified" or ""
        ? status switch
        {
            "200" => "Svaret.",
            "304" => "Oförändrad sedan versionen med den ETag som skickades i If-None-Match.",
            "400" => "Felaktig begäran: en parameter eller kroppen kan inte läsas. Svensk förklaring i detail.",
            "401" => "Inloggning krävs.",
            "404" => "Finns inte (eller får inte visas för den här användaren).",
            _ => current ?? status,
        }
        : current;

    private static void AddExamples(OpenApiOperation operation, string? path, ApiExamples.Example? example, JsonSerializerOptions json)
    {
        foreach (var (status, response) in operation.Responses!)
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }

            concrete.Description = SwedishDescription(status, concrete.Description);
            if (!int.TryParse(status, out var code) || concrete.Content is null)
            {
                continue;
            }

            foreach (var (mediaType, content) in concrete.Content)
            {
                if (code >= 400 && mediaType == "application/problem+json")
                {
                    var detail = example?.Problems.GetValueOrDefault(code) ?? ApiExamples.DefaultDetail(code);
                    var problem = new JsonObject
                    {
                        ["type"] = code switch
                        {
                            400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                            401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
                            _ => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
                        },
                        ["title"] = Infrastructure.WebSetup.SwedishTitle(code),
                        ["status"] = code,
                        ["detail"] = detail,
                    };
                    if (operation.OperationId == "ScoreNews2" && code == 400)
                    {
                        problem["errors"] = new JsonObject { ["pulse"] = new JsonArray(detail[(detail.IndexOf(':', StringComparison.Ordinal) + 2)..]) };
                    }

                    content.Example = problem;
                }
                else if (code == 200 && example?.Response is { } body && mediaType.Contains("json", StringComparison.Ordinal))
                {
                    content.Example = JsonSerializer.SerializeToNode(body, body.GetType(), json);
                }
            }
        }

        // A cacheable answer (it can be 304): say which headers a poller revalidates with.
        if (operation.Responses.ContainsKey("304"))
        {
            foreach (var status in new[] { "200", "304" })
            {
                if (operation.Responses.GetValueOrDefault(status) is OpenApiResponse cacheable)
                {
                    cacheable.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    cacheable.Headers["ETag"] = new OpenApiHeader
                    {
                        Description = "Stark ETag för den publicerade versionen; skicka den i If-None-Match.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                        Example = JsonValue.Create("\"5d41402abc4b2a76b9719d911017c592\""),
                    };
                    cacheable.Headers["Cache-Control"] = new OpenApiHeader
                    {
                        Description = "Publicerade versioner: public, max-age=300, must-revalidate. Andra: no-store.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                        Example = JsonValue.Create("public, max-age=300, must-revalidate"),
                    };
                }
            }
        }

        if (example?.ResponseText is { } text && operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okResponse)
        {
            okResponse.Content ??= new Dictionary<string, OpenApiMediaType>();
            okResponse.Content.Remove("application/octet-stream");
            okResponse.Content[text.MediaType] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Example = JsonValue.Create(text.Text),
            };
        }

        if (example?.Request is { } request && operation.RequestBody?.Content is { } requestContent)
        {
            foreach (var (mediaType, content) in requestContent)
            {
                if (mediaType.Contains("json", StringComparison.Ordinal))
                {
                    content.Example = JsonSerializer.SerializeToNode(request, request.GetType(), json);
                }
            }
        }

        // A paged list (ApiPage): limit and offset are whole numbers, and the answer says where the other pages are.
        var parameters = operation.Parameters?.OfType<OpenApiParameter>().ToList() ?? [];
        if (parameters.Any(p => p.Name == "limit"))
        {
            foreach (var paging in parameters.Where(p => p.Name is "limit" or "offset"))
            {
                paging.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = "int32",
                    Default = JsonValue.Create(paging.Name == "limit" ? ApiPage.DefaultLimit : 0),
                };
            }

            if (operation.Responses.GetValueOrDefault("200") is OpenApiResponse page)
            {
                page.Headers ??= new Dictionary<string, IOpenApiHeader>();
                page.Headers["Link"] = new OpenApiHeader
                {
                    Description = "Länkar till sidorna enligt RFC 8288: first, prev, next (saknas på sista sidan) och last. Filtren och limit följer med.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    Example = JsonValue.Create("<https://narplan.example/api/v1/units?kommun=Herrljunga&limit=50&offset=0>; rel=\"first\", " +
                        "<https://narplan.example/api/v1/units?kommun=Herrljunga&limit=50&offset=50>; rel=\"next\", " +
                        "<https://narplan.example/api/v1/units?kommun=Herrljunga&limit=50&offset=100>; rel=\"last\""),
                };
                page.Headers[ApiPage.TotalCountHeader] = new OpenApiHeader
                {
                    Description = "Antalet rader som matchar filtren, på alla sidor.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                    Example = JsonValue.Create(128),
                };
            }
        }

        foreach (var parameter in parameters)
        {
            parameter.Description ??= ParameterDescription(operation.OperationId, path, parameter.Name);
            if (example?.Parameters.GetValueOrDefault(parameter.Name ?? "") is { } value)
            {
                parameter.Example = parameter.Schema?.Type is { } t && t.HasFlag(JsonSchemaType.Integer) && int.TryParse(value, out var number)
                    ? JsonValue.Create(number)
                    : JsonValue.Create(value);
            }
        }
    }

    /// <summary>The Swedish description of a parameter; an <c>id</c> is described by what the path names before it.</summary>
    private static string? ParameterDescription(string? operation, string? path, string? name) => (operation, name) switch
    {
        (_, "id") => IdDescription(path ?? ""),
        (_, "n") => "Versionens nummer (1, 2 …).",
        (_, "format") => "docx, pdf eller xlsx (Bilaga 1 och 2).",
        (_, "token") => "Den hemliga delen av läkarens kalenderlänk.",
        (_, "kommun") => "Kommunens namn, t.ex. Herrljunga (skiftlägesokänsligt).",
        (_, "region") => "Regionens namn eller kortnamn, t.ex. VGR.",
        (_, "type") => "Enhetstyp, t.ex. SarskiltBoende, Korttidsboende, LssBostad, OrdinartBoende.",
        (_, "year") => "Året, 1900–2200.",
        (_, "at") => "Tidpunkt med tidszon (ISO 8601), t.ex. 2026-06-19T14:00:00+02:00. Standard: nu.",
        (_, "need") => "advice (råd, standard) eller acute-home-visit (troligt akut hembesök).",
        ("GetUnitOnCallTimeline", "from") => "Datum (2026-06-18) eller tidpunkt med tidszon. Standard: i dag.",
        ("GetUnitOnCallTimeline", "to") => "Datum (räknas med) eller tidpunkt med tidszon; högst 93 dagar efter from. Standard: 31 dagar fram.",
        (_, "limit") => $"Rader per sida, {ApiPage.DefaultLimit} om inget anges; över {ApiPage.MaxLimit} ger {ApiPage.MaxLimit} och en next-länk (inget fel).",
        (_, "offset") => "Antal rader att hoppa över (0 = första sidan). Följ hellre next-länken i Link-huvudet.",
        (_, "from") => "Första dagen (ÅÅÅÅ-MM-DD).",
        (_, "to") => "Sista dagen (ÅÅÅÅ-MM-DD), räknas med.",
        _ => null,
    };

    private static string IdDescription(string path)
    {
        var segments = path.Split('/');
        var at = Array.IndexOf(segments, "{id}");
        return (at > 0 ? segments[at - 1] : "") switch
        {
            "kommuner" => "Kommunens id (se ListKommuner).",
            "patients" => "Patientens id.",
            "plans" => "Planens id (se ListPlans).",
            "care-centres" => "Vårdcentralens id.",
            "vaccination-campaigns" => "Vaccinationskampanjens id.",
            _ => "Enhetens id (se ListUnits).",
        };
    }

    private static void AddProblem(OpenApiOperation operation, OpenApiDocument? document, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) },
            },
        };
    }
}
