using Narplan.Domain.Vaccination;

namespace Narplan.Data.Configurations;

internal sealed class VaccinationCampaignConfiguration : IEntityTypeConfiguration<VaccinationCampaign>
{
    public void Configure(EntityTypeBuilder<VaccinationCampaign> builder)
    {
        builder.ToTable("VaccinationCampaigns");
        builder.HasAssignedKey(c => c.Id);
        builder.Ignore(c => c.Name);
        builder.Ignore(c => c.VaccinesText);
        builder.Ignore(c => c.PeriodText);
        builder.HasOne<Kommun>().WithManyByKey(c => c.KommunId, DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.KommunId, c.StartsOn });
    }
}

internal sealed class VaccineOrderConfiguration : IEntityTypeConfiguration<VaccineOrder>
{
    public void Configure(EntityTypeBuilder<VaccineOrder> builder)
    {
        builder.ToTable("VaccineOrders");
        builder.HasAssignedKey(o => o.Id);
        builder.HasRequiredText(VaccineOrder.MaxNameLength, o => o.OrderedBy);
        builder.HasText(VaccineOrder.MaxNameLength, o => o.ConfirmedBy);
        builder.Ignore(o => o.IsConfirmed);
        builder.Ignore(o => o.TotalDoses);
        builder.HasOne<VaccinationCampaign>().WithManyByKey(o => o.CampaignId, DeleteBehavior.Cascade);
        builder.HasOne<Kommun>().WithManyByKey(o => o.KommunId, DeleteBehavior.Restrict);
        builder.HasOne<CareUnit>().WithManyByKey(o => o.CareUnitId, DeleteBehavior.Restrict);
        builder.HasOne<RegionalUnit>().WithManyByKey(o => o.CareCentreId, DeleteBehavior.Restrict);
        // One order per unit and campaign: a second order changes the first.
        builder.HasIndex(o => new { o.CampaignId, o.CareUnitId }).IsUnique();
        builder.HasIndex(o => new { o.CareCentreId, o.ConfirmedOn });
    }
}

internal sealed class VaccinationDoseConfiguration : IEntityTypeConfiguration<VaccinationDose>
{
    public void Configure(EntityTypeBuilder<VaccinationDose> builder)
    {
        builder.ToTable("VaccinationDoses");
        builder.HasAssignedKey(d => d.Id);
        builder.HasRequiredText(VaccinationDose.MaxNameLength, d => d.GivenBy);
        builder.HasText(VaccinationDose.MaxNameLength, d => d.DocumentationSentBy, d => d.RegisteredBy);
        builder.Ignore(d => d.DocumentationDueOn);
        builder.Ignore(d => d.IsDocumentationSent);
        builder.Ignore(d => d.IsRegistered);
        builder.Ignore(d => d.WasDocumentedOnTime);
        builder.Ignore(d => d.AwaitsRegistration);
        builder.HasOne<Patient>().WithManyByKey(d => d.PatientId, DeleteBehavior.Cascade);
        builder.HasOne<VaccinationCampaign>().WithManyByKey(d => d.CampaignId, DeleteBehavior.Restrict);
        builder.HasOne<Kommun>().WithManyByKey(d => d.KommunId, DeleteBehavior.Restrict);
        builder.HasOne<CareUnit>().WithManyByKey(d => d.CareUnitId, DeleteBehavior.Restrict);
        builder.HasOne<RegionalUnit>().WithManyByKey(d => d.CareCentreId, DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.CampaignId, d.CareUnitId });
        builder.HasIndex(d => new { d.KommunId, d.DocumentationSentOn });
        builder.HasIndex(d => new { d.CareCentreId, d.RegisteredOn });
    }
}
