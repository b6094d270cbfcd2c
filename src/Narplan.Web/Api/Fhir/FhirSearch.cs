using F = Hl7.Fhir.Model;

namespace Narplan.Web.Api.Fhir;

/// <summary>A search parameter the directory supports for one resource type.</summary>
public sealed record FhirSearchParameter(string Name, F.SearchParamType Type, string Documentation);

/// <summary>
/// One search request, parsed: the supported parameters with their values, the ones that were ignored, and the page
/// (<c>_count</c>, <c>_offset</c>). An unsupported parameter is an error with <c>Prefer: handling=strict</c> and is
/// otherwise ignored and reported (FHIR R4 §3.1.1.4 "Handling errors").
/// </summary>
public sealed class FhirSearch
{
    public const int DefaultCount = 50;
    public const int MaxCount = 200;
    public const int MaxOffset = 1_000_000;

    /// <summary>Result parameters every search accepts.</summary>
    public static readonly string[] ResultParameters = ["_count", "_offset", "_format"];

    public static readonly IReadOnlyDictionary<string, FhirSearchParameter[]> Parameters = new Dictionary<string, FhirSearchParameter[]>
    {
        ["Organization"] =
        [
            new("_id", F.SearchParamType.Token, "Organisationens id."),
            new("name", F.SearchParamType.String, "Namn eller kortnamn; börjar med (skiftläges- och accentokänsligt), :exact och :contains stöds."),
            new("type", F.SearchParamType.Token, "region, kommun, vardcentral eller beredskapsjour (Närplans kodsystem), eller govt/prov (HL7 organization-type)."),
            new("address-city", F.SearchParamType.String, "Kommunen organisationen finns i."),
            new("partof", F.SearchParamType.Reference, "Organisationen den ingår i, t.ex. Organization/{region}."),
        ],
        ["Location"] =
        [
            new("_id", F.SearchParamType.Token, "Enhetens id."),
            new("name", F.SearchParamType.String, "Enhetens namn; börjar med, :exact och :contains stöds."),
            new("type", F.SearchParamType.Token, "Enhetstyp, t.ex. SarskiltBoende (Närplans kodsystem)."),
            new("organization", F.SearchParamType.Reference, "Kommunen som driver enheten (managingOrganization)."),
            new("address-city", F.SearchParamType.String, "Kommunen enheten ligger i."),
        ],
        ["PractitionerRole"] =
        [
            new("_id", F.SearchParamType.Token, "Rollens id."),
            new("location", F.SearchParamType.Reference, "Enheten (Location) läkaren är fast läkarkontakt för."),
            new("organization", F.SearchParamType.Reference, "Vårdcentralen läkaren arbetar för."),
            new("role", F.SearchParamType.Token, "fast-lakarkontakt eller medicinskt-radgivande-lakare."),
            new("active", F.SearchParamType.Token, "true för roller som gäller i dag."),
        ],
        ["HealthcareService"] =
        [
            new("_id", F.SearchParamType.Token, "Tjänstens id."),
            new("organization", F.SearchParamType.Reference, "Organisationen som ger tjänsten (providedBy)."),
            new("location", F.SearchParamType.Reference, "En enhet tjänsten omfattar."),
        ],
        ["Schedule"] =
        [
            new("_id", F.SearchParamType.Token, "Rondseriens id."),
            new("actor", F.SearchParamType.Reference, "Enheten (Location) ronderna hålls för."),
            new("active", F.SearchParamType.Token, "true för serier som inte har slutat."),
        ],
        ["Slot"] =
        [
            new("_id", F.SearchParamType.Token, "Rondtillfällets id."),
            new("schedule", F.SearchParamType.Reference, "Rondserien (Schedule)."),
            new("start", F.SearchParamType.Date, "Starttid med prefix ge, gt, le, lt eller eq. Utan nedre gräns: från i dag; utan övre: 92 dagar fram; högst två år."),
            new("status", F.SearchParamType.Token, "busy eller busy-unavailable (inställd)."),
        ],
    };

    public static IEnumerable<string> Types => Parameters.Keys;

