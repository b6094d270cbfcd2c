namespace Narplan.Web.Infrastructure;

/// <summary>
/// Numbers written into machine-read text: SVG attributes, CSS in style attributes, file formats. The request culture is
/// sv-SE, whose decimal comma turns <c>x="412,3"</c> into two coordinates (the label "13" is then drawn as "1" at 412 and
/// "3" at 3) and <c>stroke-width="1,5"</c> into an invalid value, and whose minus sign is U+2212. Text for people keeps
/// Swedish formatting; these never do.
/// </summary>
public static class Invariant
{
    /// <summary>A coordinate or length: at most two decimals, a point as separator, "-" as minus.</summary>
    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <inheritdoc cref="N(double)"/>
    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc cref="N(double)"/>
    public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
