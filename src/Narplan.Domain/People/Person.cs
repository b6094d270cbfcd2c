using Narplan.Domain.Organisations;

namespace Narplan.Domain.People;

/// <summary>
/// A person named in the plan: a doctor, nurse, MAS, manager or contact person. Every person in
/// demo data is fictional.
/// </summary>
public sealed class Person
{
    private Person()
    {
        Name = "";
        Title = "";
    }

    public Person(string name, string title, PersonRole role, Guid organisationId, string? phone = null)
    {
        Id = Guid.CreateVersion7();
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("Namnet får inte vara tomt.") : name.Trim();
        Title = title.Trim();
        Role = role;
        OrganisationId = organisationId;
        Phone = PhoneNumbers.NormalizeOptional(phone);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The title as written in the plan, e.g. "Vårdcentralschef".</summary>
    public string Title { get; private set; }

    public PersonRole Role { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string? Phone { get; private set; }
}

/// <summary>Roles of people in the plan (DOMAIN.md §1).</summary>
public enum PersonRole
{
    Lakare,
    Sjukskoterska,
    Distriktsskoterska,
    Mas,
    Enhetschef,
    Vardcentralschef,
    Sektorchef,
    Arbetsterapeut,
    Fysioterapeut,
    Vaccinationssamordnare,
    Intygsutfardare,
    Krisstod,
}