    private readonly List<(string Name, string? Modifier, string Value)> _used = [];

    private FhirSearch(string type) => Type = type;

    public string Type { get; }

    public int Count { get; private set; } = DefaultCount;

    public int Offset { get; private set; }

    /// <summary>The query parameters that were not supported and so ignored (lenient handling).</summary>
    public IReadOnlyList<string> Ignored { get; private set; } = [];

    /// <summary>Whether any search parameter (not a result parameter) was given.</summary>
    public bool HasCriteria => _used.Count > 0;

    /// <summary>Values of a supported parameter, one entry per occurrence (AND); comma-separated values inside are OR.</summary>
    public IEnumerable<(string? Modifier, string Value)> Values(string name) =>
        _used.Where(u => u.Name == name).Select(u => (u.Modifier, u.Value));

    public bool Has(string name) => _used.Any(u => u.Name == name);

    /// <summary>The search a read performs: one id, no other criteria.</summary>
    public static FhirSearch ForId(string type, string id)
    {
        var search = new FhirSearch(type) { Count = 1 };
        search._used.Add(("_id", null, id));
        return search;
    }

    /// <summary>Parses the query of <paramref name="request"/>; an error result when it cannot be honoured.</summary>
    public static (FhirSearch? Search, FhirResult? Error) Parse(string type, HttpRequest request)
    {
        var search = new FhirSearch(type);
        var supported = Parameters[type];
        var ignored = new List<string>();
        var errors = new List<F.OperationOutcome.IssueComponent>();
        foreach (var (key, values) in request.Query)
        {
            foreach (var value in values.OfType<string>())
            {
                var colon = key.IndexOf(':', StringComparison.Ordinal);
                var name = colon < 0 ? key : key[..colon];
                var modifier = colon < 0 ? null : key[(colon + 1)..];
                switch (name)
                {
                    case "_count" when modifier is null:
                        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 0 or > MaxCount)
                        {
                            errors.Add(Error($"_count måste vara ett heltal mellan 0 och {MaxCount}, inte '{value}'."));
                        }
                        else
                        {
                            search.Count = count;
                        }

                        continue;
                    case "_offset" when modifier is null:
                        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) || offset > MaxOffset)
                        {
                            errors.Add(Error($"_offset måste vara ett heltal mellan 0 och {MaxOffset}, inte '{value}'."));
                        }
                        else
                        {
                            search.Offset = offset;
                        }

                        continue;
                    case "_format" when modifier is null:
                        if (value is not ("json" or "application/json" or "application/fhir+json"))
                        {
                            errors.Add(Error($"Närplans FHIR-katalog svarar bara med JSON (application/fhir+json), inte '{value}'."));
                        }

                        continue;
                }

                var parameter = supported.FirstOrDefault(p => p.Name == name);
                var modifierOk = modifier is null || (parameter?.Type == F.SearchParamType.String && modifier is "exact" or "contains");
                if (parameter is null || !modifierOk)
                {
                    ignored.Add(key);
                    continue;
                }

                if (string.IsNullOrWhiteSpace(value))
                {
                    continue;
                }

                if (parameter.Type == F.SearchParamType.Date && DateCriterion.Parse(value) is null)
                {
                    errors.Add(Error($"'{value}' är inget giltigt datum för {name}. Skriv t.ex. ge2026-06-01 eller le2026-06-30T17:00:00+02:00."));
                    continue;
                }

