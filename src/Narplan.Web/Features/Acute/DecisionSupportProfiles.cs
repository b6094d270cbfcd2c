using Narplan.Web.Features.Organisations;

namespace Narplan.Web.Features.Acute;

/// <summary>
/// The regions' ViSam/BViS trigger lines: read for the acute form, added as a new version by an administrator. A
/// version in force is history and is not changed (like the on-call rule profiles); every change is audited by the
/// save interceptor.
/// </summary>
public sealed class DecisionSupportProfiles(NarplanDbContext db, IClock clock)
{
    private LocalDate Today => Stockholm.Today(clock);

    public Task<List<DecisionSupportProfileVersion>> VersionsAsync(CancellationToken ct = default) =>
        db.DecisionSupportProfileVersions.AsNoTracking().ToListAsync(ct);

    /// <summary>
    /// The checklist in force on the local date: the administrator's version when there is one, else the preset with
    /// no triggers (none are invented).
    /// </summary>
    public async Task<DecisionSupportProfile> InForceAsync(DecisionSupportProfileKey key, LocalDate date, CancellationToken ct = default)
    {
        var versions = await db.DecisionSupportProfileVersions.AsNoTracking()
            .Where(v => v.Key == key).ToListAsync(ct);
        return DecisionSupportProfileVersion.InForce(versions, key, date)?.ToProfile(RegionName(key)) ?? Preset(key);
    }

    /// <summary>Adds a version from today or later (administrator); one version per region and date.</summary>
    public async Task<CommandResult> AddVersionAsync(
        ClaimsPrincipal user, DecisionSupportProfileKey key, LocalDate validFrom, DecisionSupportTool tool,
        IReadOnlyList<DecisionSupportTrigger> triggers, CancellationToken ct = default)
    {
        if (!user.IsAdmin())
        {
            return new CommandResult(false, "Bara en administratör kan lägga in regionernas beslutsstöd.", Forbidden: true);
        }

        if (validFrom < Today)
        {
            return CommandResult.Fail("En ny version kan inte gälla bakåt i tiden: historiken ändras inte. Välj i dag eller ett senare datum.");
        }

        if (await db.DecisionSupportProfileVersions.AnyAsync(v => v.Key == key && v.ValidFrom == validFrom, ct))
        {
            return CommandResult.Fail($"Det finns redan en version för {RegionName(key)} som gäller från {validFrom:yyyy-MM-dd}. Välj ett annat datum.");
        }

        try
        {
            db.DecisionSupportProfileVersions.Add(new DecisionSupportProfileVersion(key, validFrom, tool, triggers));
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException e)
        {
            return CommandResult.Fail(e.Message);
        }
    }

    public static string RegionName(DecisionSupportProfileKey key) => key switch
    {
        DecisionSupportProfileKey.Vgr => "Västra Götalandsregionen (utom Skaraborg)",
        DecisionSupportProfileKey.Skaraborg => "Skaraborg",
        DecisionSupportProfileKey.Halland => "Region Halland",
        _ => key.ToString(),
    };

    /// <summary>
    /// The presets: Skaraborg names BViS (seed 002), the rest of VGR ViSam (seed 000). Halland's plan names none: ViSam
    /// is offered and the name says the plan gives no tool. None has triggers.
    /// </summary>
    public static DecisionSupportProfile Preset(DecisionSupportProfileKey key) => key switch
    {
        DecisionSupportProfileKey.Skaraborg => DecisionSupportProfile.Skaraborg(),
        DecisionSupportProfileKey.Vgr => DecisionSupportProfile.Vgr(),
        _ => new DecisionSupportProfile("Region Halland – verktyg ej angivet i planen", DecisionSupportTool.ViSam, []),
    };

    /// <summary>
    /// The trigger lines from the administrator's text box, one per line, blank lines skipped. Empty text is allowed
    /// (the region has entered none). A line longer than <see cref="DecisionSupportTrigger.MaxLength"/> is refused with
    /// its line number.
    /// </summary>
    public static (List<DecisionSupportTrigger> Triggers, List<string> Errors) ParseLines(string? text)
    {
        var triggers = new List<DecisionSupportTrigger>();
        var errors = new List<string>();
        var lines = (text ?? "").Replace("\r", "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length > DecisionSupportTrigger.MaxLength)
            {
                errors.Add($"Utlösare, rad {i + 1}: högst {DecisionSupportTrigger.MaxLength} tecken (raden har {line.Length}).");
                continue;
            }

            triggers.Add(new DecisionSupportTrigger(line));
        }

        return (triggers, errors);
    }

    /// <summary>The lines as the text box shows them.</summary>
    public static string FormatLines(IEnumerable<string> triggers) => string.Join('\n', triggers);
}
