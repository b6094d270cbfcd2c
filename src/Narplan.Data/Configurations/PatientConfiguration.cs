using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Narplan.Domain.Organisations;
using Narplan.Domain.Patients;
using Narplan.Domain.People;
using Narplan.Domain.Places;

namespace Narplan.Data.Configurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.StoredIdentityNumber).HasMaxLength(12).IsFixedLength().IsRequired();
        // One patient per identity number; the page checks first and turns a lost race into the same Swedish message.
        builder.HasIndex(p => p.StoredIdentityNumber).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(Patient.MaxNameLength).IsRequired();
        builder.Property(p => p.RegularCareWorker).HasMaxLength(Patient.MaxNameLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.MaskedIdentityNumber);
        builder.Ignore(p => p.DisplayIdentityNumber);
        builder.Ignore(p => p.IsProtected);
        builder.Ignore(p => p.IsAlive);
        builder.HasOne<Kommun>().WithMany().HasForeignKey(p => p.KommunId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CareUnit>().WithMany().HasForeignKey(p => p.CareUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RegionalUnit>().WithMany().HasForeignKey(p => p.ListedCareCentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.RegularDoctorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.KommunId, p.CareUnitId });

        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.ListingOffers).WithOne().HasForeignKey(o => o.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.ListingOffers).HasField("_listingOffers").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.CareContacts).WithOne().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.CareContacts).HasField("_careContacts").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PatientEventConfiguration : IEntityTypeConfiguration<PatientEvent>
{
    public void Configure(EntityTypeBuilder<PatientEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Note).HasMaxLength(1000);
        builder.HasOne<CareUnit>().WithMany().HasForeignKey(e => e.FromUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CareUnit>().WithMany().HasForeignKey(e => e.ToUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PatientId, e.On });
    }
}

internal sealed class ListingOfferConfiguration : IEntityTypeConfiguration<ListingOffer>
{
    public void Configure(EntityTypeBuilder<ListingOffer> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.HasOne<RegionalUnit>().WithMany().HasForeignKey(o => o.CareCentreId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PatientCareContactConfiguration : IEntityTypeConfiguration<PatientCareContact>
{
    public void Configure(EntityTypeBuilder<PatientCareContact> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PatientId, c.PersonId }).IsUnique();
    }
}
