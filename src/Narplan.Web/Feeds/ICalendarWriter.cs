namespace Narplan.Web.Feeds;

/// <summary>
/// A small RFC 5545 writer: content lines end in CRLF, lines longer than 75 octets are folded (a CRLF and one space)
/// without splitting a UTF-8 sequence, and TEXT values escape backslash, semicolon, comma and newlines (§3.1, §3.3.11).
/// It writes exactly what it is told; the structure (BEGIN/END pairs) is the caller's.
/// </summary>
public sealed class ICalendarWriter
{
    private const int MaxOctets = 75;
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss");
    private static readonly InstantPattern UtcPattern = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    private readonly StringBuilder _text = new();

    public ICalendarWriter Begin(string component) => Raw($"BEGIN:{component}");

    public ICalendarWriter End(string component) => Raw($"END:{component}");

    /// <summary>A TEXT property, escaped.</summary>
    public ICalendarWriter Text(string name, string value) => Raw($"{name}:{Escape(value)}");

    /// <summary>A property whose value is already valid iCalendar (numbers, enumerated values, durations).</summary>
    public ICalendarWriter Value(string name, string value) => Raw($"{name}:{value}");

    /// <summary>A DATE-TIME in UTC ("…Z"), as DTSTAMP requires.</summary>
    public ICalendarWriter Utc(string name, Instant instant) => Raw($"{name}:{UtcPattern.Format(instant)}");

    /// <summary>A local DATE-TIME with a TZID parameter naming a VTIMEZONE in the same calendar.</summary>
    public ICalendarWriter Zoned(string name, ZonedDateTime time) => Raw($"{name};TZID={time.Zone.Id}:{LocalPattern.Format(time.LocalDateTime)}");

    public ICalendarWriter Local(string name, LocalDateTime time) => Raw($"{name}:{LocalPattern.Format(time)}");

    public override string ToString() => _text.ToString();

    /// <summary>Escapes a TEXT value (RFC 5545 §3.3.11).</summary>
    public static string Escape(string value) => value
        .Replace("\\", "\\\\")
        .Replace(";", "\\;")
        .Replace(",", "\\,")
        .Replace("\r\n", "\n")
        .Replace("\r", "\n")
        .Replace("\n", "\\n");

    /// <summary>Appends one content line, folded at 75 octets.</summary>
    private ICalendarWriter Raw(string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                _text.Append("\r\n ");
                octets = 1;
            }

            _text.Append(rune.ToString());
            octets += size;
        }

        _text.Append("\r\n");
        return this;
    }
}
