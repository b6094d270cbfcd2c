namespace Narplan.Web.Features.YearPlans;

/// <summary>
/// What a save of the settings did: saved, refused with a Swedish reason, or refused as stale (someone else saved since
/// the form was opened) with the values saved now, so the page can show both.
/// </summary>
public sealed record SettingsSaveResult(string? Error, bool Conflict = false, YearPlanSettingsPage.SettingsInput? Current = null)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Saves the year plan's settings: vacation per kommun, reviews per round and the contact-time rule per unit, the review
/// interval and medication review per region, versioned by a valid-from date (admin only). Every record carries its version
/// from the form: a save against a version someone else changed meanwhile is refused (issue 15 item 5).
/// </summary>
public sealed class YearPlanSettingsCommands(NarplanDbContext db, YearPlanService service)
{
    public const string StaleMessage =
        "Någon annan har ändrat inställningarna för årsplanen sedan du öppnade sidan. Dina värden finns kvar i formuläret; " +
        "jämför med de sparade värdena nedan och spara igen om dina ska gälla.";

    /// <summary>Saves the form; see <see cref="SettingsSaveResult"/>.</summary>
    public async Task<SettingsSaveResult> SaveAsync(ClaimsPrincipal user, CareUnit unit, YearPlanSettingsPage.SettingsInput input, CancellationToken ct = default)
    {
        try
        {
            AnnualDate? Parse(string? text) =>
                string.IsNullOrWhiteSpace(text) ? null
                : IsValid(text.Trim()) && KommunVacationSetting.ParseAnnual(text.Trim()) is { } d ? d
                : throw new DomainException($"{text} är ingen giltig dag (MM-DD).");

            var vacation = await db.KommunVacationSettings.SingleOrDefaultAsync(s => s.KommunId == unit.KommunId, ct);
            var capacity = await db.UnitReviewCapacities.SingleOrDefaultAsync(s => s.CareUnitId == unit.Id, ct);
            var regionId = await db.Kommuner.Where(k => k.Id == unit.KommunId).Select(k => k.RegionId).SingleAsync(ct);
            var versions = await db.RegionReviewSettings.Where(s => s.RegionId == regionId).ToListAsync(ct);
            var inForce = RegionReviewSetting.InForce(versions, service.Today);
            var stale = (vacation?.Version ?? 0) != input.VacationVersion
                || (capacity?.Version ?? 0) != input.CapacityVersion
                || (user.IsAdmin() && (inForce?.Id != input.RegionVersionId || (inForce?.Version ?? 0) != input.RegionVersion));
            if (stale)
            {
                return await ConflictAsync(unit, ct);
            }

            vacation ??= db.Add(new KommunVacationSetting(unit.KommunId)).Entity;
            db.Entry(vacation).Property(v => v.Version).OriginalValue = input.VacationVersion;
            vacation.Set(input.SummerFirstWeek, input.SummerLastWeek, Parse(input.WinterFrom), Parse(input.WinterTo));
            vacation.Touch();

            capacity ??= db.Add(new UnitReviewCapacity(unit.Id)).Entity;
            db.Entry(capacity).Property(v => v.Version).OriginalValue = input.CapacityVersion;
            capacity.Set(input.ReviewsPerRound);
            capacity.SetUsesContactTime(input.UsesContactTime);
            capacity.Touch();

            if (user.IsAdmin())
            {
                var validFrom = input.RegionValidFrom is { } from ? LocalDate.FromDateOnly(from) : inForce?.ValidFrom ?? service.Today;
                if (inForce is not null && validFrom < inForce.ValidFrom)
                {
                    throw new DomainException($"En ny version av regionens inställningar kan inte gälla före den som gäller nu ({inForce.ValidFrom:yyyy-MM-dd}).");
                }

                var changed = inForce is null || inForce.IntervalMonths != input.IntervalMonths || inForce.MedicationReview != input.MedicationReview
                    || validFrom != inForce.ValidFrom;
                if (changed)
                {
                    // Same date as a stored version: that version is corrected; a new date starts a new version.
                    var version = versions.SingleOrDefault(v => v.ValidFrom == validFrom);
                    if (version is null)
                    {
                        version = db.Add(new RegionReviewSetting(regionId, validFrom)).Entity;
                    }
                    else if (version == inForce)
                    {
                        db.Entry(version).Property(v => v.Version).OriginalValue = input.RegionVersion;
                    }

                    version.Set(input.IntervalMonths, input.MedicationReview);
                    version.Touch();
                }
            }

            await db.SaveChangesAsync(ct);
            return new SettingsSaveResult(null);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return new SettingsSaveResult(e.Message);
        }
        catch (DbUpdateException)
        {
            // DbUpdateConcurrencyException (the row changed since the check), or a row that someone else created meanwhile.
            db.ChangeTracker.Clear();
            return await ConflictAsync(unit, ct);
        }
    }

