using Microsoft.AspNetCore.Authentication;

namespace Narplan.Web.Features.Account;

/// <summary>
/// The end of a SITHS/OIDC login: the person must already be linked to a Närplan user (an
/// administrator links their identity to an account in an organisation); nobody gets an
/// account just by having a card.
/// </summary>
public static class ExternalLogin
{
    public static async Task<IResult> CompleteAsync(
        SignInManager<NarplanUser> signIn, OidcSettings oidc, SignInAudit audit, string? returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return Results.LocalRedirect("/konto/logga-in?fel=extern");
        }

        var key = info.Principal.FindFirst(oidc.UserIdClaim)?.Value ?? info.ProviderKey;
        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, key, isPersistent: false, bypassTwoFactor: true);
        if (!result.Succeeded)
        {
            await audit.FailedAsync("SITHS:" + key, info.LoginProvider, "Inloggning med SITHS utan kopplat konto");
            await signIn.Context.SignOutAsync(IdentityConstants.ExternalScheme);
            return Results.LocalRedirect("/konto/logga-in?fel=okopplad");
        }

        return Results.LocalRedirect(AccountSetup.SafeLocal(returnUrl));
    }
}
