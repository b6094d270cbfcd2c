namespace Narplan.Web.Features.Account;

/// <summary>
/// <see cref="PasswordPolicy"/> as an Identity validator, with the bundled list of common and breached passwords
/// (<c>common-passwords.txt</c>, decision 0064). Every way to set a password — activation, reset, change, the first
/// administrator — goes through Identity and so through this rule.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<NarplanUser>
{
    private static readonly Lazy<IReadOnlySet<string>> List = new(Load);

    /// <summary>The bundled list, lower case.</summary>
    public static IReadOnlySet<string> Common => List.Value;

    public static string? Problem(string? password, string? email) => PasswordPolicy.Problem(password, Common, email);

    public Task<IdentityResult> ValidateAsync(UserManager<NarplanUser> manager, NarplanUser user, string? password) =>
        Task.FromResult(Problem(password, user.Email) is { } problem
            ? IdentityResult.Failed(new IdentityError { Code = "NarplanPassword", Description = problem })
            : IdentityResult.Success);

    private static HashSet<string> Load()
    {
        using var stream = typeof(PasswordRules).Assembly.GetManifestResourceStream("Narplan.common-passwords.txt")
            ?? throw new InvalidOperationException("The bundled common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}

/// <summary>Refuses a deactivated account at every sign-in, by password or SITHS.</summary>
public sealed class NarplanSignInManager(
    UserManager<NarplanUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<NarplanUser> claims,
    Microsoft.Extensions.Options.IOptions<IdentityOptions> options, ILogger<SignInManager<NarplanUser>> logger,
    Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider schemes, IUserConfirmation<NarplanUser> confirmation)
    : SignInManager<NarplanUser>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(NarplanUser user) =>
        user.DeactivatedAt is null && await base.CanSignInAsync(user);
}
