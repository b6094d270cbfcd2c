namespace Narplan.Web.Infrastructure;

/// <summary>A count with its noun in the right number: "1 vårdcentral", "2 vårdcentraler", "0 enheter" (issue 18).</summary>
public static class SwedishCount
{
    public static string Of(int count, string one, string many) =>
        count.ToString("N0", CultureInfo.GetCultureInfo("sv-SE")) + " " + (count == 1 ? one : many);
}
