namespace Narplan.Domain.Ledningsteam;

/// <summary>
/// One ledningsteam meeting of a kommunal enhet to which the unit's fast läkarkontakt (its medicinskt
/// rådgivningsansvarig läkare på enhetsnivå) is invited (issue 19 item 6). Seed 002: "blir inbjuden till ett
/// ledningsteamsmöte från respektive enhet 2 gånger/år för att: medverka och ansvara för patientsäkerhetsarbetet …
/// utvärdera gemensamma riktlinjer och rutiner, medverka i resultat och uppföljning av avvikelser i samverkan".
/// Planned with a date; recorded as held with its participants and topics. No patient data.
/// </summary>
public sealed class LedningsteamMeeting : IVersioned
{
    public const int MaxTextLength = 2000;

    /// <summary>Meetings a unit should hold per year (seed 002: "2 gånger/år").</summary>
    public const int PerYear = 2;

    private LedningsteamMeeting()
    {
        Participants = "";
    }

    public Guid Id { get; private set; }

    public Guid CareUnitId { get; private set; }

    public Guid KommunId { get; private set; }

    public LocalDate On { get; private set; }

    /// <summary>Whether the meeting has been held (recorded); otherwise it is planned.</summary>
    public bool Held { get; private set; }

    /// <summary>Who took part (or is invited), by name and role, e.g. "Karin Åberg (läkare), Per Sandberg (enhetschef)".</summary>
    public string Participants { get; private set; }

    public bool PatientSafety { get; private set; }

    public bool Deviations { get; private set; }

    public bool Guidelines { get; private set; }

    public string? Notes { get; private set; }

    public int Version { get; private set; }

    /// <summary>Plans a meeting (a date today or later) or records one already held (a date not in the future).</summary>
    public static LedningsteamMeeting Create(
        Guid careUnitId, Guid kommunId, LocalDate? on, bool held, string? participants, bool patientSafety, bool deviations, bool guidelines,
        string? notes, LocalDate today)
    {
        var meeting = new LedningsteamMeeting { Id = Guid.CreateVersion7(), CareUnitId = careUnitId, KommunId = kommunId };
        meeting.Set(on, held, participants, patientSafety, deviations, guidelines, notes, today);
        return meeting;
    }

    /// <summary>Records a planned meeting as held, with who took part and what was covered.</summary>
    public void RecordHeld(LocalDate? on, string? participants, bool patientSafety, bool deviations, bool guidelines, string? notes, LocalDate today) =>
        Set(on, true, participants, patientSafety, deviations, guidelines, notes, today);

    public void Touch() => Version++;

    private void Set(LocalDate? on, bool held, string? participants, bool patientSafety, bool deviations, bool guidelines, string? notes, LocalDate today)
    {
        if (on is not { } date)
        {
            throw new FieldRefusal(nameof(On), "Ange mötets datum.");
        }

        if (held && date > today)
        {
            throw new FieldRefusal(nameof(On), "Ett genomfört möte kan inte ligga i framtiden; planera det i stället.");
        }

        if (!held && date < today)
        {
            throw new FieldRefusal(nameof(On), "Ett planerat möte kan inte ligga bakåt i tiden; registrera det som genomfört.");
        }

        var who = participants?.Trim();
        if (string.IsNullOrEmpty(who))
        {
            throw new FieldRefusal(nameof(Participants), held ? "Ange vilka som deltog." : "Ange vilka som bjuds in (minst enhetens läkare).");
        }

        if (who.Length > MaxTextLength)
        {
            throw new FieldRefusal(nameof(Participants), $"Högst {MaxTextLength} tecken.");
        }

        if (held && !patientSafety && !deviations && !guidelines)
        {
            throw new FieldRefusal("Topics", "Ange vilka ämnen mötet tog upp: patientsäkerhet, avvikelser eller riktlinjer.");
        }

        var text = notes?.Trim();
        if (text is { Length: > MaxTextLength })
        {
            throw new FieldRefusal(nameof(Notes), $"Högst {MaxTextLength} tecken.");
        }

        On = date;
        Held = held;
        Participants = who;
        PatientSafety = patientSafety;
        Deviations = deviations;
        Guidelines = guidelines;
        Notes = string.IsNullOrEmpty(text) ? null : text;
    }
}

/// <summary>A unit's ledningsteam meetings in one year, and whether the unit is flagged for holding too few.</summary>
public sealed record LedningsteamYear(int Year, int Held, int PlannedAhead)
{
    /// <summary>
    /// Flagged when the meetings held in the year and those still planned ahead of today in it are fewer than
    /// <see cref="LedningsteamMeeting.PerYear"/> (decision 0079): a planned meeting whose date has passed without being
    /// recorded does not count.
    /// </summary>
    public bool Flagged => Held + PlannedAhead < LedningsteamMeeting.PerYear;

    public static LedningsteamYear Of(IEnumerable<LedningsteamMeeting> meetings, int year, LocalDate today)
    {
        var inYear = meetings.Where(m => m.On.Year == year).ToList();
        return new LedningsteamYear(year, inYear.Count(m => m.Held), inYear.Count(m => !m.Held && m.On >= today));
    }
}
