namespace Narplan.Domain.Responsibility;

/// <summary>How the doctor meets the unit's staff (mötesform).</summary>
public enum MeetingForm
{
    PaPlats,
    Telefon,
    Teams,
    PaVardcentralen,
}

public static class MeetingFormNames
{
    public static string Swedish(this MeetingForm form) => form switch
    {
        MeetingForm.PaPlats => "På plats",
        MeetingForm.Telefon => "Telefon",
        MeetingForm.Teams => "Teams/video",
        MeetingForm.PaVardcentralen => "På vårdcentralen",
        _ => form.ToString(),
    };

    /// <summary>The value in the API and feeds, spelt as the issue and the plan spell it: <c>PåPlats</c>, <c>Telefon</c>, <c>Teams</c>, <c>PåVårdcentralen</c>.</summary>
    public static string ApiName(this MeetingForm form) => form switch
    {
        MeetingForm.PaPlats => "PåPlats",
        MeetingForm.PaVardcentralen => "PåVårdcentralen",
        _ => form.ToString(),
    };
}
