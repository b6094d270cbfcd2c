namespace Narplan.Domain.Palliative;

/// <summary>
/// The quality items of the last week of life that Socialstyrelsen sets target levels for (DOMAIN.md §10, issue 20),
/// recorded with the death beside the brytpunktssamtal. Each is yes (true), no (false) or unknown (null): unknown is
/// what a death recorded before the items existed has, and what the nurse answers when the journal does not say.
/// </summary>
public sealed record LastWeekOfLife
{
    public LastWeekOfLife(bool? painRated, bool? oralHealthAssessed, bool? asNeededOpioidPrescribed, bool? asNeededAnxiolyticPrescribed, bool? freeOfPressureUlcers)
    {
        PainRated = painRated;
        OralHealthAssessed = oralHealthAssessed;
        AsNeededOpioidPrescribed = asNeededOpioidPrescribed;
        AsNeededAnxiolyticPrescribed = asNeededAnxiolyticPrescribed;
        FreeOfPressureUlcers = freeOfPressureUlcers;
    }

    /// <summary>Nothing answered.</summary>
    public static LastWeekOfLife Unknown { get; } = new(null, null, null, null, null);

    /// <summary>Smärtskattning gjord under sista levnadsveckan (målnivå 100 %).</summary>
    public bool? PainRated { get; }

    /// <summary>Munhälsobedömning gjord under sista levnadsveckan (målnivå ≥ 90 %).</summary>
    public bool? OralHealthAssessed { get; }

    /// <summary>Vid behov-ordination av opioid mot smärta (målnivå ≥ 98 %).</summary>
    public bool? AsNeededOpioidPrescribed { get; }

    /// <summary>Vid behov-ordination av ångestdämpande läkemedel (målnivå ≥ 98 %).</summary>
    public bool? AsNeededAnxiolyticPrescribed { get; }

    /// <summary>Fri från trycksår vid döden (målnivå ≥ 90 %).</summary>
    public bool? FreeOfPressureUlcers { get; }
}
