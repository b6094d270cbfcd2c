namespace Narplan.Web.Features.FollowUp;

/// <summary>The outcome of entering a count: an error in Swedish, or success; <see cref="Forbidden"/> when not allowed.</summary>
public sealed record CountResult(bool Succeeded, string? Error = null, bool Forbidden = false, bool NotFound = false);

/// <summary>Hand-entered counts per kommun and half-year (decision 0080). Each change is audit-logged by the save.</summary>
public sealed class FollowUpCommands(NarplanDbContext db, IClock clock)
{
    /// <summary>The vårdcentraler with läkaransvar for a unit of the kommun (now or earlier): who may enter counts besides the kommun.</summary>
    public async Task<IReadOnlyCollection<Guid>> CareCentresOfAsync(Guid kommunId, CancellationToken ct = default) =>
        await db.UnitResponsibilities.AsNoTracking()
            .Join(db.CareUnits.Where(u => u.KommunId == kommunId), r => r.CareUnitId, u => u.Id, (r, _) => r.CareCentreId)
            .Distinct().ToListAsync(ct);

    public async Task<bool> MayEnterAsync(ClaimsPrincipal user, Guid kommunId, CancellationToken ct = default) =>
        AccessPolicy.MayEnterFollowUpCounts(user.ToActor(), kommunId, await CareCentresOfAsync(kommunId, ct));

    /// <summary>The counts entered for the kommun, newest half-year first.</summary>
    public async Task<IReadOnlyList<FollowUpCount>> CountsAsync(Guid kommunId, CancellationToken ct = default) =>
        (await db.Set<FollowUpCount>().AsNoTracking().Where(c => c.KommunId == kommunId).ToListAsync(ct))
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.IsAutumn).ThenBy(c => c.Kind).ToList();

    /// <summary>
    /// Enters (or replaces) one count. <paramref name="countText"/> as typed; a negative number, a number that is not
    /// a whole number, or a stale form (<paramref name="seenVersion"/> is not the stored one) is refused in Swedish and
    /// nothing is saved.
    /// </summary>
    public async Task<CountResult> EnterAsync(
        ClaimsPrincipal user, Guid kommunId, FollowUpCountKind kind, string? halfYearKey, string? countText, string? note, int seenVersion, CancellationToken ct = default)
    {
        if (!await db.Kommuner.AnyAsync(k => k.Id == kommunId, ct))
        {
            return new CountResult(false, "Närområdet finns inte.", NotFound: true);
        }

        if (!await MayEnterAsync(user, kommunId, ct))
        {
            return new CountResult(false, "Du kan inte föra in antal för det här närområdet: det gör kommunens MAS eller enhetschef, eller vårdcentralschefen för en vårdcentral med läkaransvar i kommunen.", Forbidden: true);
        }

        var period = FollowUpPeriod.Parse(halfYearKey);
        if (period is null || period.Kind is not (FollowUpPeriodKind.Spring or FollowUpPeriodKind.Autumn))
        {
            return new CountResult(false, "Välj ett halvår (våren eller hösten ett visst år).");
        }

        var text = countText?.Trim().Replace(" ", "", StringComparison.Ordinal).Replace('\u2212', '-') ?? "";
        if (text.Length == 0)
        {
            return new CountResult(false, "Ange antalet.");
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
        {
            return new CountResult(false, $"”{(countText!.Trim().Length > 20 ? countText.Trim()[..20] + "…" : countText.Trim())}” är inget heltal. Ange antalet som ett heltal, 0 eller fler.");
        }

        if (period.From > Stockholm.Today(clock))
        {
            return new CountResult(false, $"{period.Name} har inte börjat; antal förs in för ett halvår som har börjat eller är slut.");
        }

        var name = user.FindFirstValue(NarplanClaims.DisplayName) ?? user.Identity?.Name ?? "?";
        var isAutumn = period.Kind == FollowUpPeriodKind.Autumn;
        var year = period.From.Year;
        try
        {
            var existing = await db.Set<FollowUpCount>().SingleOrDefaultAsync(c => c.KommunId == kommunId && c.Kind == kind && c.Year == year && c.IsAutumn == isAutumn, ct);
            if (existing is null)
            {
                if (seenVersion != 0)
                {
                    return Stale;
                }

                db.Add(new FollowUpCount(kommunId, kind, year, isAutumn, count, name, clock.GetCurrentInstant(), note));
            }
            else
            {
                if (existing.Version != seenVersion)
                {
                    return Stale;
                }

                existing.Set(count, name, clock.GetCurrentInstant(), note);
            }

            await db.SaveChangesAsync(ct);
            return new CountResult(true);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return new CountResult(false, e.Message);
        }
        catch (DbUpdateException)
        {
            // A concurrent entry for the same half-year (unique index) or a concurrent change (version).
            db.ChangeTracker.Clear();
            return Stale;
        }
    }

    private static CountResult Stale { get; } = new(false,
        "Någon annan har fört in ett antal för samma halvår sedan du öppnade sidan. Inget har sparats; ladda om sidan och försök igen.");
}
