namespace Narplan.Domain.Plans;

/// <summary>
/// One line of a plan's signature block ("Underskrifter"): the party, who signs with title and organisation, and the date
/// they approved this version's text in Närplan. <see cref="ApprovedOn"/> is null while that signatory has not approved,
/// and the printed block then keeps the empty "Datum / Underskrift" lines for a signature on paper.
/// </summary>
public sealed record SignatureLine(string PartyLabel, string Name, string? Title, string Organisation, LocalDate? ApprovedOn)
{
    /// <summary>Name, title and organisation on separate lines (the title left out when unknown).</summary>
    public string NameTitleOrganisation =>
        string.Join("\n", new[] { Name, Title, Organisation }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>"Godkänd i Närplan 2026-04-01 av Maria Ek", or the empty lines to sign on paper.</summary>
    public string DateAndSignature => ApprovedOn is { } on
        ? $"Datum: {on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\nGodkänd i Närplan av {Name}"
        : "Datum:\n\nUnderskrift:";
}

/// <summary>
/// Builds the signature block of a plan version from its signatories and the approvals recorded for the text it holds
/// (an approval of an earlier lydelse does not count, as in <see cref="PlanVersion.Approve"/>). Each signatory who
/// approved gets the approval's date; an approval by someone not listed as signatory gets a line of its own under the
/// party, so no recorded approval is left out of the printed plan.
/// </summary>
public static class PlanSignatures
{
    /// <param name="version">The version whose block is printed.</param>
    /// <param name="titleOf">
    /// The title of an approver who is not a listed signatory (party id, name), e.g. from the people register; null when
    /// unknown.
    /// </param>
    public static IReadOnlyList<SignatureLine> For(PlanVersion version, Func<Guid, string, string?>? titleOf = null)
    {
        ArgumentNullException.ThrowIfNull(version);
        var approvals = version.Approvals.Where(a => a.ContentRevision == version.ContentRevision).ToList();
        var used = new HashSet<PlanApproval>();
        var lines = new List<SignatureLine>();
        foreach (var s in version.Details.Signatories)
        {
            var approval = approvals.FirstOrDefault(a => !used.Contains(a) && a.PartyId == s.PartyId && SameName(a.SignatoryName, s.Name));
            if (approval is not null)
            {
                used.Add(approval);
            }

            lines.Add(new SignatureLine(s.PartyLabel, s.Name, s.Title, s.Organisation, approval is null ? null : DateOf(approval)));
        }

        foreach (var a in approvals.Where(a => !used.Contains(a)))
        {
            var party = version.Details.Parties.FirstOrDefault(p => p.OrganisationId == a.PartyId);
            lines.Add(new SignatureLine(party?.Label ?? a.PartyName, a.SignatoryName, titleOf?.Invoke(a.PartyId, a.SignatoryName), a.PartyName, DateOf(a)));
        }

        return lines;
    }

    /// <summary>The block before anyone has approved: every signatory with empty lines.</summary>
    public static IReadOnlyList<SignatureLine> Unsigned(PlanDetails details) =>
        details.Signatories.Select(s => new SignatureLine(s.PartyLabel, s.Name, s.Title, s.Organisation, null)).ToList();

    private static LocalDate DateOf(PlanApproval approval) => approval.At.InZone(Stockholm.Zone).Date;

    // An administrator's registration reads "Maria Ek (registrerat av administratör)"; it is still Maria Ek's approval.
    private static bool SameName(string approvedBy, string signatory)
    {
        var name = approvedBy;
        var note = name.IndexOf(" (", StringComparison.Ordinal);
        if (note > 0)
        {
            name = name[..note];
        }

        return string.Equals(name.Trim(), signatory.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
