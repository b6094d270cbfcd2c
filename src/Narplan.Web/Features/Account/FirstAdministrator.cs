namespace Narplan.Web.Features.Account;

/// <summary>Where the one-time setup link is shown: the console (tests put their own here to read it).</summary>
public interface ISetupLinkConsole
{
    void Show(string line);
}

public sealed class SetupLinkConsole : ISetupLinkConsole
{
    public void Show(string line) => Console.WriteLine(line);
}

/// <summary>What the first administrator fills in.</summary>
public sealed record FirstAdministratorInput(
    string Name, string Email, string? Password, string RegionName, string RegionShortName, DecisionSupportProfileKey DecisionSupport);

/// <summary>
/// The first start of a real installation (issue 17.1, decision 0063): a database without accounts gets a one-time setup
/// link, printed on the console only, whose token is stored hashed (so any instance accepts it) and works until an
/// administrator exists. The link's page — or <c>create-admin</c> on the command line — creates the region the
/// administrator works for (when it is not there), their person in the register and their account. A second attempt is
/// refused with a Swedish message and an audit row; the log records that setup happened, never the token.
/// </summary>
public sealed class FirstAdministrator(
    NarplanDbContext db, UserManager<NarplanUser> users, IClock clock, ILogger<FirstAdministrator> logger)
{
    public const string SetupPath = "/installera";

    public const string AlreadyDone = "Närplan har redan en administratör. Den första administratören skapas bara en gång; be en administratör om ett konto.";

    /// <summary>Whether the installation has no account at all (then it needs its first administrator).</summary>
    public async Task<bool> IsNeededAsync(CancellationToken ct = default) => !await db.Users.AnyAsync(ct);

    /// <summary>A new setup link's token when the installation has no account yet, else null. Earlier setup links stay valid until one is used.</summary>
    public async Task<string?> CreateSetupLinkIfNeededAsync(CancellationToken ct = default)
    {
        if (await db.Users.AnyAsync(ct))
        {
            return null;
        }

        var (link, token) = AccountLink.Create(AccountLinkPurpose.Setup, null, clock.GetCurrentInstant(), null, "Installation");
        db.AccountLinks.Add(link);
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>Whether a setup token is one that can still be used.</summary>
    public async Task<string?> CheckSetupTokenAsync(string? token, CancellationToken ct = default)
    {
        if (await db.Users.AnyAsync(ct))
        {
            return AlreadyDone;
        }

        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return "Länken är ogiltig. Använd länken som Närplan skrev ut när den startade.";
        }

        var hash = AccountLink.Hash(token);
        var link = await db.AccountLinks.AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash && l.Purpose == AccountLinkPurpose.Setup, ct);
        return link is null ? "Länken är ogiltig. Använd länken som Närplan skrev ut när den startade."
            : link.UsedAt is not null ? AlreadyDone
            : null;
    }

    /// <summary>
    /// Creates the first administrator from a setup link (<paramref name="setupToken"/>) or from the command line (null).
    /// With a password the account is ready; without one the answer carries an activation link's token. Refused — with
    /// an audit row and nothing else saved — when any account exists already or the setup token is not a live one.
    /// </summary>
    public async Task<AccountResult> CreateAsync(FirstAdministratorInput input, string? setupToken, CancellationToken ct = default)
    {
        var via = setupToken is null ? "kommandot create-admin" : "installationslänken";
        if (await db.Users.AnyAsync(ct))
        {
            return await RefuseAsync(input.Email, $"Ett försök till att skapa en första administratör via {via} avvisades: det finns redan konton.", AlreadyDone, ct);
        }

        AccountLink? link = null;
        if (setupToken is not null)
        {
            if (await CheckSetupTokenAsync(setupToken, ct) is { } problem)
            {
                return await RefuseAsync(input.Email, "Installationslänken var ogiltig eller använd.", problem, ct);
            }

            var hash = AccountLink.Hash(setupToken);
            link = await db.AccountLinks.SingleAsync(l => l.TokenHash == hash, ct);
        }

        if (string.IsNullOrWhiteSpace(input.Name))
        {
            return new("Ange ditt namn.");
        }

        var email = input.Email.Trim();
        if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email) || email.Length == 0)
        {
            return new("Ange en giltig e-postadress.");
        }

        if (input.Password is not null && PasswordRules.Problem(input.Password, email) is { } weak)
        {
            return new(weak);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var region = await db.Regions.SingleOrDefaultAsync(r => r.Name == input.RegionName.Trim(), ct);
            if (region is null)
            {
                region = new Region(input.RegionName, input.RegionShortName, input.DecisionSupport);
                db.Regions.Add(region);
            }

            var person = new Person(input.Name, "Administratör", PersonRole.Sektorchef, region.Id);
            db.People.Add(person);
            await db.SaveChangesAsync(ct);
            var user = NarplanUser.WithEmail(email, person.Name, region.Id, UserRole.Admin, person.Id);
            var created = input.Password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, input.Password);
            if (!created.Succeeded)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return new(string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            var now = clock.GetCurrentInstant();
            db.UserRoleAssignments.Add(new UserRoleAssignment(user.Id, region.Id, UserRole.Admin, now, "Installation"));
            link?.MarkUsed(now);
            string? token = null;
            if (input.Password is null)
            {
                var (activation, activationToken) = AccountLink.Create(AccountLinkPurpose.Activation, user.Id, now, AccountAdministration.LinkValidity, "Installation");
                db.AccountLinks.Add(activation);
                token = activationToken;
            }

            db.AuditEntries.Add(new AuditEntry(now, user.Id, person.Name, region.Id, nameof(UserRole.Admin), AuditAction.Create, "NarplanUser", user.Id, null,
                $"Installationen: första administratören {email} skapades via {via}"));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation("Närplan set up: the first administrator was created via {Via}.", setupToken is null ? "create-admin" : "the setup link");
            return new(null, token, user.Id);
        }
        catch (DomainException e)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new(e.Message);
        }
    }

    private async Task<AccountResult> RefuseAsync(string email, string details, string message, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.AuditEntries.Add(new AuditEntry(clock.GetCurrentInstant(), null, email.Length > 200 ? email[..200] : email, null, "Anonym",
            AuditAction.Refused, "Installation", "första administratör", null, details));
        await db.SaveChangesAsync(ct);
        logger.LogWarning("A first-administrator attempt was refused.");
        return new(message);
    }

    /// <summary>
    /// <c>dotnet run --project src/Narplan.Web -- create-admin --email a@b.se --name "…" --region "…" --region-short X</c>:
    /// applies the migrations and prints a one-time activation link for the first administrator (no password passes
    /// through the shell). Exit code 0, or 1 with a Swedish reason on standard error.
    /// </summary>
    public static async Task<int> RunCommandAsync(WebApplication app, string[] args)
    {
        string? Arg(string name) => Array.IndexOf(args, "--" + name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var email = Arg("email");
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("Användning: create-admin --email namn@exempel.se [--name \"För Efternamn\"] [--region \"Region X\"] [--region-short X] [--decision-support Vgr|Skaraborg|Halland] [--url https://narplan.exempel.se]");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<NarplanDbContext>().Database.MigrateAsync();
        var first = services.GetRequiredService<FirstAdministrator>();
        var support = Enum.TryParse<DecisionSupportProfileKey>(Arg("decision-support"), ignoreCase: true, out var key) ? key : DecisionSupportProfileKey.Vgr;
        var result = await first.CreateAsync(new FirstAdministratorInput(
            Arg("name") ?? email.Split('@')[0], email, null, Arg("region") ?? "Region", Arg("region-short") ?? "Region", support), null);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync("Närplan: " + result.Error);
            return 1;
        }

        var baseUrl = (Arg("url") ?? app.Configuration["urls"]?.Split(';')[0] ?? "http://localhost:5080").TrimEnd('/');
        Console.WriteLine($"Den första administratören {email} är skapad. Öppna länken en gång inom {AccountAdministration.LinkValidity.TotalHours:0} timmar och välj lösenord:");
        Console.WriteLine($"  {baseUrl}{ActivatePath}/{result.Token}");
        return 0;
    }

    public const string ActivatePath = "/konto/aktivera";
}
