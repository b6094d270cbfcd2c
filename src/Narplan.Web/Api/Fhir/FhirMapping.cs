using Narplan.Web.Features.Rounds;
using F = Hl7.Fhir.Model;

namespace Narplan.Web.Api.Fhir;

/// <summary>The URIs of Närplan's own code systems and extensions, and the national ones it uses (decision 0047).</summary>
public static class FhirSystems
{
    /// <summary>Base of Närplan's own canonical URLs. Not resolvable today; change it when the service has a canonical host.</summary>
    public const string Base = "https://narplan.se/fhir";

    public const string OrganisationKind = Base + "/CodeSystem/organisationstyp";
    public const string UnitType = Base + "/CodeSystem/enhetstyp";
    public const string Role = Base + "/CodeSystem/roll";
    public const string ServiceType = Base + "/CodeSystem/tjanst";
    public const string PlacesExtension = Base + "/StructureDefinition/antal-platser";
    public const string EnrolledExtension = Base + "/StructureDefinition/antal-inskrivna";

    /// <summary>HSA-id (Inera's katalogtjänst HSA), OID 1.2.752.29.4.19.</summary>
    public const string HsaId = "urn:oid:1.2.752.29.4.19";

    public const string Uuid = "urn:ietf:rfc:3986";
    public const string Hl7OrganisationType = "http://terminology.hl7.org/CodeSystem/organization-type";
    public const string Hl7LocationPhysicalType = "http://terminology.hl7.org/CodeSystem/location-physical-type";
}

/// <summary>Domain → FHIR R4 resources. Pure functions: the directory loads, these map.</summary>
public static class FhirMapping
{
    public const string RegularDoctorRole = "fast-lakarkontakt";
    public const string AdvisoryDoctorRole = "medicinskt-radgivande-lakare";

    public static string Id(Guid id) => id.ToString("D");

    /// <summary>The beredskapsjour of a beredskapsjourområde (decision 0037): one Organization and HealthcareService per area.</summary>
    public static string OnCallId(Guid areaId) => "beredskapsjour-" + areaId.ToString("N");

    public static string SlotId(Guid seriesId, LocalDate originalDate) =>
        $"{seriesId:N}-{originalDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";

    public static F.Identifier UuidIdentifier(Guid id) => new(FhirSystems.Uuid, "urn:uuid:" + Id(id));

    /// <summary>The organisation's identifiers: its Närplan id, and its HSA-id where known (issue 22).</summary>
    public static List<F.Identifier> Identifiers(Organisation organisation) =>
        organisation.HsaId is { } hsa ? [UuidIdentifier(organisation.Id), new F.Identifier(FhirSystems.HsaId, hsa)] : [UuidIdentifier(organisation.Id)];

    public static F.ResourceReference Ref(string type, string id, string? display) => new($"{type}/{id}", display);

    public static F.Organization Region(Region region) => new()
    {
        Id = Id(region.Id),
        Identifier = Identifiers(region),
        Active = true,
        Type = [OrganisationType("govt", "region", "Region")],
        Name = region.Name,
        Alias = string.IsNullOrWhiteSpace(region.ShortName) ? [] : [region.ShortName],
        Address = [new F.Address { State = region.Name, Country = "SE" }],
    };

    public static F.Organization Kommun(Kommun kommun, Region? region) => new()
    {
        Id = Id(kommun.Id),
        Identifier = Identifiers(kommun),
        Active = true,
        Type = [OrganisationType("govt", "kommun", "Kommun")],
        // The kommun's name as Närplan keeps it ("Herrljunga"); the genitive form of "… kommun" varies, so it is not built.
        Name = kommun.Name,
        Address = [Address(kommun.Name, region?.Name)],
        PartOf = region is null ? null : Ref("Organization", Id(region.Id), region.Name),
    };

    public static F.Organization CareCentre(RegionalUnit centre, Kommun? kommun, Region? region) => new()
    {
        Id = Id(centre.Id),
        Identifier = Identifiers(centre),
        Active = true,
        Type = [OrganisationType("prov", "vardcentral", "Vårdcentral")],
        Name = centre.Name,
        Telecom = centre.Phone is null ? [] : [Phone(centre.Phone)],
        Address = kommun is null ? [] : [Address(kommun.Name, region?.Name)],
        // A private vårdcentral works in the region's vårdval but is not part of the region's organisation.
        PartOf = region is not null && centre.Ownership == Ownership.Public ? Ref("Organization", Id(region.Id), region.Name) : null,
    };

