namespace Narplan.Domain.People;

/// <summary>
/// A person named in the plan: a doctor, nurse, MAS, manager or contact person. Every person in
/// demo data is fictional.
/// </summary>
public sealed class Person : Entity, IVersioned
{
    private Person()
    {
        Name = "";
        Title = "";
    }

    public Person(string name, string title, PersonRole role, Guid organisationId, string? phone = null)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("Namnet får inte vara tomt.") : name.Trim();
        Title = title.Trim();
        Role = role;
        OrganisationId = organisationId;
        Phone = PhoneNumbers.NormalizeOptional(phone);
    }

    public string Name { get; private set; }

    /// <summary>The title as written in the plan, e.g. "Vårdcentralschef".</summary>
    public string Title { get; private set; }

    public PersonRole Role { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>The person's HSA-id in canonical form (<see cref="Organisations.HsaId"/>), when known.</summary>
    public string? HsaId { get; private set; }

    /// <summary>First day of the employment at <see cref="OrganisationId"/>; null when not recorded.</summary>
    public LocalDate? EmployedFrom { get; private set; }

    /// <summary>
    /// The first day the person no longer works at <see cref="OrganisationId"/>; null while they do. A person that
    /// responsibilities or rounds point at is never deleted: the employment is ended instead.
    /// </summary>
    public LocalDate? EmployedUntil { get; private set; }

    /// <summary>Optimistic concurrency for the register's forms: increases with every saved change.</summary>
    public int Version { get; private set; }

    /// <summary>Whether the person works at their organisation on <paramref name="date"/>.</summary>
    public bool IsEmployedOn(LocalDate date) =>
        (EmployedFrom is not { } from || from <= date) && (EmployedUntil is not { } until || date < until);

    /// <summary>Changes the register's facts; every value is checked before any is changed.</summary>
    public void Update(string name, string title, PersonRole role, Guid organisationId, string? phone, string? hsaId)
    {
        var trimmedName = string.IsNullOrWhiteSpace(name) ? throw new DomainException("Namnet får inte vara tomt.") : name.Trim();
        if (trimmedName.Length > 200 || title.Trim().Length > 200)
        {
            throw new DomainException("Namn och titel får vara högst 200 tecken.");
        }

        var normalizedPhone = PhoneNumbers.NormalizeOptional(phone);
        var normalizedHsaId = Organisations.HsaId.NormalizeOptional(hsaId);
        Name = trimmedName;
        Title = title.Trim();
        Role = role;
        OrganisationId = organisationId;
        Phone = normalizedPhone;
        HsaId = normalizedHsaId;
    }

    /// <summary>Sets the employment's dates; an end on or before the start is refused.</summary>
    public void SetEmployment(LocalDate? from, LocalDate? until)
    {
        if (from is { } f && until is { } u && u <= f)
        {
            throw new DomainException($"Anställningen kan inte sluta ({u:yyyy-MM-dd}) på eller före sin början ({f:yyyy-MM-dd}).");
        }

        EmployedFrom = from;
        EmployedUntil = until;
    }

    /// <summary>Used by the data layer to bump <see cref="Version"/> when the person is saved.</summary>
    public void Touch() => Version++;
}

public static class PersonRoleNames
{
    /// <summary>The Swedish name shown to users.</summary>
    public static string Swedish(this PersonRole role) => role switch
    {
        PersonRole.Lakare => "Läkare",
        PersonRole.Sjukskoterska => "Sjuksköterska",
        PersonRole.Distriktsskoterska => "Distriktssköterska",
        PersonRole.Mas => "MAS",
        PersonRole.Enhetschef => "Enhetschef",
        PersonRole.Vardcentralschef => "Vårdcentralschef / verksamhetschef",
        PersonRole.Sektorchef => "Sektorchef",
        PersonRole.Arbetsterapeut => "Arbetsterapeut",
        PersonRole.Fysioterapeut => "Fysioterapeut",
        PersonRole.Vaccinationssamordnare => "Vaccinationssamordnare",
        PersonRole.Intygsutfardare => "Intygsutfärdare (tandvård)",
        PersonRole.Krisstod => "Kontaktperson kris (POSOM)",
        _ => role.ToString(),
    };

    /// <summary>Parses the identifier or the Swedish name, ignoring case; null when unknown.</summary>
    public static PersonRole? Parse(string? value)
    {
        var v = (value ?? "").Trim();
        if (v.Length == 0)
        {
            return null;
        }

        foreach (var role in Enum.GetValues<PersonRole>())
        {
            if (string.Equals(role.ToString(), v, StringComparison.OrdinalIgnoreCase)
                || string.Equals(role.Swedish(), v, StringComparison.CurrentCultureIgnoreCase)
                || role.Swedish().Split(" / ").Any(part => string.Equals(part, v, StringComparison.CurrentCultureIgnoreCase)))
            {
                return role;
            }
        }

        return v.ToLowerInvariant() switch
        {
            "läkare" or "distriktsläkare" or "allmänläkare" or "st-läkare" or "specialistläkare" => PersonRole.Lakare,
            "sjuksköterska" or "ssk" or "legitimerad sjuksköterska" => PersonRole.Sjukskoterska,
            "dsk" => PersonRole.Distriktsskoterska,
            "medicinskt ansvarig sjuksköterska" => PersonRole.Mas,
            "verksamhetschef" => PersonRole.Vardcentralschef,
            "fysioterapeut" or "sjukgymnast" => PersonRole.Fysioterapeut,
            _ => null,
        };
    }
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
