using System.Text.Encodings.Web;
using System.Text.Unicode;
using Hl7.Fhir.Serialization;
using F = Hl7.Fhir.Model;

namespace Narplan.Web.Api.Fhir;

/// <summary>Writes a FHIR resource as <c>application/fhir+json</c> with the Firely SDK's serializer.</summary>
public sealed class FhirResult(F.Resource resource, int statusCode = StatusCodes.Status200OK) : IResult
{
    public const string ContentType = "application/fhir+json";

    // Swedish letters as they are ("Vänersborg", not "V\u00e4nersborg"); HTML-sensitive characters stay escaped.
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }.ForFhir();

    public F.Resource Resource => resource;

    /// <summary>The resource as the directory sends it (UTF-8 JSON), e.g. to keep in <see cref="ApiResponseCache"/>.</summary>
    public static byte[] Serialize(F.Resource resource) => JsonSerializer.SerializeToUtf8Bytes(resource, resource.GetType(), Options);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = ContentType + "; charset=utf-8";
        await JsonSerializer.SerializeAsync(httpContext.Response.Body, resource, resource.GetType(), Options, httpContext.RequestAborted);
    }
}

/// <summary>A 200 answer already serialised by <see cref="FhirResult.Serialize"/>.</summary>
public sealed class FhirBytesResult(byte[] body) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = FhirResult.ContentType + "; charset=utf-8";
        httpContext.Response.ContentLength = body.Length;
        return httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}

/// <summary>OperationOutcome answers with Swedish diagnostics: the FHIR counterpart of <see cref="Problems"/>.</summary>
public static class FhirOutcomes
{
    public static FhirResult NotFound(string type, string id) =>
        Error(StatusCodes.Status404NotFound, F.OperationOutcome.IssueType.NotFound, $"Det finns ingen {type} med id '{id}'.");

    public static FhirResult UnknownType(string type) =>
        Error(StatusCodes.Status404NotFound, F.OperationOutcome.IssueType.NotSupported,
            $"Resurstypen '{type}' finns inte i Närplans FHIR-katalog. Typer som stöds: {string.Join(", ", FhirSearch.Types)}.");

    public static FhirResult BadRequest(string diagnostics) =>
        Error(StatusCodes.Status400BadRequest, F.OperationOutcome.IssueType.Invalid, diagnostics);

    public static FhirResult BadRequest(IEnumerable<F.OperationOutcome.IssueComponent> issues) =>
        new(new F.OperationOutcome { Id = Guid.NewGuid().ToString(), Issue = [.. issues] }, StatusCodes.Status400BadRequest);

    public static FhirResult Error(int status, F.OperationOutcome.IssueType code, string diagnostics) =>
        new(new F.OperationOutcome { Id = Guid.NewGuid().ToString(), Issue = [Issue(F.OperationOutcome.IssueSeverity.Error, code, diagnostics)] }, status);

    public static F.OperationOutcome.IssueComponent Issue(F.OperationOutcome.IssueSeverity severity, F.OperationOutcome.IssueType code, string diagnostics) =>
        new() { Severity = severity, Code = code, Diagnostics = diagnostics };
}
