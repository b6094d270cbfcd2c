namespace Narplan.Web.Features.Plans.Export;

/// <summary>
/// Everything an export prints for one plan version: the sections as written, the structured
/// details and the Bilaga 1 and 2 rows (frozen, or live for an Utkast). DOCX and PDF take the same
/// input, so the two files say the same.
/// </summary>
public sealed record PlanDocument(
    string Kommun, string Region, PlanKind Kind, string Title, int Version, PlanStatus Status,
    LocalDate? FixedOn, LocalDate? PublishedOn, PlanDetails Details, IReadOnlyList<PlanSection> Sections,
    IReadOnlyList<Appendix1Row> Appendix1, IReadOnlyList<Appendix2Row> Appendix2, IReadOnlyList<SignatureLine>? Signatures = null)
{
    /// <summary>The signature block: who approved this version's text and when (see <see cref="PlanSignatures"/>).</summary>
    public IReadOnlyList<SignatureLine> SignatureBlock => Signatures ?? PlanSignatures.Unsigned(Details);

    public static readonly string[] SignatureColumns = ["Part", "Namn, titel och organisation", "Datum och underskrift"];

    public static string[] Cells(SignatureLine s) => [s.PartyLabel, s.NameTitleOrganisation, s.DateAndSignature];

    /// <summary>The running header: "Närområde Herrljunga · Gemensam närområdesplan · version 2 (Publicerad)".</summary>
    public string HeaderText => $"Närområde {Kommun} · {Kind.Swedish()} · version {Version} ({Status.Swedish()})";

    public static string Date(LocalDate? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "–";

    public static readonly string[] Appendix1Columns = ["Enhet", "Typ", "Ansvarig vårdcentral", "Fast läkarkontakt", "Dag och tid", "Mötesform", "Direktnummer"];

    public static readonly string[] Appendix2Columns = ["Förskola", "Ansvarig BVC"];

    public static readonly string[] ActionColumns = ["Delmål", "Aktivitet", "När", "Ansvar", "Uppföljning", "Status"];

    public static string[] Cells(Appendix1Row r) =>
        [r.Unit, r.UnitType, r.CareCentre ?? "Patientens ordinarie vårdcentral", r.RegularDoctors ?? "–", r.Time ?? "–", r.MeetingForm ?? "–", r.DirectPhone ?? "–"];

    public static string[] Cells(Appendix2Row r) => [r.Preschool, r.ChildHealthCentre ?? "Ej tilldelad"];

    public static string[] Cells(ActionRow r) =>
        [r.Goal, r.Activity, r.When, r.Responsible, r.FollowUp + (r.FollowUpNote is null ? "" : $" – {r.FollowUpNote}"), r.Status.Swedish()];

    /// <summary>The structured parts of a section as lines of plain text, shared by both exports.</summary>
    public IReadOnlyList<StructuredBlock> Structured(PlanSection section) => section.Content switch
    {
        SectionContent.AdvisoryDoctors => Details.AdvisoryDoctors.Count == 0 ? [] :
        [
            new(StructuredKind.Lines, Details.AdvisoryDoctors
                .Select(d => $"Medicinskt rådgivningsansvarig läkare ({d.Level.ToLowerInvariant()}): {d.Name}, {d.CareCentre}, från {Date(d.From)}.").ToList()),
        ],
        SectionContent.CrisisContacts => CrisisBlocks(),
        SectionContent.CareNeighbours => Details.CareNeighbours.Count == 0 ? [] :
            [new(StructuredKind.Bullets, Details.CareNeighbours.Select(n => $"{n.Name} ({n.Kind}){(n.Note is null ? "" : " – " + n.Note)}").ToList())],
        SectionContent.DevelopmentAreas => Details.DevelopmentAreas.Count == 0 ? [] :
            [new(StructuredKind.Bullets, Details.DevelopmentAreas.ToList())],
        _ => [],
    };

    private IReadOnlyList<StructuredBlock> CrisisBlocks()
    {
        var blocks = new List<StructuredBlock>();
        if (Details.CrisisContacts.Count > 0)
        {
            blocks.Add(new(StructuredKind.Lines, Details.CrisisContacts
                .Select(c => $"{c.Role}: {c.Name}, {c.Organisation}{(c.Phone is null ? "" : " " + c.Phone)}. {c.OfficeHours}.{(c.OutsideOfficeHours is null ? "" : " " + c.OutsideOfficeHours)}")
                .ToList()));
        }

        if (Details.SubstituteOrder.Count > 0)
        {
            blocks.Add(new(StructuredKind.Lines, ["Om förvaltningschefen inte finns tillgänglig ersätts denna av:"]));
            blocks.Add(new(StructuredKind.Numbered, Details.SubstituteOrder.ToList()));
        }

        return blocks;
    }
}

public enum StructuredKind
{
    Lines,
    Bullets,
    Numbered,
}

public sealed record StructuredBlock(StructuredKind Kind, IReadOnlyList<string> Items);
