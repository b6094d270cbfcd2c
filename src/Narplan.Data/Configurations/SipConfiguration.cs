using Narplan.Domain.Sip;

namespace Narplan.Data.Configurations;

internal sealed class SipOfferConfiguration : IEntityTypeConfiguration<SipOffer>
{
    public void Configure(EntityTypeBuilder<SipOffer> builder)
    {
        builder.ToTable("SipOffers");
        builder.HasAssignedKey(o => o.Id);
        builder.Property(o => o.OfferedBy).HasMaxLength(SipOffer.MaxNameLength).IsRequired();
        builder.Property(o => o.MeetingPlace).HasMaxLength(SipOffer.MaxNameLength);
        builder.Property(o => o.ExternalReference).HasMaxLength(SipOffer.MaxReferenceLength);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.IsAwaitingAnswer);
        builder.Ignore(o => o.AnswerDueOn);
        builder.Ignore(o => o.IsFollowUpOpen);
        builder.HasOne<Patient>().WithManyByKey(o => o.PatientId, DeleteBehavior.Cascade);
        builder.HasOne<Kommun>().WithManyByKey(o => o.KommunId, DeleteBehavior.Restrict);
        builder.HasMany(o => o.Participants).WithOne().HasForeignKey(p => p.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Participants).HasField("_participants").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(o => o.Actions).WithOne().HasForeignKey(a => a.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Actions).HasField("_actions").UsePropertyAccessMode(PropertyAccessMode.Field);
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
        builder.Property(p => p.Organisation).HasMaxLength(SipOffer.MaxNameLength).IsRequired();
        builder.Property(p => p.Role).HasMaxLength(SipOffer.MaxNameLength).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(SipOffer.MaxNameLength);
        builder.HasIndex(p => p.PatientId);
    }
}

internal sealed class SipActionConfiguration : IEntityTypeConfiguration<SipAction>
{
    public void Configure(EntityTypeBuilder<SipAction> builder)
    {
        builder.ToTable("SipActions");
        builder.HasAssignedKey(a => a.Id);
        builder.Property(a => a.Description).HasMaxLength(SipOffer.MaxTextLength).IsRequired();
        builder.Property(a => a.Owner).HasMaxLength(SipOffer.MaxNameLength).IsRequired();
        builder.Ignore(a => a.IsDone);
        builder.HasIndex(a => new { a.PatientId, a.DueOn });
    }
}
