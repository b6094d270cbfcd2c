namespace Narplan.Web.Api;

/// <summary>
/// Paging of the list endpoints (issue 23 item 2): <c>limit</c> and <c>offset</c> in the query, the rows of the page in
/// the body, and RFC 8288 <c>Link</c> headers (<c>first</c>, <c>prev</c>, <c>next</c>, <c>last</c>) plus
/// <c>X-Total-Count</c>. A <c>limit</c> over <see cref="MaxLimit"/> is clamped to it — the answer is the first
/// <see cref="MaxLimit"/> rows and a <c>next</c> link, never an error — so a client that asks for everything is led
/// page by page. A <c>limit</c> or <c>offset</c> that is not a whole number is a Swedish 400.
/// </summary>
public sealed record ApiPage(int Limit, int Offset)
{
    public const int DefaultLimit = 100;

    public const int MaxLimit = 500;

    /// <summary>The largest offset accepted (well above any list Närplan holds).</summary>
    public const int MaxOffset = 10_000_000;

    public const string TotalCountHeader = "X-Total-Count";

    /// <summary>Reads <c>limit</c> and <c>offset</c>; the Swedish reason when one cannot be read.</summary>
    public static (ApiPage? Page, string? Error) Parse(string? limit, string? offset)
    {
        var size = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit))
        {
            if (!long.TryParse(limit.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var asked) || asked < 1)
            {
                return (null, $"'limit' måste vara ett heltal från 1 (högst {MaxLimit} används), inte '{limit}'.");
            }

            size = (int)Math.Min(asked, MaxLimit);
        }

        var skip = 0;
        if (!string.IsNullOrWhiteSpace(offset))
        {
            if (!int.TryParse(offset.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out skip) || skip > MaxOffset)
            {
                return (null, $"'offset' måste vara ett heltal mellan 0 och {MaxOffset}, inte '{offset}'.");
            }
        }

        return (new ApiPage(size, skip), null);
    }

    /// <summary>
    /// The <c>Link</c> header value for this page of <paramref name="total"/> rows: <paramref name="url"/> is the list's
    /// absolute URL and <paramref name="filters"/> the query parameters that select the rows (kept on every link).
    /// </summary>
    public string LinkHeader(string url, IEnumerable<KeyValuePair<string, string?>> filters, int total)
    {
        var kept = filters.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToList();
        string Link(int offset, string rel)
        {
            var query = new StringBuilder();
            foreach (var (name, value) in kept)
            {
                query.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value!.Trim())).Append('&');
            }

            query.Append("limit=").Append(Limit.ToString(CultureInfo.InvariantCulture))
                .Append("&offset=").Append(offset.ToString(CultureInfo.InvariantCulture));
            return $"<{url}?{query}>; rel=\"{rel}\"";
        }

        var links = new List<string> { Link(0, "first") };
        if (Offset > 0)
        {
            links.Add(Link(Math.Max(0, Math.Min(Offset, total) - Limit), "prev"));
        }

        if ((long)Offset + Limit < total)
        {
            links.Add(Link(Offset + Limit, "next"));
        }

        links.Add(Link(total == 0 ? 0 : (total - 1) / Limit * Limit, "last"));
        return string.Join(", ", links);
    }

    /// <summary>Sets <c>Link</c> and <c>X-Total-Count</c> on the answer.</summary>
    public void Describe(HttpContext http, IEnumerable<KeyValuePair<string, string?>> filters, int total)
    {
        var request = http.Request;
        var url = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}";
        http.Response.Headers.Link = LinkHeader(url, filters, total);
        http.Response.Headers[TotalCountHeader] = total.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>How a paged list endpoint describes its paging in the OpenAPI document, in the same words everywhere.</summary>
public static class ApiPagingDescription
{
    /// <summary>
    /// "Sorterat på <paramref name="order"/> …", the defaults and limits of <see cref="ApiPage"/>, and what
    /// X-Total-Count counts; a list of patients' rows adds that only the page's patients are read and logged.
    /// </summary>
    public static RouteHandlerBuilder WithPagingDescription(this RouteHandlerBuilder endpoint, string order, string totalCounts, bool patientRows = false) =>
        endpoint.WithDescription(
            $"Sorterat på {order}. Standard {ApiPage.DefaultLimit} per sida; en limit över {ApiPage.MaxLimit} ger {ApiPage.MaxLimit} " +
            $"och en next-länk i Link-huvudet (RFC 8288), inget fel. X-Total-Count anger antalet {totalCounts}" +
            (patientRows ? "; bara sidans patienter läses och loggas." : "."));
}
