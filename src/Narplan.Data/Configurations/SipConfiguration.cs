using Narplan.Domain.Sip;

namespace Narplan.Data.Configurations;

internal sealed class SipOfferConfiguration : IEntityTypeConfiguration<SipOffer>
{
    public void Configure(EntityTypeBuilder<SipOffer> builder)
    {
        builder.ToTable("SipOffers");
        builder.HasAssignedKey(o => o.Id);
        builder.HasRequiredText(SipOffer.MaxNameLength, o => o.OfferedBy);
        builder.HasText(SipOffer.MaxNameLength, o => o.MeetingPlace);
        builder.HasText(SipOffer.MaxReferenceLength, o => o.ExternalReference);
        builder.Ignore(o => o.IsAwaitingAnswer);
        builder.Ignore(o => o.AnswerDueOn);
        builder.Ignore(o => o.IsFollowUpOpen);
        builder.HasOne<Patient>().WithManyByKey(o => o.PatientId, DeleteBehavior.Cascade);
        builder.HasOne<Kommun>().WithManyByKey(o => o.KommunId, DeleteBehavior.Restrict);
        builder.HasChildren(o => o.Participants, p => p.OfferId).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasChildren(o => o.Actions, a => a.OfferId).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(o => o.PatientId);
        builder.HasIndex(o => new { o.KommunId, o.OfferedOn });
        builder.HasIndex(o => o.TriggerEventId);
    }
}

internal sealed class SipParticipantConfiguration : IEntityTypeConfiguration<SipParticipant>
{
    public void Configure(EntityTypeBuilder<SipParticipant> builder)
    {
        builder.ToTable("SipParticipants");
        builder.HasAssignedKey(p => p.Id);
        builder.HasRequiredText(SipOffer.MaxNameLength, p => p.Organisation, p => p.Role);
        builder.HasText(SipOffer.MaxNameLength, p => p.Name);
        builder.HasIndex(p => p.PatientId);
    }
}

internal sealed class SipActionConfiguration : IEntityTypeConfiguration<SipAction>
{
    public void Configure(EntityTypeBuilder<SipAction> builder)
    {
        builder.ToTable("SipActions");
        builder.HasAssignedKey(a => a.Id);
        builder.HasRequiredText(SipOffer.MaxTextLength, a => a.Description);
        builder.HasRequiredText(SipOffer.MaxNameLength, a => a.Owner);
        builder.Ignore(a => a.IsDone);
        builder.HasIndex(a => new { a.PatientId, a.DueOn });
    }
}
