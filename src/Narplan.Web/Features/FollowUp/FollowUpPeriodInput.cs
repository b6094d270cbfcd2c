namespace Narplan.Web.Features.FollowUp;

/// <summary>
/// Reads the period the page, the XLSX and the API are asked for: <c>period</c> (a key), optionally <c>jamfor</c>, or
/// <c>fran</c>/<c>till</c> (dates of one's own, which win when both are given). A bad value gives a Swedish message and
/// the current year (decision 0080), never an exception.
/// </summary>
public static class FollowUpPeriodInput
{
    public static FollowUpPeriod Default(LocalDate today) => FollowUpPeriod.Year(today.Year);

    public static (FollowUpPeriod Period, FollowUpPeriod? Compare, string? Error) Read(string? periodKey, string? compareKey, string? from, string? to, LocalDate today)
    {
        var errors = new List<string>();
        FollowUpPeriod? period = null;
        if (!string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to))
        {
            var a = DateText.ParseDate(from);
            var b = DateText.ParseDate(to);
            if (!a.Success || !b.Success)
            {
                errors.Add($"Ange både från- och till-datum som ÅÅÅÅ-MM-DD. {(a.Success ? b.Error : a.Error)}");
            }
            else
            {
                try
                {
                    period = FollowUpPeriod.Between(a.Value, b.Value);
                }
                catch (DomainException e)
                {
                    errors.Add(e.Message);
                }
            }
        }
        else if (!string.IsNullOrWhiteSpace(periodKey))
        {
            period = TryParse(periodKey, "Perioden", errors);
        }

        var compare = string.IsNullOrWhiteSpace(compareKey) ? null : TryParse(compareKey, "Jämförelseperioden", errors);
        var error = errors.Count == 0 ? null : string.Join(" ", errors) + (period is null ? $" Visar {Default(today).Name.ToLowerInvariant()}." : "");
        return (period ?? Default(today), compare, error);
    }

    private static FollowUpPeriod? TryParse(string key, string what, List<string> errors)
    {
        try
        {
            var period = FollowUpPeriod.Parse(key);
            if (period is null)
            {
                errors.Add($"{what} ”{(key.Length > 30 ? key[..30] + "…" : key)}” känns inte igen. Välj våren (ÅÅÅÅ-h1), hösten (ÅÅÅÅ-h2), ett helår (ÅÅÅÅ) eller egna datum.");
            }

            return period;
        }
        catch (DomainException e)
        {
            errors.Add($"{what}: {e.Message}");
            return null;
        }
    }
}
