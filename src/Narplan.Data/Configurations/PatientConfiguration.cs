namespace Narplan.Data.Configurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.HasAssignedKey(p => p.Id);
        builder.Property(p => p.StoredIdentityNumber).HasMaxLength(12).IsFixedLength().IsRequired();
        // One patient per identity number; the page checks first and turns a lost race into the same Swedish message.
        builder.HasIndex(p => p.StoredIdentityNumber).IsUnique();
        builder.HasRequiredText(Patient.MaxNameLength, p => p.Name);
        builder.HasText(Patient.MaxNameLength, p => p.RegularCareWorker);
        builder.Ignore(p => p.MaskedIdentityNumber);
        builder.Ignore(p => p.DisplayIdentityNumber);
        builder.Ignore(p => p.IsProtected);
        builder.Ignore(p => p.IsAlive);
        builder.HasOne<Kommun>().WithManyByKey(p => p.KommunId, DeleteBehavior.Restrict);
        builder.HasOne<CareUnit>().WithManyByKey(p => p.CareUnitId, DeleteBehavior.Restrict);
        builder.HasOne<RegionalUnit>().WithManyByKey(p => p.ListedCareCentreId, DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithManyByKey(p => p.RegularDoctorId, DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.KommunId, p.CareUnitId });

        builder.HasChildren(p => p.Events, e => e.PatientId).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasChildren(p => p.ListingOffers, o => o.PatientId).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasChildren(p => p.CareContacts, c => c.PatientId).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PatientEventConfiguration : IEntityTypeConfiguration<PatientEvent>
{
    public void Configure(EntityTypeBuilder<PatientEvent> builder)
    {
        builder.HasAssignedKey(e => e.Id);
        builder.HasText(1000, e => e.Note);
        builder.HasOne<CareUnit>().WithManyByKey(e => e.FromUnitId, DeleteBehavior.Restrict);
        builder.HasOne<CareUnit>().WithManyByKey(e => e.ToUnitId, DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PatientId, e.On });
    }
}

internal sealed class ListingOfferConfiguration : IEntityTypeConfiguration<ListingOffer>
{
    public void Configure(EntityTypeBuilder<ListingOffer> builder)
    {
        builder.HasAssignedKey(o => o.Id);
        builder.HasOne<RegionalUnit>().WithManyByKey(o => o.CareCentreId, DeleteBehavior.Restrict);
    }
}

internal sealed class PatientCareContactConfiguration : IEntityTypeConfiguration<PatientCareContact>
{
    public void Configure(EntityTypeBuilder<PatientCareContact> builder)
    {
        builder.HasAssignedKey(c => c.Id);
        builder.HasOne<Person>().WithManyByKey(c => c.PersonId, DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PatientId, c.PersonId }).IsUnique();
    }
}
