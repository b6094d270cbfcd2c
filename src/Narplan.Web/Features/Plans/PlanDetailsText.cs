namespace Narplan.Web.Features.Plans;

/// <summary>
/// The plan's structured details as the details form edits them: dates as ÅÅÅÅ-MM-DD and lists one
/// item a line, fields separated by <c>|</c>. <see cref="Parse"/> refuses a bad line with its list
/// and line number in Swedish; <see cref="Format"/> and <see cref="Parse"/> round-trip.
/// The parties are "organisation | roll", the organisation named exactly (any case) as a kommun or
/// regional unit in Närplan; the signatories are read against the parties as written in the same form.
/// </summary>
public sealed record PlanDetailsText(
    string ValidFrom, string YearlyFollowUp, string Updated, string DevelopmentAreas, string SubstituteOrder,
    string AdvisoryDoctors, string CrisisContacts, string CareNeighbours, string Signatories, string Parties)
{
    public static PlanDetailsText Format(PlanDetails d) => new(
        Date(d.ValidFrom), Date(d.YearlyFollowUp), Date(d.Updated),
        Lines(d.DevelopmentAreas), Lines(d.SubstituteOrder),
        Lines(d.AdvisoryDoctors.Select(a => Join(a.Name, a.CareCentre, Date(a.From), a.Level))),
        Lines(d.CrisisContacts.Select(c => Join(c.Role, c.Name, c.Organisation, c.Phone ?? "", c.OfficeHours, c.OutsideOfficeHours ?? ""))),
        Lines(d.CareNeighbours.Select(n => Join(n.Name, n.Kind, n.Note ?? ""))),
        Lines(d.Signatories.Select(s => Join(PartyName(d, s.PartyId), s.Name, s.Title, s.Organisation))),
        Lines(d.Parties.Select(p => Join(p.Name, p.Label))));

    /// <summary>
    /// The details as the text gives them. Parties are looked up among <paramref name="organisations"/>
    /// (a party already in <paramref name="current"/> keeps its name as the plan writes it).
    /// </summary>
    public PlanDetails Parse(PlanDetails current, IReadOnlyList<PartyOrganisation> organisations)
    {
        var errors = new List<string>();
        var parties = ParseParties(current, organisations, errors);
        var result = current with
        {
            Parties = parties,
            ValidFrom = ParseDate(ValidFrom, "Gäller från", errors),
            YearlyFollowUp = ParseDate(YearlyFollowUp, "Årlig uppföljning", errors),
            Updated = ParseDate(Updated, "Uppdaterad", errors),
            DevelopmentAreas = Split(DevelopmentAreas).Select(l => l.Text).ToList(),
            SubstituteOrder = Split(SubstituteOrder).Select(l => l.Text).ToList(),
            AdvisoryDoctors = Rows(AdvisoryDoctors, "Medicinskt rådgivande läkare", 3, 4, errors, f =>
                ParseDate(f[2], null, null) is { } from
                    ? new AdvisoryDoctor(f[0], f[1], from, f.Length > 3 && f[3].Length > 0 ? f[3] : "Övergripande")
                    : throw new DomainException($"”{f[2]}” är inget datum (ÅÅÅÅ-MM-DD)")),
            CrisisContacts = Rows(CrisisContacts, "Krisstöd och POSOM", 5, 6, errors, f =>
                new CrisisContact(f[0], f[1], f[2], Empty(f[3]), f[4], f.Length > 5 ? Empty(f[5]) : null)),
            CareNeighbours = Rows(CareNeighbours, "Vårdgrannar", 2, 3, errors, f => new CareNeighbour(f[0], f[1], f.Length > 2 ? Empty(f[2]) : null)),
            Signatories = Rows(Signatories, "Undertecknare", 4, 4, errors, f =>
            {
                var party = parties.FirstOrDefault(p => string.Equals(p.Name, f[0], StringComparison.CurrentCultureIgnoreCase))
                    ?? (parties.Count(p => string.Equals(p.Label, f[0], StringComparison.CurrentCultureIgnoreCase)) == 1
                        ? parties.Single(p => string.Equals(p.Label, f[0], StringComparison.CurrentCultureIgnoreCase)) : null)
                    ?? throw new DomainException($"”{f[0]}” är ingen part i planen; skriv en av {string.Join(", ", parties.Select(p => p.Name))}");
                return new Signatory(party.OrganisationId, party.Label, f[1], f[2], f[3]);
            }),
        };

        return errors.Count > 0 ? throw new DomainException(string.Join(" ", errors)) : result;
    }

    private List<PlanParty> ParseParties(PlanDetails current, IReadOnlyList<PartyOrganisation> organisations, List<string> errors)
    {
        const string list = "Parter";
        var parties = new List<PlanParty>();
        var lineOf = new Dictionary<Guid, int>();
        var kinds = new HashSet<PartyOrganisationKind>();
        var malformed = false;
        foreach (var (line, content) in Split(Parties))
        {
            var f = content.Split('|').Select(x => x.Trim()).ToArray();
            if (f.Length > 2 || f[0].Length == 0)
            {
                errors.Add($"{list}, rad {line}: skriv organisation | roll.");
                malformed = true;
                continue;
            }

            // A party already in the plan is found by the name the plan gives it, too.
            var byParty = current.Parties.Where(p => string.Equals(p.Name, f[0], StringComparison.CurrentCultureIgnoreCase)).Select(p => p.OrganisationId);
            var matches = organisations.Where(o => o.IsNamed(f[0]) || byParty.Contains(o.Id)).DistinctBy(o => o.Id).ToList();
            if (matches.Count == 0)
            {
                errors.Add($"{list}, rad {line}: ”{f[0]}” finns inte i Närplan; skriv kommunens eller enhetens namn som det står i Närplan.");
                malformed = true;
                continue;
            }

            if (matches.Count > 1)
            {
                errors.Add($"{list}, rad {line}: flera organisationer i Närplan heter ”{f[0]}”.");
                malformed = true;
                continue;
            }

            var organisation = matches[0];
            if (lineOf.TryGetValue(organisation.Id, out var first))
            {
                errors.Add($"{list}, rad {line}: {organisation.Name} står redan som part på rad {first}.");
                continue;
            }

            lineOf[organisation.Id] = line;
            kinds.Add(organisation.Kind);
            var label = f.Length > 1 && f[1].Length > 0 ? f[1] : organisation.DefaultRole;
            var existing = current.Parties.FirstOrDefault(p => p.OrganisationId == organisation.Id);
            parties.Add(new PlanParty(organisation.Id, existing?.Name ?? organisation.Name, label));
        }

        if (!malformed && (!kinds.Contains(PartyOrganisationKind.Kommun) || !kinds.Contains(PartyOrganisationKind.CareCentre)))
        {
            errors.Add($"{list}: planen måste ha minst en kommun och en vårdcentral som parter.");
        }

        return parties;
    }

    private static List<T> Rows<T>(string text, string list, int min, int max, List<string> errors, Func<string[], T> make)
    {
        var rows = new List<T>();
        foreach (var (line, content) in Split(text))
        {
            var fields = content.Split('|').Select(f => f.Trim()).ToArray();
            if (fields.Length < min || fields.Length > max || fields.Take(min).Any(f => f.Length == 0) && list != "Krisstöd och POSOM")
            {
                errors.Add($"{list}, rad {line}: skriv {min}{(max > min ? $"–{max}" : "")} fält åtskilda med |.");
                continue;
            }

            try
            {
                rows.Add(make(fields));
            }
            catch (DomainException e)
            {
                errors.Add($"{list}, rad {line}: {e.Message}.");
            }
        }

        return rows;
    }

    private static IEnumerable<(int Line, string Text)> Split(string text) =>
        (text ?? "").Replace("\r\n", "\n").Split('\n').Select((l, i) => (i + 1, l.Trim())).Where(l => l.Item2.Length > 0);

    private static LocalDate? ParseDate(string text, string? field, List<string>? errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = Narplan.Domain.Calendars.DateText.ParseDate(text);
        if (!parsed.Success)
        {
            errors?.Add($"{field}: {parsed.Error}");
            return null;
        }

        return parsed.Value;
    }

    private static string? Empty(string text) => text.Length == 0 ? null : text;

    private static string Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : "";

    private static string Lines(IEnumerable<string> items) => string.Join("\n", items);

    private static string Join(params string[] fields)
    {
        var list = fields.ToList();
        while (list.Count > 1 && list[^1].Length == 0)
        {
            list.RemoveAt(list.Count - 1);
        }

        return string.Join(" | ", list);
    }

    private static string PartyName(PlanDetails d, Guid partyId) => d.Parties.FirstOrDefault(p => p.OrganisationId == partyId)?.Name ?? "";
}

/// <summary>What an organisation is, for the rule that a plan has at least one kommun and one vårdcentral.</summary>
public enum PartyOrganisationKind
{
    Kommun,
    CareCentre,
    OtherRegionalUnit,
}

/// <summary>
/// A kommun or regional unit in Närplan that can be a party of a plan. <paramref name="Name"/> is the
/// name the plan prints ("Herrljunga kommun"); <paramref name="ShortName"/> another name it may be
/// written with ("Herrljunga"). <paramref name="DefaultRole"/> is the role when the form gives none.
/// </summary>
public sealed record PartyOrganisation(Guid Id, string Name, PartyOrganisationKind Kind, string DefaultRole, string? ShortName = null)
{
    public bool IsNamed(string text) =>
        string.Equals(Name, text, StringComparison.CurrentCultureIgnoreCase) || string.Equals(ShortName, text, StringComparison.CurrentCultureIgnoreCase);
}
