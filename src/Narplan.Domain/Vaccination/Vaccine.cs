namespace Narplan.Domain.Vaccination;

/// <summary>The season of a vaccinationsinsats (seed 000: "inför varje vaccinationsinsats höst och vår").</summary>
public enum VaccinationSeason
{
    Autumn,
    Spring,
}

/// <summary>
/// A vaccine given in a campaign (seed 000: säsongsinfluensa and covid-19; the kommun splits the influenza doses into
/// "förstärkt influensavaccin alternativt vanlig säsongsinfluensa").
/// </summary>
public enum Vaccine
{
    /// <summary>Förstärkt influensavaccin (high-dose or adjuvanted, for the oldest).</summary>
    EnhancedInfluenza,

    /// <summary>Vanligt säsongsinfluensavaccin.</summary>
    StandardInfluenza,

    /// <summary>Covid-19-vaccin (prepared and given by the kommun's nurses).</summary>
    Covid19,
}

public static class VaccinationNames
{
    public static string Swedish(this VaccinationSeason season) => season switch
    {
        VaccinationSeason.Autumn => "Höst",
        VaccinationSeason.Spring => "Vår",
        _ => season.ToString(),
    };

    public static string Swedish(this Vaccine vaccine) => vaccine switch
    {
        Vaccine.EnhancedInfluenza => "Förstärkt influensavaccin",
        Vaccine.StandardInfluenza => "Vanligt influensavaccin",
        Vaccine.Covid19 => "Covid-19-vaccin",
        _ => vaccine.ToString(),
    };

    public static bool IsInfluenza(this Vaccine vaccine) => vaccine is Vaccine.EnhancedInfluenza or Vaccine.StandardInfluenza;
}
