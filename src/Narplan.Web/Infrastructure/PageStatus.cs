using Microsoft.AspNetCore.Diagnostics;

namespace Narplan.Web.Infrastructure;

public static class PageStatus
{
    /// <summary>
    /// Sets the status of a page that renders its own explanation (e.g. "Enheten finns inte"),
    /// so the generic status-code page does not replace it.
    /// </summary>
    public static void SetPageStatus(this HttpContext? context, int status)
    {
        if (context is null)
        {
            return;
        }

        context.Response.StatusCode = status;
        if (context.Features.Get<IStatusCodePagesFeature>() is { } feature)
        {
            feature.Enabled = false;
        }
    }
}
