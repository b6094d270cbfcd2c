namespace Narplan.Domain.Governance;

/// <summary>Which principal (huvudman) a seat belongs to: a kommun or the region (VGR).</summary>
public enum Principal
{
    Kommun,
    Region,
}

/// <summary>A person appointed to a seat, and the principal they come from.</summary>
public sealed record Appointee(string Name, Principal Side);

/// <summary>
/// One term of a body's chair and vice chair (ordförande, vice ordförande). <see cref="Years"/> is closed:
/// 2022–2023 is 1 January 2022 to 31 December 2023. <see cref="Vice"/> is null in a proposal where the new
/// vice chair is still to be elected.
/// </summary>
public sealed record ChairTerm(DateInterval Years, Appointee Chair, Appointee? Vice)
{
    public int FirstYear => Years.Start.Year;

    public int LastYear => Years.End.Year;
}

/// <summary>
/// The rotation of chair and vice chair in a body of the collaboration (seed 004): "utser ordförande och vice
/// ordförande för två år i taget. Ordförandeskapet och vice ordförandeskapet alternerar mellan kommun och VGR.
/// Huvudregeln är att vice ordförande efter två år blir ordförande och en ny vice ordförande väljs."
/// </summary>
/// <remarks>
/// A term is two whole calendar years. Within a term the chair and vice chair come from different principals;
/// from term to term the chair's principal alternates. A body whose rule says so
/// (<see cref="ViceBecomesChair"/>, DPS in the seed) expects the vice chair to become the next chair: a term that
/// does otherwise is flagged, not refused, since it is the main rule and not the only one. A chair from the
/// same principal two terms running is flagged; three terms running is refused.
/// </remarks>
public sealed class ChairRotation(bool viceBecomesChair)
{
    public const int TermYears = 2;

    public bool ViceBecomesChair { get; } = viceBecomesChair;

    /// <summary>The next term after <paramref name="previous"/>: the other principal chairs; under the main rule the vice chair does.</summary>
    public ChairTerm ProposeNext(ChairTerm previous)
    {
        var start = previous.Years.End.PlusDays(1);
        var years = new DateInterval(start, start.PlusYears(TermYears).PlusDays(-1));
        var chairSide = Other(previous.Chair.Side);
        var chair = ViceBecomesChair && previous.Vice is { } vice && vice.Side == chairSide
            ? vice
            : new Appointee("Väljs", chairSide);
        return new ChairTerm(years, chair, new Appointee("Väljs", previous.Chair.Side));
    }

    /// <summary>The chairing principal for each term from <paramref name="first"/> on, <paramref name="count"/> terms.</summary>
    public IEnumerable<ChairTerm> Rotation(ChairTerm first, int count)
    {
        var term = first;
        for (var i = 0; i < count; i++)
        {
            yield return term;
            term = ProposeNext(term);
        }
    }

    /// <summary>
    /// Refuses a new term that breaks a hard rule (length, overlap, same principal for chair and vice, a third
    /// chair in a row from one principal) with a Swedish reason; returns the soft flags otherwise.
    /// </summary>
    public IReadOnlyList<string> Validate(IReadOnlyList<ChairTerm> history, ChairTerm term)
    {
        if (term.Years.Start != new LocalDate(term.FirstYear, 1, 1) || term.Years.End != new LocalDate(term.FirstYear + TermYears - 1, 12, 31))
        {
            throw new DomainException($"Ordförande och vice ordförande utses för {TermYears} kalenderår i taget (t.ex. 2026–2027).");
        }

        if (term.Vice is { } v && v.Side == term.Chair.Side)
        {
            throw new DomainException(
                $"Ordförande och vice ordförande ska komma från olika huvudmän (kommun och VGR); båda kommer från {Name(term.Chair.Side)}.");
        }

        var earlier = history.Where(h => h.Years.Start < term.Years.Start).OrderBy(h => h.Years.Start).ToList();
        if (history.Any(h => h.Years.Start <= term.Years.End && term.Years.Start <= h.Years.End))
        {
            throw new DomainException($"Det finns redan ett ordförandeskap som överlappar {term.FirstYear}–{term.LastYear}.");
        }

        var flags = new List<string>();
        if (earlier.Count >= 2 && earlier[^1].Chair.Side == term.Chair.Side && earlier[^2].Chair.Side == term.Chair.Side)
        {
            throw new DomainException(
                $"Ordförandeskapet ska alternera mellan kommun och VGR: {Name(term.Chair.Side)} har redan haft ordförandeskapet två perioder i rad.");
        }

        if (earlier.LastOrDefault() is { } previous)
        {
            if (previous.Years.End.PlusDays(1) != term.Years.Start)
            {
                flags.Add($"Ordförandeskapet saknas mellan {previous.LastYear} och {term.FirstYear}.");
            }

            if (previous.Chair.Side == term.Chair.Side)
            {
                flags.Add($"Ordförandeskapet alternerar inte: {Name(term.Chair.Side)} hade det även {previous.FirstYear}–{previous.LastYear}.");
            }

            if (ViceBecomesChair && previous.Vice is { } vice && vice.Name != term.Chair.Name)
            {
                flags.Add($"Huvudregeln är att vice ordförande ({vice.Name}) blir ordförande efter två år.");
            }
        }

        return flags;
    }

    public static Principal Other(Principal side) => side == Principal.Kommun ? Principal.Region : Principal.Kommun;

    public static string Name(Principal side) => side == Principal.Kommun ? "kommunerna" : "VGR";
}
