using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Narplan.Web.Api;

/// <summary>
/// Makes the OpenAPI document a contract (issue 22.5): every operation says whether it needs the sign-in cookie,
/// and documents its problem responses (RFC 9457) — 400 for every operation, 404 where the path names something,
/// 401 where sign-in is required. The document passes Redocly's recommended rules (tools/openapi-lint).
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

        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var signedIn = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
            var document = context.Document;

            operation.Security =
            [
                signedIn
                    ? new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, document)] = [] }
                    : new OpenApiSecurityRequirement(),
            ];

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

            return Task.CompletedTask;
        });

        return options;
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
