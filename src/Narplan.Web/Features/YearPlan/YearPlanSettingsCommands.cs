using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Narplan.Data;
using Narplan.Domain;
using Narplan.Domain.AnnualReviews;
using Narplan.Domain.Places;
using Narplan.Web.Features.Account;
using NodaTime;

namespace Narplan.Web.Features.YearPlan;

/// <summary>Saves the year plan's settings: vacation per kommun, reviews per round per unit, interval per region (admin only).</summary>
public sealed class YearPlanSettingsCommands(NarplanDbContext db)
{
    /// <summary>Null when saved, else a Swedish reason.</summary>
    public async Task<string?> SaveAsync(ClaimsPrincipal user, CareUnit unit, YearPlanSettingsPage.SettingsInput input, CancellationToken ct = default)
    {
        try
        {
            AnnualDate? Parse(string? text) =>
                string.IsNullOrWhiteSpace(text) ? null
                : IsValid(text.Trim()) && KommunVacationSetting.ParseAnnual(text.Trim()) is { } d ? d
                : throw new DomainException($"{text} är ingen giltig dag (MM-DD).");

            var vacation = await db.KommunVacationSettings.SingleOrDefaultAsync(s => s.KommunId == unit.KommunId, ct)
                ?? db.Add(new KommunVacationSetting(unit.KommunId)).Entity;
            vacation.Set(input.SummerFirstWeek, input.SummerLastWeek, Parse(input.WinterFrom), Parse(input.WinterTo));
            vacation.Touch();

            var capacity = await db.UnitReviewCapacities.SingleOrDefaultAsync(s => s.CareUnitId == unit.Id, ct)
                ?? db.Add(new UnitReviewCapacity(unit.Id)).Entity;
            capacity.Set(input.ReviewsPerRound);
            capacity.Touch();

            if (user.IsAdmin())
            {
                var regionId = await db.Kommuner.Where(k => k.Id == unit.KommunId).Select(k => k.RegionId).SingleAsync(ct);
                var interval = await db.RegionReviewSettings.SingleOrDefaultAsync(s => s.RegionId == regionId, ct)
                    ?? db.Add(new RegionReviewSetting(regionId)).Entity;
                interval.Set(input.IntervalMonths);
                interval.Touch();
            }

            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DomainException e)
        {
            return e.Message;
        }
    }

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