    /// <summary>The beredskapsjour of a rule profile, with its public numbers only (internal ones are never served).</summary>
    public static F.Organization OnCallService(Guid areaId, OnCallRuleProfile profile, Region? region) => new()
    {
        Id = OnCallId(areaId),
        Active = true,
        Type = [OrganisationType("prov", "beredskapsjour", "Beredskapsjour")],
        Name = profile.Name,
        Alias = [profile.OnCallServiceName],
        Telecom =
        [
            .. PublicOnCallNumbers(profile),
            .. profile.EscalationSteps.Where(s => s.Phone is not null && !s.IsInternal).Select(s => Phone(s.Phone!)),
        ],
        PartOf = region is null ? null : Ref("Organization", Id(region.Id), region.Name),
    };

    public static IEnumerable<F.ContactPoint> PublicOnCallNumbers(OnCallRuleProfile profile) =>
        profile.OnCallNumbers.Where(n => !n.IsInternal).Select((n, i) => Phone(n.Phone, i + 1));

    public static F.Location Location(CareUnit unit, Kommun? kommun, Region? region)
    {
        var location = new F.Location
        {
            Id = Id(unit.Id),
            Identifier = [UuidIdentifier(unit.Id)],
            Status = F.Location.LocationStatus.Active,
            Mode = F.Location.LocationMode.Instance,
            Name = unit.Name,
            Type = [new F.CodeableConcept(FhirSystems.UnitType, unit.Type.ToString(), unit.Type.Swedish(), unit.Type.Swedish())],
            Address = kommun is null ? null : Address(kommun.Name, region?.Name),
            ManagingOrganization = kommun is null ? null : Ref("Organization", Id(kommun.Id), kommun.Name),
        };
        if (unit.Type.CountsPlaces())
        {
            location.PhysicalType = new F.CodeableConcept(FhirSystems.Hl7LocationPhysicalType, "bu", "Building", "Byggnad");
        }
        else if (unit.Type == CareUnitType.OrdinartBoende)
        {
            location.PhysicalType = new F.CodeableConcept(FhirSystems.Hl7LocationPhysicalType, "area", "Area", "Område");
        }

        if (unit.Places > 0)
        {
            location.Extension.Add(new F.Extension(
                unit.Type.CountsPlaces() ? FhirSystems.PlacesExtension : FhirSystems.EnrolledExtension, new F.Integer(unit.Places)));
        }

        return location;
    }

    /// <summary>A unit's fast läkarkontakt for one responsibility period; the period's end is the last day in force.</summary>
    public static F.PractitionerRole RegularDoctor(
        UnitResponsibility r, string doctor, string? title, CareUnit unit, RegionalUnit? centre, LocalDate today) => new()
    {
        Id = Id(r.Id),
        Identifier = [UuidIdentifier(r.Id)],
        Active = r.Covers(today),
        Period = new F.Period { Start = Date(r.ValidFrom), End = r.ValidUntil is { } until ? Date(until.PlusDays(-1)) : null },
        Practitioner = new F.ResourceReference { Display = doctor },
        Organization = centre is null ? null : Ref("Organization", Id(centre.Id), centre.Name),
        Location = [Ref("Location", Id(unit.Id), unit.Name)],
        Code = [new F.CodeableConcept(FhirSystems.Role, RegularDoctorRole, "Fast läkarkontakt",
            string.IsNullOrWhiteSpace(title) ? "Fast läkarkontakt" : $"Fast läkarkontakt ({title})")],
        // The direct number for acute daytime questions, as Bilaga 1 prints it (public plan data).
        Telecom = r.DirectPhone is null ? [] : [Phone(r.DirectPhone)],
    };

