namespace Narplan.Domain.Plans;

/// <summary>
/// One version of a plan: its sections, structured details, the Bilaga 1 and 2 rows frozen when it
/// leaves Utkast, the parties' comments and the signatories' approvals, and its status.
/// <see cref="ContentRevision"/> rises with every change of content; an approval counts only for
/// the content revision it was given on, so "approved" always means "approved this text".
/// </summary>
public sealed class PlanVersion : Entity
{
    private readonly List<PlanSection> _sections = [];
    private readonly List<PlanComment> _comments = [];
    private readonly List<PlanApproval> _approvals = [];

    private PlanVersion()
    {
        Details = new PlanDetails();
    }

    internal PlanVersion(Guid planId, int number, PlanDetails details)
    {
        PlanId = planId;
        Number = number;
        Status = PlanStatus.Utkast;
        Details = details.Validated();
    }

    public Guid PlanId { get; private set; }

    /// <summary>1, 2, 3 …: the version number printed in the header.</summary>
    public int Number { get; private set; }

    public PlanStatus Status { get; private set; }

    public PlanDetails Details { get; private set; }

    /// <summary>Rises with every change of text, rows, details or frozen appendices.</summary>
    public int ContentRevision { get; private set; }

    /// <summary>Bilaga 1 as frozen when the version left Utkast; null while the registers are shown live.</summary>
    public IReadOnlyList<Appendix1Row>? Appendix1 { get; private set; }

    public IReadOnlyList<Appendix2Row>? Appendix2 { get; private set; }

    public LocalDate? FixedOn { get; private set; }

    public LocalDate? PublishedOn { get; private set; }

    public IReadOnlyList<PlanSection> Sections => _sections.OrderBy(s => s.Order).ToList();

    public IReadOnlyList<PlanComment> Comments => _comments.OrderBy(c => c.At).ToList();

    public IReadOnlyList<PlanApproval> Approvals => _approvals.OrderBy(a => a.At).ToList();

    public bool IsEditable => Status.IsEditable();

    public PlanSection Section(string key) =>
        _sections.SingleOrDefault(s => s.Key == key) ?? throw new DomainException($"Avsnittet ”{key}” finns inte i planen.");

    /// <summary>Mandatory sections that say nothing yet.</summary>
    public IReadOnlyList<PlanSection> EmptyMandatorySections() =>
        Sections.Where(s => s.Mandatory && !s.IsFilled(Details)).ToList();

    /// <summary>Warnings to show on the plan: empty mandatory sections, too few utvecklingsområden.</summary>
    public IReadOnlyList<string> Warnings(PlanKind kind)
    {
        var warnings = EmptyMandatorySections().Select(s => $"Obligatoriskt avsnitt saknar innehåll: {s.Heading}.").ToList();
        if (kind == PlanKind.Naromradesplan && Details.HasTooFewDevelopmentAreas)
        {
            warnings.Add($"Planen har färre än {PlanDetails.MinimumDevelopmentAreas} utvecklingsområden.");
        }

        return warnings;
    }

    internal PlanSection AddSection(string key, string heading, int level, bool mandatory, string text, SectionContent content)
    {
        RequireEditable();
        if (_sections.Any(s => s.Key == key))
        {
            throw new DomainException($"Avsnittet ”{key}” finns redan.");
        }

        var section = new PlanSection(Id, _sections.Count + 1, key, heading, level, mandatory, text, content);
        _sections.Add(section);
        return section;
    }

    /// <summary>
    /// Adds an empty numbered handlingsplan heading in number order (2.3 after 2.2 and its
    /// sub-headings, before 3). Its parent heading must exist. The content changes, so approvals
    /// given before no longer count.
    /// </summary>
    internal PlanSection AddNumberedHeading(ActionHeadingNumber number, string title)
    {
        RequireEditable();
        var cleanTitle = string.IsNullOrWhiteSpace(title) ? throw new DomainException("Skriv rubrikens titel.") : title.Trim();
        if (_sections.Any(s => s.Key == number.Key))
        {
            throw new DomainException($"Rubrik {number} finns redan i planen.");
        }

        if (number.Parent is { } parent && _sections.All(s => s.Key != parent.Key))
        {
            throw new DomainException($"Rubrik {parent} finns inte; lägg till den innan {number}.");
        }

        var ordered = Sections;
        var before = ordered.LastOrDefault(s => ActionHeadingNumber.TryParse(s.Key) is { } n && n.CompareTo(number) < 0);
        var firstNumbered = ordered.FirstOrDefault(s => ActionHeadingNumber.TryParse(s.Key) is not null);
        var order = before is not null ? before.Order + 1 : firstNumbered?.Order ?? ordered.Count + 1;
        foreach (var s in _sections.Where(s => s.Order >= order))
        {
            s.MoveTo(s.Order + 1);
        }

        var section = new PlanSection(Id, order, number.Key, number.Heading(cleanTitle), number.Level, false, "", SectionContent.ActionRows);
        _sections.Add(section);
        ContentRevision++;
        return section;
    }

