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
}
