namespace Narplan.Web.Features.Rounds;

/// <summary>
/// The versions of the series a form showed, carried in one hidden field ("id:version,…"), so that a change is made against
/// what the user saw and a series someone else changed meanwhile is refused as stale (issue 15 item 5).
/// </summary>
public static class SeriesVersions
{
    public static string Text(IEnumerable<SeriesView> series) =>
        string.Join(',', series.Select(s => $"{s.Series.Id:N}:{s.Series.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));

    /// <summary>The version shown for <paramref name="seriesId"/>, or null when the form did not carry one.</summary>
    public static int? Shown(string? text, Guid seriesId)
    {
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split(':');
            if (pair.Length == 2 && Guid.TryParse(pair[0], out var id) && id == seriesId
                && int.TryParse(pair[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
            {
                return version;
            }
        }

        return null;
    }
}