                search._used.Add((name, modifier, value));
            }
        }

        search.Ignored = ignored.Distinct().ToList();
        if (search.Ignored.Count > 0 && IsStrict(request))
        {
            errors.AddRange(search.Ignored.Select(p => FhirOutcomes.Issue(
                F.OperationOutcome.IssueSeverity.Error, F.OperationOutcome.IssueType.NotSupported,
                $"Sökparametern '{p}' stöds inte för {type}. Parametrar som stöds: {string.Join(", ", supported.Select(s => s.Name).Concat(ResultParameters))}.")));
        }

        return errors.Count > 0 ? (null, FhirOutcomes.BadRequest(errors)) : (search, null);
    }

    /// <summary>Whether the client asked for strict handling of unknown parameters (<c>Prefer: handling=strict</c>).</summary>
    public static bool IsStrict(HttpRequest request) =>
        request.Headers["Prefer"].SelectMany(h => (h ?? "").Split([',', ';'], StringSplitOptions.TrimEntries))
            .Any(p => string.Equals(p.Replace(" ", ""), "handling=strict", StringComparison.OrdinalIgnoreCase));

    /// <summary>The searchset Bundle of one page, with self/first/next/previous links and an outcome entry for what was ignored.</summary>
    public F.Bundle Bundle(string baseUrl, int total, IEnumerable<F.Resource> page)
    {
        var bundle = new F.Bundle
        {
            Id = Guid.NewGuid().ToString(),
            Type = F.Bundle.BundleType.Searchset,
            Total = total,
            Meta = new F.Meta { LastUpdated = DateTimeOffset.UtcNow },
        };
        bundle.Link.Add(new F.Bundle.LinkComponent { Relation = "self", Url = Link(baseUrl, Offset) });
        bundle.Link.Add(new F.Bundle.LinkComponent { Relation = "first", Url = Link(baseUrl, 0) });
        if (Count > 0 && Offset + Count < total)
        {
            bundle.Link.Add(new F.Bundle.LinkComponent { Relation = "next", Url = Link(baseUrl, Offset + Count) });
        }

        if (Offset > 0 && Count > 0)
        {
            bundle.Link.Add(new F.Bundle.LinkComponent { Relation = "previous", Url = Link(baseUrl, Math.Max(0, Offset - Count)) });
        }

        foreach (var resource in page)
        {
            bundle.Entry.Add(new F.Bundle.EntryComponent
            {
                FullUrl = $"{baseUrl}/{resource.TypeName}/{resource.Id}",
                Resource = resource,
                Search = new F.Bundle.SearchComponent { Mode = F.Bundle.SearchEntryMode.Match },
            });
        }

        if (Ignored.Count > 0)
        {
            var outcome = new F.OperationOutcome
            {
                Id = Guid.NewGuid().ToString(),
                Issue = [.. Ignored.Select(p => FhirOutcomes.Issue(
                    F.OperationOutcome.IssueSeverity.Warning, F.OperationOutcome.IssueType.NotSupported,
                    $"Sökparametern '{p}' stöds inte för {Type} och ignorerades."))],
            };
            bundle.Entry.Add(new F.Bundle.EntryComponent
            {
                FullUrl = $"urn:uuid:{outcome.Id}",
                Resource = outcome,
                Search = new F.Bundle.SearchComponent { Mode = F.Bundle.SearchEntryMode.Outcome },
            });
        }

        return bundle;
    }

    /// <summary>This page's own link: the search as performed (used parameters, <c>_count</c>, <c>_offset</c>).</summary>
    public string SelfLink(string baseUrl) => Link(baseUrl, Offset);

    /// <summary>The search as it was performed: only the parameters that were used, then the page.</summary>
    private string Link(string baseUrl, int offset)
    {
        var query = new StringBuilder();
        foreach (var (name, modifier, value) in _used)
        {
            query.Append(Uri.EscapeDataString(modifier is null ? name : $"{name}:{modifier}")).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
        }

        query.Append("_count=").Append(Count.ToString(CultureInfo.InvariantCulture));
        query.Append("&_offset=").Append(offset.ToString(CultureInfo.InvariantCulture));
        return $"{baseUrl}/{Type}?{query}";
    }

    private static F.OperationOutcome.IssueComponent Error(string diagnostics) =>
        FhirOutcomes.Issue(F.OperationOutcome.IssueSeverity.Error, F.OperationOutcome.IssueType.Invalid, diagnostics);

    // ---- Matching, the same rules for every type ----

    /// <summary>String search (FHIR: case- and accent-insensitive, "starts with" unless :exact or :contains); comma = OR.</summary>
    public static bool MatchesString(string? modifier, string value, IEnumerable<string?> candidates)
    {
        var wanted = value.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        return candidates.OfType<string>().Any(c => wanted.Any(w => modifier switch
        {
            "exact" => string.Equals(c, w, StringComparison.Ordinal),
            "contains" => Fold(c).Contains(Fold(w), StringComparison.Ordinal),
            _ => Fold(c).StartsWith(Fold(w), StringComparison.Ordinal),
        }));
    }

    /// <summary>Token search: <c>code</c>, <c>system|code</c> or <c>|code</c>; comma = OR.</summary>
    public static bool MatchesToken(string value, IEnumerable<F.Coding> codings) =>
        value.Split(',').Any(v =>
        {
            var bar = v.IndexOf('|', StringComparison.Ordinal);
            var system = bar < 0 ? null : v[..bar];
            var code = bar < 0 ? v : v[(bar + 1)..];
            return codings.Any(c => string.Equals(c.Code, code, StringComparison.Ordinal)
                && (system is null || (system.Length == 0 ? c.System is null : c.System == system)));
        });

    /// <summary>The ids a reference search value names for <paramref name="type"/>: <c>id</c>, <c>Type/id</c> or a full URL; comma = OR.</summary>
    public static IReadOnlyList<string> ReferenceIds(string value, string type) =>
        value.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).Select(v =>
        {
            var marker = type + "/";
            var at = v.LastIndexOf(marker, StringComparison.Ordinal);
            return at >= 0 ? v[(at + marker.Length)..].TrimEnd('/') : v.Contains('/', StringComparison.Ordinal) ? "" : v;
        }).Where(v => v.Length > 0).ToList();

    /// <summary>Lower case without diacritics ("Vänersborg" and "vanersborg" match).</summary>
    public static string Fold(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(ch));
            }
        }

        return builder.ToString();
    }
}

