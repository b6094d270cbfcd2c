namespace Narplan.Web.Features.Demo;

/// <summary>
/// One fictional demo user per role. The README lists them; the app prints them at start in
/// Development. Created only when the demo data is loaded, and never in a database without it.
/// </summary>
public static class DemoUsers
{
    public const string Password = "Narplan-demo-2026";

    public sealed record DemoUser(string Email, string DisplayName, UserRole Role, string Organisation, string Description);

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("sjukskoterska@lidkoping.demo", "Ida Sjöström", UserRole.KommunNurse, "Lidköping", "Sjuksköterska, Lidköpings kommun"),
        new("mas@herrljunga.demo", "Lena Holm", UserRole.Mas, "Herrljunga", "MAS, Herrljunga kommun"),
        new("enhetschef@lidkoping.demo", "Tove Markström", UserRole.UnitManager, "Lidköping", "Enhetschef, Lidköpings kommun"),
        new("lakare@herrljunga-vc.demo", "Karin Åberg", UserRole.Doctor, "Närhälsan Herrljunga vårdcentral", "Läkare, Närhälsan Herrljunga vårdcentral"),
        new("vcchef@herrljunga-vc.demo", "Maria Ek", UserRole.CareCentreManager, "Närhälsan Herrljunga vårdcentral", "Vårdcentralschef, Närhälsan Herrljunga vårdcentral"),
        new("admin@narplan.demo", "Adam Admin", UserRole.Admin, "Västra Götalandsregionen", "Administratör"),
        new("koordinator@sodraalvsborg.demo", "Hanna Blom", UserRole.Coordinator, "Södra Älvsborg", "Koordinator, Närvårdskontoret Södra Älvsborg"),
    ];

    public static async Task EnsureAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<NarplanUser>>();
        var db = services.GetRequiredService<NarplanDbContext>();
        foreach (var demo in All)
        {
            var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Name == demo.Organisation);
            if (organisation is null)
            {
                continue;
            }

            if (await users.FindByEmailAsync(demo.Email) is { } existing)
            {
                await LinkAsync(db, existing, organisation.Id);
                continue;
            }

            var user = NarplanUser.WithEmail(demo.Email, demo.DisplayName, organisation.Id, demo.Role);
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Demo user could not be created: " + string.Join("; ", result.Errors.Select(e => e.Code)));
            }

            await LinkAsync(db, user, organisation.Id);
        }
    }

    /// <summary>
    /// The demo account belongs to its demo person (same name and organisation; made when the demo data has none) and
    /// holds its role as an assignment (issue 17.4–5). Idempotent, so an older demo database is brought up to date.
    /// </summary>
    private static async Task LinkAsync(NarplanDbContext db, NarplanUser user, Guid organisationId)
    {
        if (user.PersonId is null)
        {
            var person = await db.People.FirstOrDefaultAsync(p => p.Name == user.DisplayName && p.OrganisationId == organisationId);
            if (person is null)
            {
                person = new Person(user.DisplayName, user.Role.Swedish(), AccountAdministration.PersonRoleOf(user.Role), organisationId);
                db.People.Add(person);
            }

            var tracked = await db.Users.SingleAsync(u => u.Id == user.Id);
            tracked.PersonId = person.Id;
            user.PersonId = person.Id;
        }

        if (!await db.UserRoleAssignments.AnyAsync(r => r.UserId == user.Id && r.Role == user.Role && r.OrganisationId == user.OrganisationId))
        {
            db.UserRoleAssignments.Add(new UserRoleAssignment(user.Id, user.OrganisationId, user.Role, Instant.FromUtc(2026, 1, 1, 0, 0), "Demodata"));
        }

        await db.SaveChangesAsync();
    }
}
