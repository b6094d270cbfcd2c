using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Narplan.Web.Features.Plans;

/// <summary>The outcome of a plan change; a section conflict carries both texts.</summary>
public sealed record PlanResult(bool Succeeded, string? Error = null, bool NotFound = false, bool Forbidden = false, SectionEditResult.Conflict? Conflict = null)
{
    public static PlanResult Ok { get; } = new(true);

    public static PlanResult Fail(string error) => new(false, error);

    public static PlanResult Denied { get; } = new(false, "Du kan inte ändra planen: din organisation är inte part i den.", Forbidden: true);

    public static PlanResult Missing { get; } = new(false, "Planen eller versionen finns inte.", NotFound: true);
}

/// <summary>
/// Who may do what with a plan (DOMAIN.md §12): the parties' staff write and comment; a party's
/// signatory roles (MAS, enhetschef, vårdcentralschef) approve for their own organisation; an
/// administrator may also record an approval given on paper, in the party's name.
/// </summary>
public sealed class PlanAccess
{
    public bool CanEdit(ClaimsPrincipal user, NeighbourhoodPlan plan, PlanVersion version) =>
        AccessPolicy.MayEditPlan(user.ToActor(), plan.KommunId, PartyIds(version));

    public PlanParty? PartyOf(ClaimsPrincipal user, NeighbourhoodPlan plan, PlanVersion version) =>
        AccessPolicy.PlanPartyOf(user.ToActor(), plan.KommunId, PartyIds(version)) is { } id
            ? version.Details.Parties.First(p => p.OrganisationId == id)
            : null;

    /// <summary>The parties this user may approve for.</summary>
    public IReadOnlyList<PlanParty> ApprovableParties(ClaimsPrincipal user, NeighbourhoodPlan plan, PlanVersion version)
    {
        var ids = AccessPolicy.ApprovableParties(user.ToActor(), plan.KommunId, PartyIds(version));
        return [.. version.Details.Parties.Where(p => ids.Contains(p.OrganisationId))];
    }

    private static Guid[] PartyIds(PlanVersion version) => [.. version.Details.Parties.Select(p => p.OrganisationId)];
}

/// <summary>Changes to plans. Every change goes through the domain and is saved with its audit entry.</summary>
public sealed class PlanCommands(NarplanDbContext db, PlanAccess access, PlanQueries queries, IClock clock)
{
    public async Task<PlanResult> EditSectionAsync(ClaimsPrincipal user, Guid planId, int number, string key, int expectedRevision, string text, CancellationToken ct = default)
    {
        return await WithVersionAsync(user, planId, number, ct, async (plan, version) =>
        {
            var result = version.EditSection(key, expectedRevision, text);
            if (result is SectionEditResult.Conflict conflict)
            {
                return new PlanResult(false, conflict.Message, Conflict: conflict);
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return PlanResult.Ok;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone saved between our read and our write: show what they saved, keep what the user wrote.
                db.ChangeTracker.Clear();
                var current = await db.Set<PlanSection>().AsNoTracking().SingleAsync(s => s.PlanVersionId == version.Id && s.Key == key, ct);
                var fresh = new SectionEditResult.Conflict(current.Heading, current.Text, current.Revision, text);
                return new PlanResult(false, fresh.Message, Conflict: fresh);
            }
        });
    }

    public Task<PlanResult> SendForReferralAsync(ClaimsPrincipal user, Guid planId, int number, CancellationToken ct = default) =>
        WithVersionAsync(user, planId, number, ct, async (plan, version) =>
        {
            var (a1, a2) = plan.Kind == PlanKind.Naromradesplan ? await queries.LiveAppendicesAsync(plan.KommunId, ct) : ([], []);
            version.SendForReferral(a1, a2);
            return await SaveAsync(ct);
        });

    public Task<PlanResult> RefreshAppendicesAsync(ClaimsPrincipal user, Guid planId, int number, CancellationToken ct = default) =>
        WithVersionAsync(user, planId, number, ct, async (plan, version) =>
        {
            var (a1, a2) = await queries.LiveAppendicesAsync(plan.KommunId, ct);
            version.FreezeAppendices(a1, a2);
            return await SaveAsync(ct);
        });

    public Task<PlanResult> CommentAsync(ClaimsPrincipal user, Guid planId, int number, string key, string text, CancellationToken ct = default) =>
        WithVersionAsync(user, planId, number, ct, async (plan, version) =>
        {
            var party = access.PartyOf(user, plan, version) ?? throw new DomainException("Endast planens parter lämnar synpunkter.");
            version.Comment(key, party.OrganisationId, user.FindFirstValue(NarplanClaims.DisplayName) ?? user.Identity?.Name ?? "?", text, clock.GetCurrentInstant());
            return await SaveAsync(ct);
        });

