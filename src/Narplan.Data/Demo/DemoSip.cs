using Narplan.Domain.Sip;

namespace Narplan.Data.Demo;

/// <summary>
/// SIP demo data (issue 19 item 1), recorded through the domain rules as of <see cref="Today"/> so that every SIP list of
/// both demo kommuner has rows on the demo's "today" (early December 2026):
/// Lidköping — Sven Demoström (enrolled and discharged 2026-10-05, not yet offered SIP: "Erbjud SIP" overdue), Tolvan
/// Tolvansson (SIP held 2026-09-29 in SAMSA; one action overdue, follow-up 2026-12-08), Märta Fiktivsdotter (declined);
/// Herrljunga — Karl Exempelsson (offered 2026-11-10, no answer yet), Greta Påhittad (SIP in Teams 2026-10-26, an action
/// due 2026-12-07, follow-up 2027-01-26). Every name is invented.
/// </summary>
internal static class DemoSip
{
    private static readonly LocalDate Today = new(2026, 11, 24);

    public static async Task SeedIfMissingAsync(NarplanDbContext db, CancellationToken ct)
    {
        if (await db.Set<SipOffer>().AnyAsync(ct))
        {
            return;
        }

        var names = new[] { "Tolvan Tolvansson", "Märta Fiktivsdotter", "Karl Exempelsson", "Greta Påhittad" };
        var patients = await db.Patients.Where(p => names.Contains(p.Name)).ToListAsync(ct);
        SipOffer? Offer(string name, LocalDate on, string by)
        {
            if (patients.FirstOrDefault(p => p.Name == name) is not { } patient)
            {
                return null;
            }

            var offer = SipOffer.Offer(patient.Id, patient.KommunId, SipTrigger.JointPlanningNeed, null, on, on, by, Today);
            db.Add(offer);
            return offer;
        }

        if (Offer("Tolvan Tolvansson", new(2026, 9, 14), "Ida Sjöström") is { } tolvan)
        {
            tolvan.RecordAnswer(SipAnswer.Accepted, new(2026, 9, 16), Today);
            tolvan.PlanMeeting(new(2026, 9, 29), SipMeetingMode.Place, "Bäckliden, dagrummet", held: true, Today);
            tolvan.AddParticipant("Lidköpings kommun", "Sjuksköterska", "Ida Sjöström");
            tolvan.AddParticipant("Lidköpings kommun", "Arbetsterapeut", null);
            tolvan.AddParticipant("Närhälsan Lidköping vårdcentral", "Läkare", "Sofia Eriksson");
            var pain = tolvan.AddAction("Översyn av smärtlindringen", "Läkare, Närhälsan Lidköping vårdcentral", new(2026, 10, 31));
            tolvan.CompleteAction(pain.Id, new(2026, 10, 28), Today);
            tolvan.AddAction("Ny rullstol provas ut", "Arbetsterapeut, Lidköpings kommun", new(2026, 11, 27));
            tolvan.PlanFollowUp(new(2026, 12, 8));
            tolvan.SetExternalReference(SipExternalSystem.Samsa, "SIP-2026-0117");
        }

        Offer("Märta Fiktivsdotter", new(2026, 11, 18), "Rasmus Exempelsson")?.RecordAnswer(SipAnswer.Declined, new(2026, 11, 20), Today);

        Offer("Karl Exempelsson", new(2026, 11, 10), "Hedda Testberg");

        if (Offer("Greta Påhittad", new(2026, 10, 12), "Hedda Testberg") is { } greta)
        {
            greta.RecordAnswer(SipAnswer.Accepted, new(2026, 10, 14), Today);
            greta.PlanMeeting(new(2026, 10, 26), SipMeetingMode.Teams, null, held: true, Today);
            greta.AddParticipant("Herrljunga kommun", "Sjuksköterska", "Hedda Testberg");
            greta.AddParticipant("Närhälsan Herrljunga vårdcentral", "Läkare", "Karin Åberg");
            greta.AddParticipant("Anhörig", "Dotter", null);
            greta.AddAction("Samtal med anhöriga om fortsatt boende", "Enhetschef, Herrljunga kommun", new(2026, 12, 7));
            greta.PlanFollowUp(new(2027, 1, 26));
            greta.SetExternalReference(SipExternalSystem.Samsa, "SIP-2026-0203");
        }
    }
}
