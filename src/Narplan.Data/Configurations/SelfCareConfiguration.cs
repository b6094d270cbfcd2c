using Narplan.Domain.SelfCare;

namespace Narplan.Data.Configurations;

internal sealed class SelfCareCertificateConfiguration : IEntityTypeConfiguration<SelfCareCertificate>
{
    public void Configure(EntityTypeBuilder<SelfCareCertificate> builder)
    {
        builder.ToTable("SelfCareCertificates");
        builder.HasAssignedKey(c => c.Id);
        builder.HasRequiredText(SelfCareCertificate.MaxNameLength, c => c.WrittenBy);
        builder.HasText(SelfCareCertificate.MaxNameLength, c => c.LastFollowUpBy);
        builder.HasRequiredText(SelfCareCertificate.MaxCoversLength, c => c.Covers);
        builder.Ignore(c => c.IsActive);
        builder.Ignore(c => c.FollowUpDueOn);
        builder.HasOne<Patient>().WithManyByKey(c => c.PatientId, DeleteBehavior.Cascade);
        builder.HasOne<Kommun>().WithManyByKey(c => c.KommunId, DeleteBehavior.Restrict);
        builder.HasOne<RegionalUnit>().WithManyByKey(c => c.CareCentreId, DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.CareCentreId, c.EndedOn });
        builder.HasIndex(c => new { c.KommunId, c.EndedOn });
    }
}
