namespace Narplan.Web.Tests.Patients;

internal static class PatientTestSupport
{
    public const string LidkopingNurse = "sjukskoterska@lidkoping.demo";

    /// <summary>The test-only nurse that <see cref="Infrastructure.AppFactoryExtensions.SignedInAsync"/> makes on first sign-in.</summary>
    public const string HerrljungaNurse = Infrastructure.AppFactoryExtensions.HerrljungaNurse;
}
