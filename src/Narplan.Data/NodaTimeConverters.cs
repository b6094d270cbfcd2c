namespace Narplan.Data;

/// <summary>
/// NodaTime values stored portably on both providers: a <see cref="LocalDate"/> as a date, an
/// <see cref="Instant"/> as a UTC timestamp (timestamptz on PostgreSQL, ISO text on SQLite,
/// which sorts correctly).
/// </summary>
internal sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(
    d => d.ToDateOnly(), d => LocalDate.FromDateOnly(d));

internal sealed class InstantConverter() : ValueConverter<Instant, DateTime>(
    i => i.ToDateTimeUtc(), d => Instant.FromDateTimeUtc(DateTime.SpecifyKind(d, DateTimeKind.Utc)));

internal sealed class LocalTimeConverter() : ValueConverter<LocalTime, TimeOnly>(
    t => t.ToTimeOnly(), t => LocalTime.FromTimeOnly(t));

/// <summary>
/// A wall-clock time with no zone (Europe/Stockholm is implied by the domain), stored as ISO text
/// (<c>2026-06-22T13:00:00</c>): Npgsql maps <see cref="DateTime"/> to timestamptz, which would need a UTC instant.
/// </summary>
internal sealed class LocalDateTimeConverter() : ValueConverter<LocalDateTime, string>(
    t => NodaTime.Text.LocalDateTimePattern.GeneralIso.Format(t), s => NodaTime.Text.LocalDateTimePattern.GeneralIso.Parse(s).Value);
