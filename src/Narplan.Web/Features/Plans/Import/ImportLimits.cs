namespace Narplan.Web.Features.Plans.Import;

/// <summary>
/// Caps on an imported Bilaga 1/2 file (configuration section <c>Import</c>, decision 0036). A real bilaga has a few
/// hundred rows; the caps keep one upload from holding a request and its memory for long.
/// </summary>
public sealed class ImportLimits
{
    public const string Section = "Import";

    /// <summary><c>Import:MaxFileBytes</c>: the largest file read, default 2 MiB. The mapping step sends the file back as
    /// base64 in a form field, which ASP.NET Core caps at 4 MiB (about 3 MiB of file).</summary>
    public int MaxFileBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary><c>Import:MaxRows</c>: the most data rows (besides the heading row), default 20,000.</summary>
    public int MaxRows { get; set; } = 20_000;

    /// <summary>The most columns a row may span (a stray cell far to the right in XLSX would otherwise widen every row).</summary>
    public int MaxColumns { get; set; } = 200;

    public static ImportLimits Default { get; } = new();

    private static readonly CultureInfo Sv = CultureInfo.GetCultureInfo("sv-SE");

    public string TooLargeMessage =>
        $"Filen är större än {Size(MaxFileBytes)}. Dela upp den i flera filer eller ta bort onödiga kolumner.";

    public string TooManyRowsMessage =>
        $"Filen har fler än {MaxRows.ToString("N0", Sv)} rader. Dela upp den i flera filer och importera dem en i taget.";

    public string TooManyColumnsMessage =>
        $"Filen har värden i fler än {MaxColumns} kolumner. Ta bort tomma eller onödiga kolumner till höger och försök igen.";

    private static string Size(int bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 * 1024 => $"{Math.Round(bytes / 1024.0 / 1024.0, 1).ToString(Sv)} MB",
        >= 1024 => $"{bytes / 1024} kB",
        _ => $"{bytes} byte",
    };
}