    /// <summary>The medicinskt rådgivningsansvarig läkare named in a published plan.</summary>
    public static F.PractitionerRole AdvisoryDoctor(
        string id, Narplan.Domain.Plans.AdvisoryDoctor a, Kommun kommun, RegionalUnit? centre, LocalDate today) => new()
    {
        Id = id,
        Active = a.From <= today,
        Period = new F.Period { Start = Date(a.From) },
        Practitioner = new F.ResourceReference { Display = a.Name },
        Organization = centre is null ? new F.ResourceReference { Display = a.CareCentre } : Ref("Organization", Id(centre.Id), centre.Name),
        Code = [new F.CodeableConcept(FhirSystems.Role, AdvisoryDoctorRole, "Medicinskt rådgivningsansvarig läkare",
            $"Medicinskt rådgivningsansvarig läkare ({a.Level}), {kommun.Name}")],
    };

    /// <summary>
    /// A vårdcentral's daytime läkaransvar for the kommunal units it is responsible for: available on the region's
    /// daytime hours Monday–Friday, not available on the weekday holidays (and eves) the rule profile makes on-call days.
    /// </summary>
    public static F.HealthcareService CareCentreDaytime(
        RegionalUnit centre, OnCallRuleProfile profile, IEnumerable<CareUnit> units, LocalDate today, int days)
    {
        var service = new F.HealthcareService
        {
            Id = Id(centre.Id),
            Active = true,
            ProvidedBy = Ref("Organization", Id(centre.Id), centre.Name),
            Type = [new F.CodeableConcept(FhirSystems.ServiceType, "lakaransvar-dagtid", "Läkaransvar dagtid", "Läkaransvar dagtid för kommunal hälso- och sjukvård")],
            Name = $"{centre.Name} – läkaransvar dagtid",
            Comment = $"Vårdcentralen svarar för enheternas läkarfrågor vardagar {Time(profile.DaytimeStart)}–{Time(profile.DaytimeEnd)}; övrig tid svarar {profile.OnCallServiceName}.",
            Location = [.. units.OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => Ref("Location", Id(u.Id), u.Name))],
            Telecom = centre.Phone is null ? [] : [Phone(centre.Phone)],
            AvailableTime =
            [
                new F.HealthcareService.AvailableTimeComponent
                {
                    DaysOfWeek = [F.DaysOfWeek.Mon, F.DaysOfWeek.Tue, F.DaysOfWeek.Wed, F.DaysOfWeek.Thu, F.DaysOfWeek.Fri],
                    AvailableStartTime = Time(profile.DaytimeStart) + ":00",
                    AvailableEndTime = Time(profile.DaytimeEnd) + ":00",
                },
            ],
            AvailabilityExceptions = profile.EvesAreOnCall
                ? "Inte allmänna helgdagar, midsommarafton, julafton och nyårsafton (då svarar beredskapsjouren)."
                : "Inte allmänna helgdagar (då svarar beredskapsjouren).",
        };
        var calendar = SwedishCalendar.Instance;
        for (var date = today; date < today.PlusDays(days); date = date.PlusDays(1))
        {
            if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !profile.HasDaytime(date, calendar))
            {
                service.NotAvailable.Add(new F.HealthcareService.NotAvailableComponent
                {
                    Description = calendar.HolidayOn(date)?.Name ?? calendar.DayName(date) ?? "Helgdag",
                    During = new F.Period { Start = Date(date), End = Date(date) },
                });
            }
        }

        return service;
    }

    /// <summary>The beredskapsjour: weekday evenings and nights, whole weekends, and the whole day on the holidays the profile names.</summary>
    public static F.HealthcareService OnCallHealthcareService(Guid areaId, OnCallRuleProfile profile, LocalDate today, int days)
    {
        F.DaysOfWeek?[] weekdays = [F.DaysOfWeek.Mon, F.DaysOfWeek.Tue, F.DaysOfWeek.Wed, F.DaysOfWeek.Thu, F.DaysOfWeek.Fri];
        var calendar = SwedishCalendar.Instance;
        var wholeDays = new List<string>();
        for (var date = today; date < today.PlusDays(days); date = date.PlusDays(1))
        {
            if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !profile.HasDaytime(date, calendar))
            {
                wholeDays.Add($"{calendar.HolidayOn(date)?.Name ?? calendar.DayName(date) ?? "Helgdag"} {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            }
        }

        return new F.HealthcareService
        {
            Id = OnCallId(areaId),
            Active = true,
            ProvidedBy = Ref("Organization", OnCallId(areaId), profile.Name),
            Type = [new F.CodeableConcept(FhirSystems.ServiceType, "beredskapsjour", "Beredskapsjour", "Allmänmedicinsk beredskapsjour")],
            Name = profile.OnCallServiceName,
            Comment = string.Join(" ", profile.Scope),
            Telecom = [.. PublicOnCallNumbers(profile)],
            AvailableTime =
            [
                new F.HealthcareService.AvailableTimeComponent { DaysOfWeek = [F.DaysOfWeek.Sat, F.DaysOfWeek.Sun], AllDay = true },
                new F.HealthcareService.AvailableTimeComponent
                {
                    DaysOfWeek = [.. weekdays], AvailableStartTime = "00:00:00", AvailableEndTime = Time(profile.DaytimeStart) + ":00",
                },
                new F.HealthcareService.AvailableTimeComponent
                {
                    DaysOfWeek = [.. weekdays], AvailableStartTime = Time(profile.DaytimeEnd) + ":00", AvailableEndTime = "23:59:59",
                },
            ],
            AvailabilityExceptions = wholeDays.Count == 0
                ? "Hela dygnet lördag och söndag."
                : "Hela dygnet lördag, söndag och dessa vardagar: " + string.Join(", ", wholeDays) + ".",
        };
    }

    public static F.Schedule Schedule(RoundSeries s, CareUnit unit, LocalDate today) => new()
    {
        Id = Id(s.Id),
        Identifier = [UuidIdentifier(s.Id)],
        Active = s.ValidTo is null || s.ValidTo >= today,
        ServiceType = [new F.CodeableConcept(FhirSystems.ServiceType, "rond", "Rond", "Fast planerad läkartid (rond)")],
        Actor = [Ref("Location", Id(unit.Id), unit.Name)],
        PlanningHorizon = new F.Period { Start = Date(s.ValidFrom), End = s.ValidTo is { } to ? Date(to) : null },
        Comment = $"{RoundQueries.Describe(s)} ({s.MeetingForm.Swedish().ToLowerInvariant()}{(s.Location is null ? "" : ", " + s.Location)})",
    };

    /// <summary>One round occurrence: busy as planned, moved or held; busy-unavailable when cancelled. No agenda is ever served.</summary>
    public static F.Slot Slot(RoundView v) => new()
    {
        Id = SlotId(v.Occurrence.SeriesId, v.Occurrence.OriginalDate),
        Identifier = [new F.Identifier("urn:ietf:rfc:5545", v.Occurrence.Uid)],
        Schedule = Ref("Schedule", Id(v.Occurrence.SeriesId), v.Unit),
        Status = v.Occurrence.Status == RoundStatus.Cancelled ? F.Slot.SlotStatus.BusyUnavailable : F.Slot.SlotStatus.Busy,
        ServiceType = [new F.CodeableConcept(FhirSystems.ServiceType, "rond", "Rond", "Fast planerad läkartid (rond)")],
        StartElement = new F.Instant(v.Occurrence.Start.ToDateTimeOffset()),
        EndElement = new F.Instant(v.Occurrence.End.ToDateTimeOffset()),
        Comment = string.Join(". ", new[] { v.MeetingForm.Swedish(), v.AttendingDoctor, v.Occurrence.Note }.Where(s => !string.IsNullOrWhiteSpace(s))),
    };

    public static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static F.CodeableConcept OrganisationType(string hl7Code, string code, string swedish) => new()
    {
        Coding =
        [
            new F.Coding(FhirSystems.Hl7OrganisationType, hl7Code, hl7Code == "govt" ? "Government" : "Healthcare Provider"),
            new F.Coding(FhirSystems.OrganisationKind, code, swedish),
        ],
        Text = swedish,
    };

    private static F.Address Address(string kommun, string? region) => new()
    {
        City = kommun,
        District = kommun,
        State = region,
        Country = "SE",
    };

    private static F.ContactPoint Phone(string number, int? rank = null) => new()
    {
        System = F.ContactPoint.ContactPointSystem.Phone,
        Value = number,
        Use = F.ContactPoint.ContactPointUse.Work,
        Rank = rank,
    };
}