    public Task<PlanResult> ApproveAsync(ClaimsPrincipal user, Guid planId, int number, Guid partyId, int seenContentRevision, CancellationToken ct = default) =>
        WithVersionAsync(user, planId, number, ct, async (plan, version) =>
        {
            if (access.ApprovableParties(user, plan, version).All(p => p.OrganisationId != partyId))
            {
                return new PlanResult(false, "Du kan inte godkänna planen för den parten.", Forbidden: true);
            }

            var name = user.FindFirstValue(NarplanClaims.DisplayName) ?? user.Identity?.Name ?? "?";
            version.Approve(partyId, user.IsAdmin() ? $"{name} (registrerat av administratör)" : name, seenContentRevision, clock.GetCurrentInstant(), queries.Today);
            return await SaveAsync(ct);
        }, requireEditor: false);

    public Task<PlanResult> PublishAsync(ClaimsPrincipal user, Guid planId, int number, CancellationToken ct = default) =>
        WithVersionAsync(user, planId, number, ct, (plan, version) =>
        {
            plan.Publish(number, queries.Today);
            return SaveAsync(ct);
        });

    /// <summary>
    /// Starts a närområde's first gemensam närområdesplan from the VGR template (each section with the
    /// region's standard text). The parties are the kommun and the vårdcentraler responsible for its
    /// units today; it is valid from the next 1 January. Only the kommun's MAS or enhetschef (or an
    /// administrator) may start it, and only when the närområde has none.
    /// </summary>
    public async Task<(PlanResult Result, Guid? PlanId)> StartPlanAsync(ClaimsPrincipal user, Guid kommunId, CancellationToken ct = default)
    {
        if (!CanStartPlan(user, kommunId))
        {
            return (PlanResult.Fail("Endast kommunens MAS eller enhetschef kan starta närområdets plan.") with { Forbidden = true }, null);
        }

        var kommun = await db.Kommuner.SingleOrDefaultAsync(k => k.Id == kommunId, ct);
        if (kommun is null)
        {
            return (PlanResult.Missing, null);
        }

        if (await db.Plans.AnyAsync(p => p.KommunId == kommunId && p.Kind == PlanKind.Naromradesplan, ct))
        {
            return (PlanResult.Fail($"Närområde {kommun.Name} har redan en gemensam närområdesplan. Starta en ny revision av den i stället."), null);
        }

        var today = queries.Today;
        var units = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).Where(u => u.KommunId == kommunId).ToListAsync(ct);
        var centreIds = units.Select(u => u.ResponsibilityOn(today)?.CareCentreId).OfType<Guid>().Distinct().ToList();
        var centres = (await db.RegionalUnits.AsNoTracking().Where(r => centreIds.Contains(r.Id)).ToListAsync(ct)).OrderBy(r => r.Name).ToList();
        var details = new PlanDetails
        {
            Parties = [new(kommun.Id, KommunOfficialName(kommun.Name), "Kommun"), .. centres.Select(c => new PlanParty(c.Id, c.Name, "Vårdcentral"))],
            ValidFrom = new LocalDate(today.Year + 1, 1, 1),
            Updated = today,
        };
        var plan = NeighbourhoodPlan.FromTemplate(kommun.Id, "Gemensam närområdesplan", details);
        db.Plans.Add(plan);
        var result = await SaveAsync(ct);
        return (result, result.Succeeded ? plan.Id : null);
    }

    public static bool CanStartPlan(ClaimsPrincipal user, Guid kommunId) => AccessPolicy.MayStartPlan(user.ToActor(), kommunId);

    /// <summary>"Herrljunga kommun", "Lidköpings kommun", "Borås kommun": the genitive s unless the name ends in a vowel or s, x, z.</summary>
    public static string KommunOfficialName(string name) =>
        "aeiouyåäöéAEIOUYÅÄÖÉsxz".Contains(name[^1]) ? $"{name} kommun" : $"{name}s kommun";

    public Task<PlanResult> StartNextRevisionAsync(ClaimsPrincipal user, Guid planId, CancellationToken ct = default) =>
        WithPlanAsync(user, planId, null, ct, (plan, _) =>
        {
            var next = plan.StartNextRevision();
            db.Add(next);
            foreach (var section in next.Sections)
            {
                db.Add(section);
            }

            return SaveAsync(ct);
        });

    public Task<PlanResult> FollowUpRowAsync(ClaimsPrincipal user, Guid planId, int number, string key, int row, ActionStatus status, string? note, CancellationToken ct = default) =>
        WithVersionAsync(user, planId, number, ct, (plan, version) =>
        {
            version.FollowUpRow(key, row, status, note);
            return SaveAsync(ct);
        });

    /// <summary>Replaces a handlingsplan heading's rows from the rows form; a stale form gets a conflict and nothing is saved.</summary>
    public Task<PlanResult> EditRowsAsync(ClaimsPrincipal user, Guid planId, int number, string key, int expectedRevision, string text, CancellationToken ct = default) =>
        WithVersionAsync(user, planId, number, ct, async (plan, version) =>
        {
            if (version.Section(key).Content != SectionContent.ActionRows)
            {
                return PlanResult.Fail("Avsnittet har inga rader att ändra.");
            }

            var rows = ActionRowsText.Parse(text);
            if (version.ReplaceRows(key, expectedRevision, rows) is SectionEditResult.Conflict conflict)
            {
                return new PlanResult(false, $"Någon annan har ändrat raderna under ”{conflict.Heading}” sedan du öppnade dem. Inget har skrivits över; dina rader finns kvar nedan.", Conflict: conflict);
            }

            return await SaveAsync(ct);
        });

    /// <summary>
    /// Adds an empty numbered heading to a handlingsplan version. Refused (nothing saved) when the
    /// version's content has changed since the user opened the page.
    /// </summary>
    public Task<PlanResult> AddHeadingAsync(ClaimsPrincipal user, Guid planId, int number, int seenContentRevision, string headingNumber, string title, CancellationToken ct = default) =>
        WithVersionAsync(user, planId, number, ct, async (plan, version) =>
        {
            if (version.ContentRevision != seenContentRevision)
            {
                return HeadingsChanged;
            }

            db.Add(plan.AddNumberedHeading(number, headingNumber, title));
            return await SaveAsync(ct);
        });

    /// <summary>Removes an empty numbered heading from a handlingsplan version; a heading with rows is refused.</summary>
    public Task<PlanResult> RemoveHeadingAsync(ClaimsPrincipal user, Guid planId, int number, int seenContentRevision, string key, CancellationToken ct = default) =>
        WithVersionAsync(user, planId, number, ct, async (plan, version) =>
        {
            if (version.ContentRevision != seenContentRevision)
            {
                return HeadingsChanged;
            }

            db.Remove(plan.RemoveNumberedHeading(number, key));
            return await SaveAsync(ct);
        });

    private static PlanResult HeadingsChanged { get; } = PlanResult.Fail(
        "Planen har ändrats av någon annan sedan du öppnade sidan. Ingenting har sparats; ladda om sidan och försök igen.");

    /// <summary>
    /// Saves the details form. Refused (nothing saved) when the version's content has changed since the
    /// user opened the form (<paramref name="seenContentRevision"/>), or when a line cannot be read.
    /// </summary>
    public Task<PlanResult> EditDetailsAsync(ClaimsPrincipal user, Guid planId, int number, int seenContentRevision, PlanDetailsText text, CancellationToken ct = default) =>
        WithVersionAsync(user, planId, number, ct, async (plan, version) =>
        {
            if (version.ContentRevision != seenContentRevision)
            {
                return (PlanResult.Fail("Planen har ändrats av någon annan sedan du öppnade formuläret. Ingenting har sparats; "
                    + "dina uppgifter finns kvar nedan. Jämför med planen och spara igen."));
            }

            var details = text.Parse(version.Details, await queries.PartyOrganisationsAsync(ct));

            // Removing one's own organisation would take away the right to edit in the middle of the edit.
            if (!user.IsAdmin() && access.PartyOf(user, plan, version) is { } own && details.Parties.All(p => p.OrganisationId != own.OrganisationId))
            {
                return PlanResult.Fail($"Du kan inte ta bort din egen organisation ({own.Name}) från parterna: då kan du inte längre ändra planen. "
                    + "Be en annan part eller en administratör att göra det. Ingenting har sparats.");
            }

            // A change of parties is a change of content: approvals given before it no longer count.
            version.UpdateDetails(details);
            return await SaveAsync(ct);
        });

    public Task<PlanResult> UpdateDetailsAsync(ClaimsPrincipal user, Guid planId, int number, Func<PlanDetails, PlanDetails> change, CancellationToken ct = default) =>
        WithVersionAsync(user, planId, number, ct, (plan, version) =>
        {
            version.UpdateDetails(change(version.Details));
            return SaveAsync(ct);
        });

    private async Task<PlanResult> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return PlanResult.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return PlanResult.Fail("Någon annan har ändrat planen samtidigt. Ladda om sidan och försök igen; inget har sparats.");
        }
    }

    private Task<PlanResult> WithVersionAsync(
        ClaimsPrincipal user, Guid planId, int number, CancellationToken ct, Func<NeighbourhoodPlan, PlanVersion, Task<PlanResult>> work, bool requireEditor = true) =>
        WithPlanAsync(user, planId, number, ct, work, requireEditor);

    private async Task<PlanResult> WithPlanAsync(
        ClaimsPrincipal user, Guid planId, int? number, CancellationToken ct, Func<NeighbourhoodPlan, PlanVersion, Task<PlanResult>> work, bool requireEditor = true)
    {
        var plan = await db.Plans.WithVersions().SingleOrDefaultAsync(p => p.Id == planId, ct);
        var version = number is { } n ? plan?.Versions.SingleOrDefault(v => v.Number == n) : plan?.Latest;
        if (plan is null || version is null)
        {
            return PlanResult.Missing;
        }

        if (requireEditor && !access.CanEdit(user, plan, version))
        {
            return PlanResult.Denied;
        }

        try
        {
            return await work(plan, version);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return PlanResult.Fail(e.Message);
        }
    }
}
