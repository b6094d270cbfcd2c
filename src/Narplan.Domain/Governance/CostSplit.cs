namespace Narplan.Domain.Governance;

/// <summary>
/// The split of närvårdskontoret's costs (seed 004: "VGR betalar 50 procent och kommunerna 50 procent av
/// kostnaderna, baserat på befolkningsmängd den 1 juli föregående år").
/// </summary>
/// <remarks>
/// Amounts are whole kronor. The region pays half the total rounded down; the kommuner share the rest, so
/// an odd krona falls to the kommuner. The kommuner's half is split by population with the largest-remainder
/// method: each kommun first gets its exact share rounded down, and the kronor left over go one each to the
/// kommuner with the largest remainders (ties to the larger population, then to the lower kommun code), so
/// the parts always add up to exactly the total.
/// </remarks>
public static class CostSplit
{
    public static CostSplitResult Split(long totalKronor, IReadOnlyCollection<KommunPopulation> populations)
    {
        if (totalKronor < 0)
        {
            throw new DomainException("Budgeten kan inte vara negativ.");
        }

        if (populations.Count == 0)
        {
            throw new DomainException("Befolkningsuppgifter saknas för kommunerna.");
        }

        var duplicate = populations.GroupBy(p => p.KommunCode).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainException($"Kommunkoden {duplicate.Key} förekommer mer än en gång.");
        }

        var empty = populations.FirstOrDefault(p => p.Population <= 0);
        if (empty is not null)
        {
            throw new DomainException($"{empty.Name} saknar befolkningsmängd.");
        }

        var region = totalKronor / 2;
        var kommuner = totalKronor - region;
        var population = populations.Sum(p => (decimal)p.Population);

        var shares = populations
            .Select(p =>
            {
                var exact = kommuner * p.Population / population;
                var floor = decimal.Floor(exact);
                return (Kommun: p, Kronor: (long)floor, Remainder: exact - floor);
            })
            .ToList();

        var left = kommuner - shares.Sum(s => s.Kronor);
        var bonus = shares
            .OrderByDescending(s => s.Remainder)
            .ThenByDescending(s => s.Kommun.Population)
            .ThenBy(s => s.Kommun.KommunCode, StringComparer.Ordinal)
            .Take((int)left)
            .Select(s => s.Kommun.KommunCode)
            .ToHashSet(StringComparer.Ordinal);

        var parts = shares
            .Select(s => new KommunCostShare(s.Kommun, s.Kronor + (bonus.Contains(s.Kommun.KommunCode) ? 1 : 0)))
            .OrderBy(s => s.Kommun.KommunCode, StringComparer.Ordinal)
            .ToList();

        return new CostSplitResult(totalKronor, region, kommuner, parts);
    }
}

/// <summary>A kommun's population on a date (Statistics Sweden), keyed by the official four-digit kommun code.</summary>
public sealed record KommunPopulation(string KommunCode, string Name, long Population);

public sealed record KommunCostShare(KommunPopulation Kommun, long Kronor);

/// <summary>The split of one budget: <c>RegionKronor + KommunerKronor == TotalKronor</c> and the parts sum to <c>KommunerKronor</c>.</summary>
public sealed record CostSplitResult(long TotalKronor, long RegionKronor, long KommunerKronor, IReadOnlyList<KommunCostShare> Kommuner);
