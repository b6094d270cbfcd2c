namespace Narplan.Domain.Capacity;

/// <summary>
/// A planned change of a unit's places, given by the kommun to the responsible vårdcentral (seed 002: "Vid planerad
/// förändring av antalet boende på SÄBO … ska verksamhetschef på vårdcentralen informeras … om planerat antal platser
/// samt när denna förändring är planerad"). Giving the notice records the unit's new place period from the date; the
/// notice is shown to the vårdcentral's verksamhetschef until acknowledged.
/// </summary>
public sealed class CapacityNotice : Entity, IVersioned
{
    private CapacityNotice()
    {
        GivenBy = "";
    }

    private CapacityNotice(CareUnit unit, Guid? careCentreId, int places, int placesBefore, LocalDate effectiveFrom, Instant givenAt, string givenBy, string? note)
    {
        CareUnitId = unit.Id;
        KommunId = unit.KommunId;
        CareCentreId = careCentreId;
        Places = places;
        PlacesBefore = placesBefore;
        EffectiveFrom = effectiveFrom;
        GivenAt = givenAt;
        GivenBy = givenBy;
        Note = note;
    }

    public const int MaxNoteLength = 1000;

    public Guid CareUnitId { get; private set; }

    public Guid KommunId { get; private set; }

    /// <summary>The vårdcentral responsible for the unit on the change's date (or today); null when none is.</summary>
    public Guid? CareCentreId { get; private set; }

    /// <summary>The planned number of places.</summary>
    public int Places { get; private set; }

    /// <summary>The places the day before the change, for the notice's text.</summary>
    public int PlacesBefore { get; private set; }

    /// <summary>The first day with the new number.</summary>
    public LocalDate EffectiveFrom { get; private set; }

    public Instant GivenAt { get; private set; }

    /// <summary>The sektorchef or enhetschef who gave the notice (name as signed in).</summary>
    public string GivenBy { get; private set; }

    public string? Note { get; private set; }

    public Instant? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    public bool IsAcknowledged => AcknowledgedAt is not null;

    /// <summary>Optimistic concurrency.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// Gives the notice and records the new place period on the unit. Refused (beside its field): negative or absurd
    /// places, a date in the past, a date on or before the unit's latest place period (overlap).
    /// </summary>
    public static CapacityNotice Give(
        CareUnit unit, Guid? careCentreId, int? places, LocalDate? effectiveFrom, LocalDate today, Instant now, string givenBy, string? note)
    {
        if (places is not { } p)
        {
            throw new FieldRefusal(nameof(Places), "Ange planerat antal platser.");
        }

        if (p < 0)
        {
            throw new FieldRefusal(nameof(Places), "Antal platser kan inte vara negativt.");
        }

        if (p > 10_000)
        {
            throw new FieldRefusal(nameof(Places), "Antal platser måste vara mellan 0 och 10 000.");
        }

        if (effectiveFrom is not { } from)
        {
            throw new FieldRefusal(nameof(EffectiveFrom), "Ange från vilket datum förändringen gäller.");
        }

        if (from < today)
        {
            throw new FieldRefusal(nameof(EffectiveFrom), $"Datumet har redan varit. En planerad förändring gäller från i dag ({today:yyyy-MM-dd}) eller senare.");
        }

        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed?.Length > MaxNoteLength)
        {
            throw new FieldRefusal(nameof(Note), $"Kommentaren får vara högst {MaxNoteLength} tecken.");
        }

        var before = unit.PlacesOn(from.PlusDays(-1));
        if (p == before)
        {
            throw new FieldRefusal(nameof(Places), $"{unit.Name} har redan {p} platser dagen före; ange det nya antalet.");
        }

        try
        {
            unit.ChangePlacesFrom(from, p, today);
        }
        catch (DomainException e)
        {
            throw new FieldRefusal(nameof(EffectiveFrom), e.Message);
        }

        return new CapacityNotice(unit, careCentreId, p, before, from, now, givenBy, trimmed);
    }

    /// <summary>The vårdcentral's verksamhetschef has read the notice; a second acknowledgement is refused.</summary>
    public void Acknowledge(Instant at, string by)
    {
        if (IsAcknowledged)
        {
            throw new DomainException($"Meddelandet är redan kvitterat av {AcknowledgedBy}.");
        }

        AcknowledgedAt = at;
        AcknowledgedBy = by;
    }

    /// <summary>Used by the data layer to bump <see cref="Version"/> when the notice is saved.</summary>
    public void Touch() => Version++;
}
