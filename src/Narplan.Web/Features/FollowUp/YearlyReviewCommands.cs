using Narplan.Web.Features.Plans;

namespace Narplan.Web.Features.FollowUp;

/// <summary>
/// Årlig uppföljning (issue 20 item 3; decision 0082): on a published plan whose latest version is the published one,
/// drafts the next version (Utkast) as a copy — parties, signatories, sections and handlingsplan rows with their status
/// carried — and fills the follow-up section with the year's figures as a table from <see cref="FollowUpQueries"/> (the
/// same figures as the dashboard), the närområde's handlingsplan rows with their status, and the utvecklingsområden to
/// review; a line is added to the revision log. The save is audit-logged like every plan change.
/// </summary>
public sealed class YearlyReviewCommands(NarplanDbContext db, FollowUpQueries figures)
{
    public const string FollowUpSectionKey = "gemensam-uppfoljning";
    public const string Marker = "## Årlig uppföljning";

    public async Task<(Plans.PlanResult Result, int? Number)> StartAsync(ClaimsPrincipal user, Guid planId, string? periodKey, CancellationToken ct = default)
    {
        var plan = await db.Plans.WithVersions().SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return (Plans.PlanResult.Missing, null);
        }

        var latest = plan.Latest;
        if (!AccessPolicy.MayStartYearlyReview(user.ToActor(), plan.KommunId, [.. latest.Details.Parties.Select(p => p.OrganisationId)]))
        {
            return (Plans.PlanResult.Denied, latest.Number);
        }

        if (latest.Status != PlanStatus.Publicerad)
        {
            return (Plans.PlanResult.Fail(latest.IsEditable
                ? $"Version {latest.Number} är redan ett öppet {latest.Status.Swedish().ToLowerInvariant()}; årlig uppföljning görs på den publicerade versionen."
                : "Årlig uppföljning görs på en publicerad plan: publicera den fastställda versionen först."), latest.Number);
        }

        var today = figures.Today;
        FollowUpPeriod period;
        try
        {
            period = FollowUpPeriod.Parse(periodKey) ?? FollowUpPeriod.Year(today.Year);
        }
        catch (DomainException e)
        {
            return (Plans.PlanResult.Fail(e.Message), latest.Number);
        }

        if (period.From > today)
        {
            return (Plans.PlanResult.Fail($"{period.Name} har inte börjat."), latest.Number);
        }

        var comparison = (await figures.CompareAsync(plan.KommunId, period, ct))!;
        var actionRows = await ActionRowsAsync(plan, ct);
        try
        {
            var next = plan.StartNextRevision();
            db.Add(next);
            foreach (var section in next.Sections)
            {
                db.Add(section);
            }

            var name = user.FindFirstValue(NarplanClaims.DisplayName) ?? user.Identity?.Name ?? "?";
            var text = FollowUpText(next, comparison, actionRows, name, today);
            if (next.Sections.Any(s => s.Key == FollowUpSectionKey))
            {
                var section = next.Section(FollowUpSectionKey);
                next.EditSection(FollowUpSectionKey, section.Revision, text);
            }
            else if (plan.Kind == PlanKind.Handlingsplan)
            {
                db.Add(plan.AddActionHeading(FollowUpSectionKey, "Årlig uppföljning", 1, text));
            }

            next.UpdateDetails(next.Details with
            {
                Updated = today,
                RevisionLog = [.. next.Details.RevisionLog, new RevisionLogEntry(next.Number, today, $"Årlig uppföljning {period.Name.ToLowerInvariant()} av version {latest.Number} ({name}); utkast till version {next.Number}.")],
            });
            await db.SaveChangesAsync(ct);
            return (Plans.PlanResult.Ok, next.Number);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return (Plans.PlanResult.Fail(e.Message), latest.Number);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return (Plans.PlanResult.Fail("Någon annan ändrade planen samtidigt. Ladda om sidan; inget har sparats."), latest.Number);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return (Plans.PlanResult.Fail("Någon annan startade en ny version samtidigt. Ladda om sidan; inget har sparats."), latest.Number);
        }
    }

    /// <summary>The follow-up section's text: the kept introduction, then the year's table, the handlingsplan and the utvecklingsområden.</summary>
    public static string FollowUpText(PlanVersion next, FollowUpComparison comparison, IReadOnlyList<(string Heading, ActionRow Row)> actionRows, string by, NodaTime.LocalDate today)
    {
        var existing = next.Sections.FirstOrDefault(s => s.Key == FollowUpSectionKey)?.Text ?? "";
        var intro = existing.Split(Marker)[0].TrimEnd();
        var sb = new StringBuilder();
        if (intro.Length > 0)
        {
            sb.Append(intro).Append("\n\n");
        }

        sb.Append(Marker).Append(' ').Append(comparison.Current.Period.Name.ToLowerInvariant()).Append("\n\n");
        sb.Append($"Siffrorna är hämtade ur Närplan {today:yyyy-MM-dd} av {by} och är desamma som på uppföljningssidan för {comparison.Current.Kommun}. \"Saknar data\" betyder att Närplan ännu inte har någon källa för måttet.\n\n");
        sb.Append(FollowUpMarkdown.Table(comparison)).Append('\n');
        if (actionRows.Count > 0)
        {
            sb.Append("### Handlingsplanens rader\n\n| Rubrik | Delmål | Aktivitet | Status | Uppföljning |\n| --- | --- | --- | --- | --- |\n");
            foreach (var (heading, row) in actionRows)
            {
                sb.Append($"| {Cell(heading)} | {Cell(row.Goal)} | {Cell(row.Activity)} | {row.Status.Swedish()} | {Cell(row.FollowUpNote ?? "")} |\n");
            }

            sb.Append('\n');
        }

        sb.Append("### Utvecklingsområden att se över\n\n");
        if (next.Details.DevelopmentAreas.Count == 0)
        {
            sb.Append($"Planen har inga utvecklingsområden; mallen kräver minst {PlanDetails.MinimumDevelopmentAreas}.\n");
        }
        else
        {
            foreach (var area in next.Details.DevelopmentAreas)
            {
                sb.Append("- ").Append(area.Replace('\n', ' ')).Append(" – behålls, ändras eller avslutas?\n");
            }
        }

        return sb.ToString().TrimEnd() + "\n";
    }

    /// <summary>The rows of the plan itself (a handlingsplan), or of the närområde's published handlingsplan.</summary>
    private async Task<IReadOnlyList<(string Heading, ActionRow Row)>> ActionRowsAsync(NeighbourhoodPlan plan, CancellationToken ct)
    {
        var source = plan.Kind == PlanKind.Handlingsplan
            ? plan.Latest
            : (await db.Plans.AsNoTracking().Include(p => p.Versions).ThenInclude(v => v.Sections)
                .Where(p => p.KommunId == plan.KommunId && p.Kind == PlanKind.Handlingsplan).AsSplitQuery().ToListAsync(ct))
                .Select(p => p.Published).FirstOrDefault(v => v is not null);
        return source is null ? [] : [.. source.Sections.SelectMany(s => s.Rows.Select(r => (s.Heading, r)))];
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
