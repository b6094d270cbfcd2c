namespace Narplan.Web.Features.Account;

/// <summary>Puts the user's organisation, its kommun and the role into the sign-in cookie.</summary>
public sealed class NarplanClaimsFactory(
    UserManager<NarplanUser> users, IOptions<IdentityOptions> options, NarplanDbContext db)
    : UserClaimsPrincipalFactory<NarplanUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(NarplanUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == user.OrganisationId);
        Guid? kommunId = organisation switch
        {
            Kommun k => k.Id,
            RegionalUnit u => u.KommunId,
            _ => null,
        };
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role.ToString()));
        identity.AddClaim(new Claim(NarplanClaims.OrganisationIdType, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(NarplanClaims.OrganisationName, organisation.Name));
        identity.AddClaim(new Claim(NarplanClaims.DisplayName, user.DisplayName));
        if (kommunId is { } id)
        {
            identity.AddClaim(new Claim(NarplanClaims.KommunIdType, id.ToString()));
        }

        if (user.PersonId is { } person)
        {
            identity.AddClaim(new Claim(NarplanClaims.PersonIdType, person.ToString()));
        }

        return identity;
    }
}
