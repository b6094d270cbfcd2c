using Narplan.Domain.Palliative;
using Narplan.Domain.Tests.OnCall;

namespace Narplan.Domain.Tests.Palliative;

public class CareCertificateRequestTests
{
    [Fact]
    public void ShouldLetTheNurseInitiateAndTheDoctorAssessOnce()
    {
        var request = new CareCertificateRequest(24.November(2026).At(21, 0), "Karin Berg", "Beredskapsläkare", "Akut förvirring, vägrar all vård");

        request.RecordAssessment(24.November(2026).At(22, 30), certificateWritten: true);

        Assert.True(request.CertificateWritten);
        Assert.Equal(24.November(2026).At(22, 30), request.AssessedAt);
        Assert.Throws<DomainException>(() => request.RecordAssessment(24.November(2026).At(23, 0), false));
    }

    [Fact]
    public void ShouldRefuseAnAssessmentBeforeTheRequestAndARequestWithoutReason()
    {
        var request = new CareCertificateRequest(24.November(2026).At(21, 0), "Karin Berg", "Anna Läkare", "Behov av bedömning");

        Assert.Throws<DomainException>(() => request.RecordAssessment(24.November(2026).At(20, 0), true));
        Assert.Null(request.AssessedAt);
        Assert.Equal(
            "Beskriv varför vårdintyg behövs.",
            Assert.Throws<DomainException>(() => new CareCertificateRequest(24.November(2026).At(21, 0), "Karin Berg", "Anna Läkare", "")).Message);
    }
}