    /// <summary>The form's values as stored now, with their versions.</summary>
    public async Task<YearPlanSettingsPage.SettingsInput> CurrentAsync(CareUnit unit, CancellationToken ct = default)
    {
        var s = await service.SettingsAsync(unit, null, ct);
        var vacationVersion = (await db.KommunVacationSettings.AsNoTracking().Where(v => v.KommunId == unit.KommunId).Select(v => (int?)v.Version).SingleOrDefaultAsync(ct)) ?? 0;
        return new()
        {
            SummerFirstWeek = s.Vacation.SummerFirstWeek,
            SummerLastWeek = s.Vacation.SummerLastWeek,
            WinterFrom = s.Vacation.WinterFrom,
            WinterTo = s.Vacation.WinterTo,
            ReviewsPerRound = s.ReviewsPerRound,
            UsesContactTime = s.UsesContactTime,
            IntervalMonths = s.IntervalMonths,
            MedicationReview = s.MedicationReview,
            RegionValidFrom = s.RegionVersion?.ValidFrom.ToDateOnly(),
            VacationVersion = vacationVersion,
            CapacityVersion = s.CapacityVersion,
            RegionVersionId = s.RegionVersion?.Id,
            RegionVersion = s.RegionVersion?.Version ?? 0,
        };
    }

    /// <summary>Adds a contact time at the unit's vårdcentral (its staff or an administrator); null when saved, else a Swedish reason.</summary>
    public async Task<string?> AddContactTimeAsync(ClaimsPrincipal user, CareUnit unit, Guid? careCentreId, YearPlanSettingsPage.ContactTimeInput input, CancellationToken ct = default)
    {
        if (careCentreId is not { } centre)
        {
            return "Enheten har ingen vårdcentral med läkaransvar i dag; kontakttider hör till en vårdcentral.";
        }

        if (!user.IsAdmin() && !(user.Role() is UserRole.Doctor or UserRole.CareCentreManager && user.OrganisationId() == centre))
        {
            return "Kontakttider läggs in av vårdcentralen som har läkaransvaret eller av en administratör.";
        }

        if (input.Start is not { } start || !TimeOnly.TryParse(start, System.Globalization.CultureInfo.InvariantCulture, out var time))
        {
            return "Ange starttid som TT:MM, t.ex. 13:00.";
        }

        if (input.ValidFrom is not { } from)
        {
            return "Ange från vilket datum kontakttiden gäller.";
        }

        if (input.DoctorId is { } doctor && !await db.People.AnyAsync(p => p.Id == doctor && p.OrganisationId == centre, ct))
        {
            return "Den valda läkaren arbetar inte på vårdcentralen.";
        }

        try
        {
            var contact = new ContactTime(centre, input.DoctorId, input.Weekday, LocalTime.FromTimeOnly(time), input.LengthMinutes, input.Capacity,
                input.Place ?? "", input.EveryOtherWeek, LocalDate.FromDateOnly(from), null, input.OnlyThisUnit ? unit.Id : null);
            contact.Touch();
            db.Add(contact);
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return e.Message;
        }
    }

    private async Task<SettingsSaveResult> ConflictAsync(CareUnit unit, CancellationToken ct) =>
        new(StaleMessage, Conflict: true, Current: await CurrentAsync(unit, ct));

    private static bool IsValid(string text)
    {
        if (text.Length != 5 || text[2] != '-' || !text.Remove(2, 1).All(char.IsAsciiDigit))
        {
            return false;
        }

        var month = int.Parse(text[..2], System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(text[3..], System.Globalization.CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(2024, month);
    }
}
