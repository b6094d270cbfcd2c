using System.Security.Claims;
using Narplan.Domain.Access;
using Narplan.Domain.Organisations;
using Narplan.Domain.Patients;
using Narplan.Domain.Places;
using Narplan.Domain.Tests;
using Narplan.Web.Features.Account;
using Narplan.Web.Features.Patients;

namespace Narplan.Web.Tests.Patients;

/// <summary>Who may see a patient (decision 0022), as facts about one patient and a few users.</summary>
public class PatientAccessRulesTests
{
    private static readonly Region Vgr = new("Västra Götalandsregionen", "VGR", Narplan.Domain.Acute.DecisionSupportProfileKey.Vgr);
    private static readonly Kommun Lidkoping = new(Vgr, null, "Lidköping");
    private static readonly Kommun Herrljunga = new(Vgr, null, "Herrljunga");
    private static readonly CareUnit HomeSouth = new(Lidkoping, "Hemvårdsområde Söder", CareUnitType.OrdinartBoende, 110);
    private static readonly Guid Guldvingen = Guid.NewGuid();
    private static readonly Guid NarhalsanLidkoping = Guid.NewGuid();

    private static readonly Patient Patient = Narplan.Domain.Patients.Patient.Enrol(
        IdentityNumber.ParseOrThrow("19121212-1212", 24.November(2026)), "Tolvan Tolvansson", HomeSouth, 1.March(2026),
        Guldvingen, 24.November(2026), listedCareCentreId: Guldvingen);

    private static ClaimsPrincipal User(UserRole role, Guid organisation, Guid? kommun = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Role, role.ToString()), new(NarplanClaims.OrganisationIdType, organisation.ToString()) };
        if (kommun is { } k)
        {
            claims.Add(new(NarplanClaims.KommunIdType, k.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    [Fact]
    public void TheKommunsOwnNurseShouldSeeThePatientAndAnotherKommunsShouldNot()
    {
        Assert.True(PatientAccess.CanSee(User(UserRole.KommunNurse, Lidkoping.Id, Lidkoping.Id), Patient, Guldvingen));
        Assert.False(PatientAccess.CanSee(User(UserRole.KommunNurse, Herrljunga.Id, Herrljunga.Id), Patient, Guldvingen));
    }

    [Fact]
    public void AKorttidsVardcentralsDoctorShouldSeeThePatientOnlyDuringTheStay()
    {
        var doctor = User(UserRole.Doctor, NarhalsanLidkoping);

        Assert.False(PatientAccess.CanSee(doctor, Patient, Guldvingen));
        Assert.True(PatientAccess.CanSee(doctor, Patient, Guldvingen, stayCareCentreId: NarhalsanLidkoping));
    }

    [Fact]
    public void TheListedVardcentralsDoctorShouldSeeThePatient() =>
        Assert.True(PatientAccess.CanSee(User(UserRole.Doctor, Guldvingen), Patient, unitCareCentreId: null));
}
