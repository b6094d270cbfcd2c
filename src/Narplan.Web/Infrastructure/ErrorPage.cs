using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Narplan.Web.Infrastructure;

/// <summary>
/// A plain Swedish error page for when the Blazor page cannot be used (after an exception, or
/// on a failed form post). It shows no exception text: errors may carry patient data.
/// </summary>
public static class ErrorPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static async Task WriteAsync(HttpContext context, int status)
    {
        var (title, text) = status switch
        {
            400 => ("Formuläret kunde inte tas emot",
                "Formuläret hade gått ut eller var ofullständigt (säkerhetstoken saknas eller är för gammal). " +
                "Gå tillbaka med webbläsarens bakåtknapp – det du skrev finns kvar – ladda om sidan och skicka igen."),
            403 => ("Behörighet saknas", "Du har inte behörighet till det här."),
            429 => ("För många inloggningsförsök",
                "Det har gjorts för många inloggningsförsök från din dator på kort tid. Vänta en minut och försök sedan igen. " +
                "Har du glömt lösenordet, kontakta din administratör."),
            404 => ("Sidan finns inte", "Det du sökte finns inte i Närplan. Kontrollera adressen."),
            503 => (DatabaseOutage.Title, DatabaseOutage.Text),
            _ => ("Något gick fel", "Ett oväntat fel uppstod. Felet är loggat. Försök igen om en stund."),
        };
        await WriteAsync(context, status, title, text);
    }

    /// <summary>The page with its own Swedish title and text (e.g. which query parameter could not be read).</summary>
    public static async Task WriteAsync(HttpContext context, int status, string title, string text)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "10";
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Encode(title)} – Närplan</title><link rel="stylesheet" href="/app.css"></head>
            <body><main id="main"><h1>{Html.Encode(title)}</h1><p>{Html.Encode(text)}</p>
            <p>Felkod för supporten: <code>{Html.Encode(context.TraceIdentifier)}</code></p>
            <p><a href="/">Till startsidan</a></p></main></body></html>
            """);
    }
}
