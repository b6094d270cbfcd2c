namespace Narplan.Web.Api;

/// <summary>RFC 9457 problem details with Swedish titles, one place for every API error.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRequest(string detail) => Of(StatusCodes.Status400BadRequest, detail);

    public static ProblemHttpResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, detail);

    // A new result each time: problem details are customised per request.
    public static ProblemHttpResult UnknownUnit => NotFound("Det finns ingen enhet med det id:t.");

    private static ProblemHttpResult Of(int status, string detail) =>
        TypedResults.Problem(statusCode: status, title: WebSetup.SwedishTitle(status), detail: detail);
}
