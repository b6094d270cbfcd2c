using System.ComponentModel.DataAnnotations;

namespace Narplan.Web.Infrastructure;

/// <summary>
/// A form's date (DateOnly/DateTime) must lie within <see cref="SupportedDates"/> (1901-01-01–2199-12-31); otherwise
/// the form shows the Swedish message beside the field and keeps the rest of the input. Empty passes (use
/// <c>[Required]</c> for that).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class SupportedDateAttribute() : ValidationAttribute(SupportedDates.OutOfRangeMessage)
{
    public override bool IsValid(object? value) => value switch
    {
        null => true,
        DateOnly d => SupportedDates.Contains(LocalDate.FromDateOnly(d)),
        DateTime t => SupportedDates.Contains(LocalDateTime.FromDateTime(t)),
        LocalDate d => SupportedDates.Contains(d),
        _ => true,
    };
}