    /// <summary>
    /// Removes a numbered handlingsplan heading that is empty: no rows, no text, no sub-headings and
    /// no remiss comments (they would lose their place). The content changes, so approvals given before no longer count.
    /// </summary>
    internal PlanSection RemoveNumberedHeading(string key)
    {
        RequireEditable();
        var section = Section(key);
        var number = ActionHeadingNumber.TryParse(key) ?? throw new DomainException($"”{section.Heading}” är ingen numrerad rubrik och kan inte tas bort.");
        if (section.Rows.Count > 0)
        {
            throw new DomainException($"Rubriken ”{section.Heading}” har {section.Rows.Count} {(section.Rows.Count == 1 ? "rad" : "rader")} och kan inte tas bort. Ta bort eller flytta raderna först.");
        }

        if (!string.IsNullOrWhiteSpace(section.Text))
        {
            throw new DomainException($"Rubriken ”{section.Heading}” har text och kan inte tas bort. Töm texten först.");
        }

        if (_sections.Any(s => ActionHeadingNumber.TryParse(s.Key) is { } n && n.IsWithin(number)))
        {
            throw new DomainException($"Rubriken ”{section.Heading}” har underrubriker och kan inte tas bort. Ta bort underrubrikerna först.");
        }

        if (_comments.Any(c => c.SectionKey == key))
        {
            throw new DomainException($"Rubriken ”{section.Heading}” har synpunkter från remissen och kan inte tas bort.");
        }

        _sections.Remove(section);
        foreach (var s in _sections.Where(s => s.Order > section.Order))
        {
            s.MoveTo(s.Order - 1);
        }

        ContentRevision++;
        return section;
    }

    /// <summary>
    /// Writes a section's text, if the writer saw the latest revision; otherwise returns a
    /// conflict with both texts and changes nothing.
    /// </summary>
    public SectionEditResult EditSection(string key, int expectedRevision, string text)
    {
        RequireEditable();
        var section = Section(key);
        if (section.Revision != expectedRevision)
        {
            return new SectionEditResult.Conflict(section.Heading, section.Text, section.Revision, text);
        }

        section.Write(text);
        ContentRevision++;
        return new SectionEditResult.Saved(section.Revision);
    }

    /// <summary>Replaces the rows under a handlingsplan heading, under the same revision check as text.</summary>
    public SectionEditResult ReplaceRows(string key, int expectedRevision, IEnumerable<ActionRow> rows)
    {
        RequireEditable();
        var section = Section(key);
        if (section.Revision != expectedRevision)
        {
            return new SectionEditResult.Conflict(section.Heading, section.Text, section.Revision, "");
        }

        section.ReplaceRows(rows);
        ContentRevision++;
        return new SectionEditResult.Saved(section.Revision);
    }

    /// <summary>Follow-up of a handlingsplan row: status and note may change also after the plan is fastställd.</summary>
    public void FollowUpRow(string key, int rowIndex, ActionStatus status, string? note)
    {
        var section = Section(key);
        if (rowIndex < 0 || rowIndex >= section.Rows.Count)
        {
            throw new DomainException("Raden finns inte i handlingsplanen.");
        }

        if (Status == PlanStatus.Ersatt)
        {
            throw new DomainException("Versionen är ersatt; följ upp raden i den gällande versionen.");
        }

        var rows = section.Rows.ToList();
        rows[rowIndex] = rows[rowIndex] with { Status = status, FollowUpNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim() };
        section.ReplaceRows(rows);
    }

    public void UpdateDetails(PlanDetails details)
    {
        RequireEditable();
        var validated = details.Validated();
        if (!validated.Same(Details))
        {
            Details = validated;
            ContentRevision++;
        }
    }

    /// <summary>Freezes the appendices from the registers (done when the version goes på remiss, and on request while it is).</summary>
    public void FreezeAppendices(IEnumerable<Appendix1Row> appendix1, IEnumerable<Appendix2Row> appendix2)
    {
        RequireEditable();
        var rows1 = appendix1.ToList();
        var rows2 = appendix2.ToList();
        if (Appendix1 is null || Appendix2 is null || !Appendix1.SequenceEqual(rows1) || !Appendix2.SequenceEqual(rows2))
        {
            Appendix1 = rows1;
            Appendix2 = rows2;
            ContentRevision++;
        }
    }

    /// <summary>Utkast → På remiss. Mandatory sections must say something; the appendices are frozen.</summary>
    public void SendForReferral(IEnumerable<Appendix1Row> appendix1, IEnumerable<Appendix2Row> appendix2)
    {
        if (Status != PlanStatus.Utkast)
        {
            throw new DomainException($"Endast ett utkast kan skickas på remiss; versionen är {Status.Swedish().ToLowerInvariant()}.");
        }

        if (Details.Parties.Count == 0)
        {
            throw new DomainException("Ange planens parter innan den skickas på remiss.");
        }

        var empty = EmptyMandatorySections();
        if (empty.Count > 0)
        {
            throw new DomainException("Obligatoriska avsnitt saknar innehåll: " + string.Join(", ", empty.Select(s => s.Heading)) + ".");
        }

        FreezeAppendices(appendix1, appendix2);
        Status = PlanStatus.PaRemiss;
    }