/// <summary>A date search value: a prefix and the range of instants the value stands for (a date is the whole Swedish day).</summary>
public sealed record DateCriterion(string Prefix, Instant Low, Instant High)
{
    private static readonly string[] Prefixes = ["eq", "ge", "gt", "le", "lt"];

    /// <summary>Years a search may name: the Swedish calendar's range, less the two years a Slot search may span.</summary>
    private const int FirstYear = SwedishCalendar.MinYear + 1;
    private const int LastYear = SwedishCalendar.MaxYear - 3;

    public static DateCriterion? Parse(string value)
    {
        var criterion = ParseAny(value);
        return criterion is not null && InRange(criterion.Low) && InRange(criterion.High) ? criterion : null;
    }

    private static bool InRange(Instant instant) => instant.InZone(Stockholm.Zone).Year is >= FirstYear and <= LastYear;

    private static DateCriterion? ParseAny(string value)
    {
        var prefix = value.Length > 2 && Prefixes.Contains(value[..2]) ? value[..2] : "eq";
        var text = value.Length > 2 && Prefixes.Contains(value[..2]) ? value[2..] : value;
        var date = LocalDatePattern.Iso.Parse(text);
        if (date.Success && date.Value.Year is > FirstYear and < LastYear)
        {
            return new DateCriterion(prefix, date.Value.AtStartOfDayInZone(Stockholm.Zone).ToInstant(),
                date.Value.PlusDays(1).AtStartOfDayInZone(Stockholm.Zone).ToInstant());
        }

        var withOffset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (withOffset.Success)
        {
            var instant = withOffset.Value.ToInstant();
            return new DateCriterion(prefix, instant, instant);
        }

        var local = LocalDateTimePattern.ExtendedIso.Parse(text);
        if (local.Success)
        {
            var instant = Stockholm.Zone.AtLeniently(local.Value).ToInstant();
            return new DateCriterion(prefix, instant, instant);
        }

        return null;
    }

    /// <summary>Whether an instant satisfies the criterion (the value's range for eq; its bounds for the comparisons).</summary>
    public bool Matches(Instant at) => Prefix switch
    {
        "ge" => at >= Low,
        "gt" => Low == High ? at > High : at >= High,
        "le" => Low == High ? at <= High : at < High,
        "lt" => at < Low,
        _ => Low == High ? at == Low : at >= Low && at < High,
    };
}
