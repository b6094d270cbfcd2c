using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Domain.Calendars;
using Narplan.Domain.OnCall;
using Narplan.Domain.Tests;
using Narplan.Web.Features.OnCall;
using Narplan.Web.Features.Patients;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.Patients;

/// <summary>Issue 4 item 3: who answers for a patient, through the same resolver as the unit page.</summary>
public class PatientOnCallTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 11, 24, 12, 0));

    private static Instant Local(LocalDate date, int hour) => date.At(new LocalTime(hour, 0)).InZoneStrictly(Stockholm.Zone).ToInstant();

    private async Task<PatientOnCall> ForPatientAsync(Guid patientId, Instant at)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<OnCallService>().ForPatientAsync(patientId, at))!;
    }

    /// <summary>Gives Elsa Testsson (Hemvårdsområde Norr, fast läkarkontakt Sofia Eriksson) a stay at <paramref name="unit"/>.</summary>
    private async Task<Guid> ElsaWithStayAsync(string unit, LocalDate first, LocalDate last)
    {
        var id = await _app.PatientIdAsync("Elsa Testsson");
        await _app.WithDbAsync(async db =>
        {
            var patient = await db.Patients.Include(p => p.Events).SingleAsync(p => p.Id == id);
            if (patient.ShortTermStayOn(first) is null)
            {
                var stayUnit = await db.CareUnits.SingleAsync(u => u.Name == unit);
                patient.StartShortTermStay(stayUnit, first, last, null, 24.November(2026));
                patient.Touch();
                await db.SaveChangesAsync();
            }

            return 0;
        });
        return id;
    }

    [Fact]
    public async Task AKorttidsStayShouldBeAnsweredByTheKorttidsUnitsVardcentralOnAWeekday()
    {
        var id = await ElsaWithStayAsync("Korttidsenheten Fregatten", 15.June(2026), 26.June(2026));

        var during = await ForPatientAsync(id, Local(18.June(2026), 10));
        var before = await ForPatientAsync(id, Local(12.June(2026), 10));

        Assert.Equal((PatientRouteReason.ShortTermCare, "Korttidsenheten Fregatten"), (during.Route.Reason, during.OnCall.Unit.Unit.Name));
        Assert.Equal((ResponderKind.Vardcentral, "Oskar Wallin"), (during.OnCall.Answer.Kind, during.OnCall.Answer.DoctorName));
        Assert.Equal("Korttidsenheten Fregatten", during.StayUnitName);
        Assert.Equal((PatientRouteReason.OwnUnit, "Hemvårdsområde Norr"), (before.Route.Reason, before.OnCall.Unit.Unit.Name));
        Assert.Equal("Sofia Eriksson", before.OnCall.Answer.DoctorName);
    }

    [Fact]
    public async Task OnMidsummerEveDuringAStayTheBeredskapsjourShouldAnswerForTheKorttidsUnit()
    {
        var id = await ElsaWithStayAsync("Korttidsenheten Fregatten", 15.June(2026), 26.June(2026));

        var answer = await ForPatientAsync(id, Local(19.June(2026), 10));

        Assert.Equal(PatientRouteReason.ShortTermCare, answer.Route.Reason);
        Assert.Equal(ResponderKind.Beredskapsjour, answer.OnCall.Answer.Kind);
        Assert.Equal(Local(22.June(2026), 8), answer.OnCall.Answer.Until);
    }

    [Fact]
    public async Task AVaxelvardStayShouldKeepThePatientsOrdinaryDoctor()
    {
        var id = await ElsaWithStayAsync("Galeasen", 1.September(2026), 11.September(2026));

        var answer = await ForPatientAsync(id, Local(8.September(2026), 10));

        Assert.Equal(PatientRouteReason.RespiteKeepsRegularDoctor, answer.Route.Reason);
        Assert.Equal("Galeasen", answer.StayUnitName);
        Assert.Equal("Hemvårdsområde Norr", answer.OnCall.Unit.Unit.Name);
        Assert.Equal("Sofia Eriksson", answer.OnCall.Answer.DoctorName);
    }

    [Fact]
    public async Task ThePatientPageShouldSayWhoToCallForThePatient()
    {
        var id = await _app.PatientIdAsync("Karl Exempelsson");
        var client = await _app.SignedInAsync(PatientTestSupport.LidkopingNurse.Replace("sjukskoterska@lidkoping", "mas@herrljunga"));

        var page = await client.GetStringAsync(PatientPage.Url(id));

        Assert.Contains("Vem ringer jag för den här patienten?", page);
        Assert.Contains("Svaret gäller patientens enhet, Hagagården.", page);
        Assert.Contains("tel:", page);
    }
}
