namespace Narplan.Web.Features.Rounds;

/// <summary>One row of the figures: a half-year or a unit, with an optional link.</summary>
public sealed record RoundFigureRow(string Label, string? Href, RoundTally Tally);