    /// <summary>A party's comment on a section, while the version is på remiss.</summary>
    public PlanComment Comment(string sectionKey, Guid partyId, string author, string text, Instant at)
    {
        if (Status != PlanStatus.PaRemiss)
        {
            throw new DomainException("Synpunkter lämnas när planen är på remiss.");
        }

        var party = Party(partyId);
        Section(sectionKey);
        var comment = new PlanComment(Id, sectionKey, party.OrganisationId, party.Name, author, text, at);
        _comments.Add(comment);
        return comment;
    }

    /// <summary>
    /// A party's signatory approves the content revision they read. Refused when the content has
    /// changed since (<paramref name="seenContentRevision"/> is old). When every party has approved
    /// the current revision, the version is fastställd.
    /// </summary>
    public void Approve(Guid partyId, string signatoryName, int seenContentRevision, Instant at, LocalDate today)
    {
        if (Status != PlanStatus.PaRemiss)
        {
            throw new DomainException("Planen kan godkännas när den är på remiss.");
        }

        var party = Party(partyId);
        if (seenContentRevision != ContentRevision)
        {
            throw new DomainException(
                "Planen har ändrats sedan du läste den. Läs igenom den aktuella versionen och godkänn den igen; " +
                "ett godkännande gäller bara den text man har läst.");
        }

        _approvals.Add(new PlanApproval(Id, party.OrganisationId, party.Name, signatoryName, ContentRevision, at));
        if (PartiesAwaitingApproval().Count == 0)
        {
            Status = PlanStatus.Faststalld;
            FixedOn = today;
        }
    }

    /// <summary>Parties whose signatory has not yet approved the current content revision.</summary>
    public IReadOnlyList<PlanParty> PartiesAwaitingApproval() =>
        Details.Parties.Where(p => !_approvals.Any(a => a.PartyId == p.OrganisationId && a.ContentRevision == ContentRevision)).ToList();

    internal void Publish(LocalDate today)
    {
        if (Status != PlanStatus.Faststalld)
        {
            throw new DomainException("Endast en fastställd version kan publiceras.");
        }

        Status = PlanStatus.Publicerad;
        PublishedOn = today;
    }

    internal void Supersede() => Status = PlanStatus.Ersatt;

    internal PlanVersion CopyAsNext(int number)
    {
        var next = new PlanVersion(PlanId, number, Details);
        foreach (var s in _sections)
        {
            next._sections.Add(s.CopyTo(next.Id));
        }

        return next;
    }

    private PlanParty Party(Guid partyId) =>
        Details.Parties.SingleOrDefault(p => p.OrganisationId == partyId)
        ?? throw new DomainException("Din organisation är inte part i planen.");

    private void RequireEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException($"Versionen är {Status.Swedish().ToLowerInvariant()} och kan inte ändras. Starta en ny revision.");
        }
    }
}

/// <summary>A party's comment on a section while the plan is på remiss.</summary>
public sealed class PlanComment : Entity
{
    private PlanComment()
    {
        SectionKey = PartyName = Author = Text = "";
    }

    internal PlanComment(Guid versionId, string sectionKey, Guid partyId, string partyName, string author, string text, Instant at)
    {
        PlanVersionId = versionId;
        SectionKey = sectionKey;
        PartyId = partyId;
        PartyName = partyName;
        Author = string.IsNullOrWhiteSpace(author) ? throw new DomainException("Ange vem som lämnar synpunkten.") : author.Trim();
        Text = string.IsNullOrWhiteSpace(text) ? throw new DomainException("Skriv en synpunkt.")
            : text.Trim().Length > 4000 ? throw new DomainException("En synpunkt får vara högst 4 000 tecken.") : text.Trim();
        At = at;
    }

    public Guid PlanVersionId { get; private set; }

    public string SectionKey { get; private set; }

    public Guid PartyId { get; private set; }

    public string PartyName { get; private set; }

    public string Author { get; private set; }

    public string Text { get; private set; }

    public Instant At { get; private set; }
}

/// <summary>A signatory's approval of one content revision on behalf of a party.</summary>
public sealed class PlanApproval : Entity
{
    private PlanApproval()
    {
        PartyName = SignatoryName = "";
    }

    internal PlanApproval(Guid versionId, Guid partyId, string partyName, string signatoryName, int contentRevision, Instant at)
    {
        PlanVersionId = versionId;
        PartyId = partyId;
        PartyName = partyName;
        SignatoryName = string.IsNullOrWhiteSpace(signatoryName) ? throw new DomainException("Ange vem som godkänner.") : signatoryName.Trim();
        ContentRevision = contentRevision;
        At = at;
    }

    public Guid PlanVersionId { get; private set; }

    public Guid PartyId { get; private set; }

    public string PartyName { get; private set; }

    public string SignatoryName { get; private set; }

    public int ContentRevision { get; private set; }

    public Instant At { get; private set; }
}
