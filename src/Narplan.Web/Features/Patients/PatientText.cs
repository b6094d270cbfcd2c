using System.Globalization;
using Narplan.Domain.Patients;
using NodaTime;

namespace Narplan.Web.Features.Patients;

/// <summary>How patient values are written on the pages; a protected identity is never written out here.</summary>
public static class PatientText
{
    public const string ProtectedName = "Skyddad identitet";

    private static readonly CultureInfo Sv = new("sv-SE");

    /// <summary>The name, or "Skyddad identitet" for sekretessmarkering and skyddad folkbokföring.</summary>
    public static string Name(Patient patient) => patient.IsProtected ? ProtectedName : patient.Name;

    /// <summary>The whole number for an ordinary patient, the masked form for a protected one.</summary>
    public static string IdentityNumber(Patient patient) =>
        patient.IsProtected ? patient.MaskedIdentityNumber : patient.DisplayIdentityNumber;

    /// <summary>
    /// "Lidköpings kommun", "Herrljunga kommun": the genitive s is left out after a vowel or an s/x/z, as in the
    /// kommuner's own names for themselves.
    /// </summary>
    public static string KommunName(string name) =>
        name.Length > 0 && "aeiouyåäösxzAEIOUYÅÄÖSXZ".Contains(name[^1]) ? $"{name} kommun" : $"{name}s kommun";

    public static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string LongDate(LocalDate date) => date.ToString("d MMMM yyyy", Sv);

    public static string Status(Patient patient, LocalDate today) =>
        patient.DiedOn is { } died ? $"Avliden {Date(died)}"
        : patient.ShortTermStayOn(today) is { } stay ? $"Korttidsvistelse till {(stay.LastDay is { } l ? Date(l) : "tills vidare")}"
        : "Inskriven";

    public static string Kind(this IdentityNumberKind kind) => kind switch
    {
        IdentityNumberKind.Personnummer => "Personnummer",
        IdentityNumberKind.Samordningsnummer => "Samordningsnummer",
        IdentityNumberKind.Reservnummer => "Reservnummer",
        _ => kind.ToString(),
    };
}

/// <summary>The task split during a korttids stay (DOMAIN.md §3), shown wherever a stay is shown.</summary>
public static class ShortTermCareSplit
{
    public const string ShortTermDoctor =
        "Korttidsläkaren: förändrat hälsotillstånd, oro och ångest, läkemedel från sjukhuset och förnyelser som inte kan vänta.";

    public const string RegularDoctor =
        "Ordinarie fast läkarkontakt: apodosförnyelser, årlig vårdplanering, remisser till sjukhus med uppföljning och utredningar.";

    public const string Respite =
        "Växelvård: patienten behåller sin ordinarie fasta läkarkontakt och vårdcentral under vistelsen.";
}
