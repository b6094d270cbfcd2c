namespace Narplan.Domain.Calendars;

/// <summary>
/// One named Swedish holiday in one year: the date, its Swedish name as shown to users
/// (see <see cref="SwedishHolidayNames"/>) and whether it is an allmän helgdag or an eve counted as one.
/// </summary>
public sealed record Holiday(LocalDate Date, string Name, HolidayKind Kind);
