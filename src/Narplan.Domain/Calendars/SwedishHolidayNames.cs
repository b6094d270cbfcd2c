namespace Narplan.Domain.Calendars;

/// <summary>The Swedish names of the holidays and day kinds, exactly as shown to users.</summary>
public static class SwedishHolidayNames
{
    /// <summary>1 January.</summary>
    public const string Nyarsdagen = "Nyårsdagen";

    /// <summary>6 January (epiphany).</summary>
    public const string TrettondedagJul = "Trettondedag jul";

    /// <summary>Good Friday: the Friday before påskdagen.</summary>
    public const string Langfredagen = "Långfredagen";

    /// <summary>Easter Sunday.</summary>
    public const string Paskdagen = "Påskdagen";

    /// <summary>Easter Monday.</summary>
    public const string AnnandagPask = "Annandag påsk";

    /// <summary>Ascension Day: the Thursday 39 days after påskdagen.</summary>
    public const string KristiHimmelsfardsdag = "Kristi himmelsfärdsdag";

    /// <summary>1 May.</summary>
    public const string ForstaMaj = "Första maj";

    /// <summary>6 June, a helgdag from 2005.</summary>
    public const string SverigesNationaldag = "Sveriges nationaldag";

    /// <summary>Pentecost: the Sunday 49 days after påskdagen.</summary>
    public const string Pingstdagen = "Pingstdagen";

    /// <summary>Whit Monday: the day after pingstdagen, a helgdag up to and including 2004.</summary>
    public const string AnnandagPingst = "Annandag pingst";

    /// <summary>Midsummer eve: the Friday 19–25 June (an aftonhelg).</summary>
    public const string Midsommarafton = "Midsommarafton";

    /// <summary>Midsummer day: the Saturday 20–26 June.</summary>
    public const string Midsommardagen = "Midsommardagen";

    /// <summary>All Saints' Day: the Saturday 31 October–6 November.</summary>
    public const string AllaHelgonsDag = "Alla helgons dag";

    /// <summary>24 December (an aftonhelg).</summary>
    public const string Julafton = "Julafton";

    /// <summary>25 December.</summary>
    public const string Juldagen = "Juldagen";

    /// <summary>26 December.</summary>
    public const string AnnandagJul = "Annandag jul";

    /// <summary>31 December (an aftonhelg).</summary>
    public const string Nyarsafton = "Nyårsafton";

    /// <summary>Any Sunday that is not itself a named holiday; every Sunday is a helgdag.</summary>
    public const string Sondag = "Söndag";

    /// <summary>Any Saturday that is not itself a named holiday; not a working day, not a helgdag.</summary>
    public const string Lordag = "Lördag";
}
