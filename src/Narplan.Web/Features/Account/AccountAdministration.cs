using System.Text.RegularExpressions;

namespace Narplan.Web.Features.Account;

/// <summary>One role of an account as the pages show it.</summary>
public sealed record AccountRole(Guid Id, UserRole Role, Guid OrganisationId, string OrganisationName, Guid? RegionId, Guid? KommunId, bool Current)
{
    /// <summary>Where the role sits, as the access policy asks.</summary>
    public AccountRoleScope Scope => new(Role, RegionId, KommunId);
}

/// <summary>An account as the administration pages show it.</summary>
public sealed record AccountView(
    string Id, string Email, string Name, Guid? PersonId, bool HasPassword, bool Locked, bool Deactivated,
    IReadOnlyList<AccountRole> Roles, IReadOnlyList<string> SithsIds)
{
    public string Status => Deactivated ? "Inaktiverat" : Locked ? "Låst" : HasPassword ? "Aktivt" : "Väntar på aktivering";
}

/// <summary>What a command did: an error in Swedish, or the one-time link's token (shown once) and the account.</summary>
public sealed record AccountResult(string? Error, string? Token = null, string? UserId = null)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// User accounts (issue 17.4, decision 0063): an account belongs to a person and holds roles per organisation;
/// administrators — a region administrator within their region, a kommun administrator within their kommun
/// (<see cref="AccessPolicy.MayManageAccount"/>) — create
/// accounts and hand over one-time activation and reset links, lock, deactivate and link SITHS identities. A lock, a
/// deactivation, a reset and a role change end the account's sessions at once (new security stamp, session rows gone;
/// decision 0032). Every change is audited in the same save; every refusal leaves a <see cref="AuditAction.Refused"/> row.
/// </summary>
public sealed partial class AccountAdministration(
    NarplanDbContext db, UserManager<NarplanUser> users, IClock clock, IAuditActorAccessor auditActor)
{
    /// <summary>How long an activation or reset link is good for.</summary>
    public static readonly Duration LinkValidity = Duration.FromHours(72);

    public const string NotYours = "Du får inte ändra det här kontot: det har roller utanför din organisation.";

    /// <summary>SITHS identities are HSA-ids: SE, the ten-digit organisation number, a dash and an id (e.g. SE2321000131-E000000000001).</summary>
    public static bool IsHsaId(string text) => HsaIdPattern().IsMatch(text);

    [GeneratedRegex("^SE[0-9]{10}-[A-Za-z0-9]{1,20}$")]
    private static partial Regex HsaIdPattern();

    /// <summary>Where a role in an organisation sits: the organisation's region and, when it is a kommun, the kommun.</summary>
    public async Task<AccountRoleScope> ScopeOfAsync(UserRole role, Guid organisationId, CancellationToken ct = default) =>
        ScopeOf(role, await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, ct));

    private static AccountRoleScope ScopeOf(UserRole role, Organisation? organisation) => organisation switch
    {
        Region r => new(role, r.Id, null),
        SubRegion s => new(role, s.RegionId, null),
        Kommun k => new(role, k.RegionId, k.Id),
        RegionalUnit u => new(role, u.RegionId, null),
        _ => new(role, null, null),
    };

    /// <summary>
    /// The organisations this actor may give roles in, for the pickers: every one for an administrator, their region's for
    /// a region administrator, their kommun for a kommun administrator; ended organisations are left out.
    /// </summary>
    public async Task<IReadOnlyList<Organisation>> GrantableOrganisationsAsync(Actor actor, CancellationToken ct = default)
    {
        if (!AccessPolicy.MayAdministerAccounts(actor))
        {
            return [];
        }

        var today = Stockholm.Today(clock);
        var all = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        return [.. all.Where(o => o.IsActiveOn(today) && AccessPolicy.MayGrantRole(actor, false, ScopeOf(AnyGrantableRole(actor), o)))];
    }

    /// <summary>The people of <paramref name="organisations"/> who have no account yet, for the new-account form.</summary>
    public async Task<IReadOnlyList<Person>> PeopleWithoutAccountAsync(IReadOnlyCollection<Organisation> organisations, CancellationToken ct = default)
    {
        var ids = organisations.Select(o => o.Id).ToList();
        var withAccount = db.Users.Where(u => u.PersonId != null).Select(u => u.PersonId!.Value);
        return await db.People.AsNoTracking().Where(p => ids.Contains(p.OrganisationId) && !withAccount.Contains(p.Id)).OrderBy(p => p.Name).ToListAsync(ct);
    }

    private static UserRole AnyGrantableRole(Actor actor) => AccessPolicy.GrantableRoles(actor) is [var first, ..] ? first : UserRole.KommunNurse;

    public async Task<IReadOnlyList<AccountView>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        if (!AccessPolicy.MayAdministerAccounts(actor))
        {
            return [];
        }

        var all = await ViewsAsync(null, ct);
        return all.Where(a => AccessPolicy.MayManageAccount(actor, [.. a.Roles.Select(r => r.Scope)])).ToList();
    }

    /// <summary>The account if this actor may manage it, else null.</summary>
    public async Task<AccountView?> GetAsync(Actor actor, string userId, CancellationToken ct = default)
    {
        var view = (await ViewsAsync(userId, ct)).SingleOrDefault();
        return view is not null && AccessPolicy.MayManageAccount(actor, [.. view.Roles.Select(r => r.Scope)]) ? view : null;
    }

    private async Task<List<AccountView>> ViewsAsync(string? userId, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (userId is not null)
        {
            query = query.Where(u => u.Id == userId);
        }

        var accounts = await query.OrderBy(u => u.DisplayName).ToListAsync(ct);
        var ids = accounts.Select(a => a.Id).ToList();
        var roles = (await db.UserRoleAssignments.AsNoTracking().Where(r => ids.Contains(r.UserId)).ToListAsync(ct)).ToLookup(r => r.UserId);
        var logins = (await db.UserLogins.AsNoTracking().Where(l => ids.Contains(l.UserId) && l.LoginProvider == OidcSettings.Scheme).ToListAsync(ct))
            .ToLookup(l => l.UserId, l => l.ProviderKey);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, ct);
        var now = clock.GetCurrentInstant().ToDateTimeOffset();
        return [.. accounts.Select(a => new AccountView(
            a.Id, a.Email ?? "", a.DisplayName, a.PersonId, a.PasswordHash is not null, a.LockoutEnd is { } end && end > now, a.DeactivatedAt is not null,
            [.. roles[a.Id].OrderBy(r => r.GrantedAt).Select(r =>
            {
                var scope = ScopeOf(r.Role, organisations.GetValueOrDefault(r.OrganisationId));
                return new AccountRole(r.Id, r.Role, r.OrganisationId, organisations.TryGetValue(r.OrganisationId, out var o) ? o.Name : "?",
                    scope.RegionId, scope.KommunId, r.Role == a.Role && r.OrganisationId == a.OrganisationId);
            })],
            [.. logins[a.Id]]))];
    }

    /// <summary>
    /// A new account for a person (an existing one, or a new one named here) with its first role, and its activation
    /// link. Refused, with nothing saved, when the e-mail address is taken, the person already has an account, or the
    /// actor may not give that role there.
    /// </summary>
    public async Task<AccountResult> CreateAsync(Actor actor, string actorUserId, string email, Guid? personId, string? newPersonName, UserRole role, Guid organisationId, CancellationToken ct = default)
    {
        email = email.Trim();
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        if (organisation is null)
        {
            return new("Välj en organisation.");
        }

        Person? person = personId is { } pid ? await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pid, ct) : null;
        if (personId is not null && person is null)
        {
            return new("Personen finns inte.");
        }

        var isOwn = person is not null && actor.PersonId == person.Id;
        if (!AccessPolicy.MayGrantRole(actor, isOwn, ScopeOf(role, organisation)))
        {
            return await RefuseAsync("Konto", email, $"Fick inte ge rollen {role.Swedish()} i {organisation.Name}",
                isOwn ? "Du kan inte ge dig själv en roll." : $"Du får inte ge rollen {role.Swedish()} i {organisation.Name}.", ct);
        }

        if (person is null && string.IsNullOrWhiteSpace(newPersonName))
        {
            return new("Välj en person i registret eller skriv namnet på en ny person.");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return new($"E-postadressen {email} har redan ett konto.");
        }

        if (person is not null && await db.Users.AnyAsync(u => u.PersonId == person.Id, ct))
        {
            return new($"{person.Name} har redan ett konto. Ge det kontot en roll till i stället.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (person is null)
            {
                person = new Person(newPersonName!, role.Swedish(), PersonRoleOf(role), organisationId);
                db.People.Add(person);
                await db.SaveChangesAsync(ct);
            }

            var user = NarplanUser.WithEmail(email, person.Name, organisationId, role, person.Id);
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                await transaction.RollbackAsync(ct);
                return new(Describe(created));
            }

            var now = clock.GetCurrentInstant();
            db.UserRoleAssignments.Add(new UserRoleAssignment(user.Id, organisationId, role, now, auditActor.Current.UserName));
            var (link, token) = AccountLink.Create(AccountLinkPurpose.Activation, user.Id, now, LinkValidity, auditActor.Current.UserName);
            db.AccountLinks.Add(link);
            Audit(AuditAction.Create, user.Id, $"Skapade kontot {email} för {person.Name} med rollen {role.Swedish()} i {organisation.Name}; aktiveringslänk giltig till {(now + LinkValidity).ToString("yyyy-MM-dd HH:mm", null)} UTC");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new(null, token, user.Id);
        }
        catch (DomainException e)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new(e.Message);
        }
    }

    /// <summary>A new activation link (not yet activated) or reset link (password removed, sessions ended); earlier unused links die.</summary>
    public async Task<AccountResult> IssueLinkAsync(Actor actor, string userId, CancellationToken ct = default)
    {
        if (await ManagedUserAsync(actor, userId, ct) is not { } user)
        {
            return await RefuseAsync("Konto", userId, "Fick inte skapa länk", NotYours, ct);
        }

        var now = clock.GetCurrentInstant();
        var purpose = user.PasswordHash is null ? AccountLinkPurpose.Activation : AccountLinkPurpose.PasswordReset;
        await VoidLinksAsync(userId, now, ct);
        if (purpose == AccountLinkPurpose.PasswordReset)
        {
            user.PasswordHash = null;
            await EndSessionsAsync(user, ct);
        }

        var (link, token) = AccountLink.Create(purpose, userId, now, LinkValidity, auditActor.Current.UserName);
        db.AccountLinks.Add(link);
        Audit(AuditAction.Update, userId, purpose == AccountLinkPurpose.Activation
            ? "Ny aktiveringslänk för " + user.Email
            : "Återställde lösenordet för " + user.Email + " (länk för nytt lösenord; inloggningar avslutade)");
        await db.SaveChangesAsync(ct);
        return new(null, token, userId);
    }

    public async Task<AccountResult> SetLockedAsync(Actor actor, string userId, bool locked, CancellationToken ct = default)
    {
        if (await ManagedUserAsync(actor, userId, ct) is not { } user)
        {
            return await RefuseAsync("Konto", userId, locked ? "Fick inte låsa" : "Fick inte låsa upp", NotYours, ct);
        }

        user.LockoutEnd = locked ? DateTimeOffset.MaxValue : null;
        user.AccessFailedCount = 0;
        await EndSessionsAsync(user, ct);
        Audit(AuditAction.Update, userId, (locked ? "Låste kontot " : "Låste upp kontot ") + user.Email);
        await db.SaveChangesAsync(ct);
        return new(null, UserId: userId);
    }

    public async Task<AccountResult> SetDeactivatedAsync(Actor actor, string userId, bool deactivated, CancellationToken ct = default)
    {
        if (await ManagedUserAsync(actor, userId, ct) is not { } user)
        {
            return await RefuseAsync("Konto", userId, deactivated ? "Fick inte inaktivera" : "Fick inte återaktivera", NotYours, ct);
        }

        user.DeactivatedAt = deactivated ? clock.GetCurrentInstant() : null;
        await EndSessionsAsync(user, ct);
        if (deactivated)
        {
            await VoidLinksAsync(userId, clock.GetCurrentInstant(), ct);
        }

        Audit(AuditAction.Update, userId, (deactivated ? "Inaktiverade kontot " : "Återaktiverade kontot ") + user.Email);
        await db.SaveChangesAsync(ct);
        return new(null, UserId: userId);
    }

    public async Task<AccountResult> AddRoleAsync(Actor actor, string actorUserId, string userId, UserRole role, Guid organisationId, CancellationToken ct = default)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        if (organisation is null)
        {
            return new("Välj en organisation.");
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        var isOwn = userId == actorUserId || (user?.PersonId is { } p && p == actor.PersonId);
        if (user is null || !await MayManageAsync(actor, userId, ct) || !AccessPolicy.MayGrantRole(actor, isOwn, ScopeOf(role, organisation)))
        {
            return await RefuseAsync("Konto", userId, $"Fick inte ge rollen {role.Swedish()} i {organisation.Name}",
                isOwn ? "Du kan inte ge dig själv en roll." : $"Du får inte ge rollen {role.Swedish()} i {organisation.Name} till det här kontot.", ct);
        }

        if (await db.UserRoleAssignments.AnyAsync(r => r.UserId == userId && r.Role == role && r.OrganisationId == organisationId, ct))
        {
            return new($"Kontot har redan rollen {role.Swedish()} i {organisation.Name}.");
        }

        db.UserRoleAssignments.Add(new UserRoleAssignment(userId, organisationId, role, clock.GetCurrentInstant(), auditActor.Current.UserName));
        Audit(AuditAction.Update, userId, $"Gav {user.Email} rollen {role.Swedish()} i {organisation.Name}");
        await db.SaveChangesAsync(ct);
        return new(null, UserId: userId);
    }

    /// <summary>Takes a role away; the last one cannot go (deactivate the account instead). Sessions in that role end.</summary>
    public async Task<AccountResult> RemoveRoleAsync(Actor actor, string actorUserId, string userId, Guid assignmentId, CancellationToken ct = default)
    {
        var assignment = await db.UserRoleAssignments.SingleOrDefaultAsync(r => r.Id == assignmentId && r.UserId == userId, ct);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (assignment is null || user is null)
        {
            return new("Rollen finns inte.");
        }

        var isOwn = userId == actorUserId || (user.PersonId is { } p && p == actor.PersonId);
        if (!await MayManageAsync(actor, userId, ct) || !AccessPolicy.MayGrantRole(actor, isOwn, await ScopeOfAsync(assignment.Role, assignment.OrganisationId, ct)))
        {
            return await RefuseAsync("Konto", userId, "Fick inte ta bort rollen " + assignment.Role.Swedish(),
                isOwn ? "Du kan inte ändra dina egna roller." : "Du får inte ta bort den här rollen.", ct);
        }

        var others = await db.UserRoleAssignments.Where(r => r.UserId == userId && r.Id != assignmentId).OrderBy(r => r.GrantedAt).ToListAsync(ct);
        if (others.Count == 0)
        {
            return new("Ett konto måste ha minst en roll. Inaktivera kontot i stället.");
        }

        db.UserRoleAssignments.Remove(assignment);
        if (user.Role == assignment.Role && user.OrganisationId == assignment.OrganisationId)
        {
            user.Role = others[0].Role;
            user.OrganisationId = others[0].OrganisationId;
        }

        await EndSessionsAsync(user, ct);
        Audit(AuditAction.Update, userId, $"Tog bort rollen {assignment.Role.Swedish()} från {user.Email}");
        await db.SaveChangesAsync(ct);
        return new(null, UserId: userId);
    }

    /// <summary>Links a SITHS identity (its HSA-id, as the OIDC provider's <c>UserIdClaim</c> gives it) to the account.</summary>
    public async Task<AccountResult> LinkSithsAsync(Actor actor, string userId, string hsaId, CancellationToken ct = default)
    {
        hsaId = hsaId.Trim();
        if (!IsHsaId(hsaId))
        {
            return await RefuseAsync("Konto", userId, "HSA-id i fel format",
                "HSA-id ska skrivas som SE, organisationsnumrets tio siffror, bindestreck och id, t.ex. SE2321000131-E000000000001.", ct);
        }

        if (await ManagedUserAsync(actor, userId, ct) is not { } user)
        {
            return await RefuseAsync("Konto", userId, "Fick inte koppla SITHS", NotYours, ct);
        }

        if (await db.UserLogins.AnyAsync(l => l.LoginProvider == OidcSettings.Scheme && l.ProviderKey == hsaId, ct))
        {
            return new($"HSA-id {hsaId} är redan kopplat till ett konto.");
        }

        db.UserLogins.Add(new IdentityUserLogin<string> { LoginProvider = OidcSettings.Scheme, ProviderKey = hsaId, ProviderDisplayName = "SITHS", UserId = userId });
        Audit(AuditAction.Update, userId, $"Kopplade SITHS-identiteten {hsaId} till {user.Email}");
        await db.SaveChangesAsync(ct);
        return new(null, UserId: userId);
    }

    public async Task<AccountResult> UnlinkSithsAsync(Actor actor, string userId, string hsaId, CancellationToken ct = default)
    {
        if (await ManagedUserAsync(actor, userId, ct) is not { } user)
        {
            return await RefuseAsync("Konto", userId, "Fick inte ta bort SITHS-koppling", NotYours, ct);
        }

        var login = await db.UserLogins.SingleOrDefaultAsync(l => l.UserId == userId && l.LoginProvider == OidcSettings.Scheme && l.ProviderKey == hsaId, ct);
        if (login is null)
        {
            return new("Kopplingen finns inte.");
        }

        db.UserLogins.Remove(login);
        await EndSessionsAsync(user, ct);
        Audit(AuditAction.Update, userId, $"Tog bort SITHS-identiteten {hsaId} från {user.Email}");
        await db.SaveChangesAsync(ct);
        return new(null, UserId: userId);
    }

    /// <summary>The link behind a token, if it can still be used; else the Swedish reason it cannot.</summary>
    public async Task<(AccountLink? Link, string? Error)> CheckLinkAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return (null, "Länken är ogiltig.");
        }

        var hash = AccountLink.Hash(token);
        var link = await db.AccountLinks.SingleOrDefaultAsync(l => l.TokenHash == hash, ct);
        if (link is null)
        {
            return (null, "Länken är ogiltig. Be din administratör om en ny.");
        }

        if (link.UsedAt is not null)
        {
            return (link, "Länken är redan använd. Varje länk fungerar en gång; be din administratör om en ny.");
        }

        if (link.IsExpired(clock.GetCurrentInstant()))
        {
            return (link, "Länken har gått ut. Be din administratör om en ny.");
        }

        return (link, null);
    }

    /// <summary>Sets the password through an activation or reset link and uses the link up. A used or expired link is refused and audited.</summary>
    public async Task<AccountResult> UseLinkAsync(string? token, string password, CancellationToken ct = default)
    {
        var (link, error) = await CheckLinkAsync(token, ct);
        if (link is null || error is not null || link.UserId is null || link.Purpose == AccountLinkPurpose.Setup)
        {
            return await RefuseAsync("AccountLink", link?.Id.ToString() ?? "-", "Ogiltig, använd eller utgången kontolänk", error ?? "Länken är ogiltig.", ct);
        }

        var user = await users.FindByIdAsync(link.UserId);
        if (user is null || user.DeactivatedAt is not null)
        {
            return new("Kontot är inaktiverat. Kontakta din administratör.");
        }

        if (PasswordRules.Problem(password, user.Email) is { } problem)
        {
            return new(problem);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var set = user.PasswordHash is null ? await users.AddPasswordAsync(user, password) : Failed();
        if (!set.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            return new(Describe(set));
        }

        link.MarkUsed(clock.GetCurrentInstant());
        db.AuditEntries.Add(new AuditEntry(clock.GetCurrentInstant(), user.Id, user.DisplayName, user.OrganisationId, user.Role.ToString(),
            AuditAction.Update, "NarplanUser", user.Id, null, link.Purpose == AccountLinkPurpose.Activation ? "Aktiverade kontot med engångslänk" : "Valde nytt lösenord med engångslänk"));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new(null, UserId: user.Id);

        static IdentityResult Failed() => IdentityResult.Failed(new IdentityError { Code = "HasPassword", Description = "Kontot har redan ett lösenord. Be din administratör om en ny länk." });
    }

    /// <summary>A person's register role from the account role they get first.</summary>
    public static PersonRole PersonRoleOf(UserRole role) => role switch
    {
        UserRole.KommunNurse => PersonRole.Sjukskoterska,
        UserRole.Mas => PersonRole.Mas,
        UserRole.UnitManager => PersonRole.Enhetschef,
        UserRole.Doctor => PersonRole.Lakare,
        UserRole.CareCentreManager => PersonRole.Vardcentralschef,
        _ => PersonRole.Sektorchef,
    };

    public async Task<bool> MayManageAsync(Actor actor, string userId, CancellationToken ct = default)
    {
        var roles = await db.UserRoleAssignments.AsNoTracking().Where(r => r.UserId == userId).Select(r => new { r.Role, r.OrganisationId }).ToListAsync(ct);
        var ids = roles.Select(r => r.OrganisationId).Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        return AccessPolicy.MayManageAccount(actor, [.. roles.Select(r => ScopeOf(r.Role, organisations.GetValueOrDefault(r.OrganisationId)))]);
    }

    private async Task<NarplanUser?> ManagedUserAsync(Actor actor, string userId, CancellationToken ct) =>
        await MayManageAsync(actor, userId, ct) ? await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct) : null;

    /// <summary>Ends every session of the account now: a new security stamp, and the session rows go with this save.</summary>
    private async Task EndSessionsAsync(NarplanUser user, CancellationToken ct)
    {
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        db.UserSessions.RemoveRange(await db.UserSessions.Where(s => s.UserId == user.Id).ToListAsync(ct));
    }

    private async Task VoidLinksAsync(string userId, Instant now, CancellationToken ct)
    {
        foreach (var open in await db.AccountLinks.Where(l => l.UserId == userId && l.UsedAt == null).ToListAsync(ct))
        {
            open.MarkUsed(now);
        }
    }

    private void Audit(AuditAction action, string userId, string details)
    {
        var actor = auditActor.Current;
        db.AuditEntries.Add(new AuditEntry(clock.GetCurrentInstant(), actor.UserId, actor.UserName, actor.OrganisationId, actor.Role,
            action, "NarplanUser", userId, null, details));
    }

    /// <summary>Saves only a <see cref="AuditAction.Refused"/> row (nothing else is pending) and answers with the message.</summary>
    private async Task<AccountResult> RefuseAsync(string entityType, string entityId, string details, string message, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var actor = auditActor.Current;
        db.AuditEntries.Add(new AuditEntry(clock.GetCurrentInstant(), actor.UserId, actor.UserName, actor.OrganisationId, actor.Role,
            AuditAction.Refused, entityType, entityId.Length > 80 ? entityId[..80] : entityId, null, details));
        await db.SaveChangesAsync(ct);
        return new(message);
    }

    private static string Describe(IdentityResult result) =>
        string.Join(" ", result.Errors.Select(e => e.Code switch
        {
            "DuplicateEmail" or "DuplicateUserName" => "E-postadressen har redan ett konto.",
            "InvalidEmail" or "InvalidUserName" => "Ange en giltig e-postadress.",
            _ => e.Description,
        }).Distinct());
}
