namespace Narplan.Domain.Crisis;

/// <summary>
/// A dated absence of someone in the crisis calling order (issue 19 item 7), recorded by the kommun: from the first
/// through the last day, both included. The person is named as in the order, so reordering the substitutes keeps the
/// absence; while it covers a day the next one in the order is called in office hours.
/// </summary>
public sealed class CrisisAbsence
{
    public const int MaxNoteLength = 500;

    private CrisisAbsence()
    {
        PersonName = "";
    }

    public Guid Id { get; private set; }

    public Guid KommunId { get; private set; }

    public string PersonName { get; private set; }

    public LocalDate FirstDay { get; private set; }

    public LocalDate LastDay { get; private set; }

    public string? Note { get; private set; }

    public bool Covers(LocalDate date) => date >= FirstDay && date <= LastDay;

    /// <summary>Records an absence of someone in the order; not ending before it starts, and not ended before today.</summary>
    public static CrisisAbsence Record(CrisisContactPlan plan, string? personName, LocalDate? firstDay, LocalDate? lastDay, string? note, LocalDate today)
    {
        var name = personName?.Trim();
        var person = plan.Chain.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (person is null)
        {
            throw new FieldRefusal(nameof(PersonName), "Välj en person ur ordningen.");
        }

        if (firstDay is not { } first)
        {
            throw new FieldRefusal(nameof(FirstDay), "Ange första dagen av frånvaron.");
        }

        if (lastDay is not { } last)
        {
            throw new FieldRefusal(nameof(LastDay), "Ange sista dagen av frånvaron.");
        }

        if (last < first)
        {
            throw new FieldRefusal(nameof(LastDay), "Sista dagen kan inte ligga före den första.");
        }

        if (last < today)
        {
            throw new FieldRefusal(nameof(LastDay), "Frånvaron har redan passerat; registrera frånvaro som gäller i dag eller framåt.");
        }

        var text = note?.Trim();
        if (text is { Length: > MaxNoteLength })
        {
            throw new FieldRefusal(nameof(Note), $"Kommentaren får vara högst {MaxNoteLength} tecken.");
        }

        return new CrisisAbsence
        {
            Id = Guid.CreateVersion7(),
            KommunId = plan.KommunId,
            PersonName = person.Name,
            FirstDay = first,
            LastDay = last,
            Note = string.IsNullOrEmpty(text) ? null : text,
        };
    }
}
