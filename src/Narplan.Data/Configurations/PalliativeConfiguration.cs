using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Narplan.Domain.Organisations;
using Narplan.Domain.Palliative;
using Narplan.Domain.Patients;

namespace Narplan.Data.Configurations;

internal static class PalliativeColumns
{
    public const int Name = 200;
    public const int Text = 2000;
}

internal sealed class EndOfLifeDecisionRecordConfiguration : IEntityTypeConfiguration<EndOfLifeDecisionRecord>
{
    public void Configure(EntityTypeBuilder<EndOfLifeDecisionRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.DoctorName).HasMaxLength(PalliativeColumns.Name).IsRequired();
        builder.Property(r => r.NurseName).HasMaxLength(PalliativeColumns.Name).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(PalliativeColumns.Text);
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SafetyMedicationRecordConfiguration : IEntityTypeConfiguration<SafetyMedicationRecord>
{
    public void Configure(EntityTypeBuilder<SafetyMedicationRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.OrderedBy).HasMaxLength(PalliativeColumns.Name).IsRequired();
        builder.Property(r => r.Medications).HasMaxLength(PalliativeColumns.Text);
        builder.Property(r => r.StartedBy).HasMaxLength(PalliativeColumns.Name);
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Contacts).WithOne().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Contacts).HasField("_contacts").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SafetyMedicationContactRecordConfiguration : IEntityTypeConfiguration<SafetyMedicationContactRecord>
{
    public void Configure(EntityTypeBuilder<SafetyMedicationContactRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.DoctorName).HasMaxLength(PalliativeColumns.Name).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(PalliativeColumns.Text);
        builder.HasIndex(r => r.PatientId);
    }
}

internal sealed class BreakpointConversationRecordConfiguration : IEntityTypeConfiguration<BreakpointConversationRecord>
{
    public void Configure(EntityTypeBuilder<BreakpointConversationRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.DoctorName).HasMaxLength(PalliativeColumns.Name).IsRequired();
        builder.Property(r => r.Participants).HasMaxLength(PalliativeColumns.Text).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(PalliativeColumns.Text);
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CarePlanRecordConfiguration : IEntityTypeConfiguration<CarePlanRecord>
{
    public void Configure(EntityTypeBuilder<CarePlanRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Strategy).HasMaxLength(PalliativeColumns.Text).IsRequired();
        builder.Property(r => r.ContinuedMedication).HasMaxLength(PalliativeColumns.Text).IsRequired();
        builder.Property(r => r.SafetyMedication).HasMaxLength(PalliativeColumns.Text).IsRequired();
        builder.Property(r => r.MeasuresAtInfection).HasMaxLength(PalliativeColumns.Text).IsRequired();
        builder.Property(r => r.MeasuresAtReducedIntake).HasMaxLength(PalliativeColumns.Text).IsRequired();
        builder.Property(r => r.DoctorName).HasMaxLength(PalliativeColumns.Name).IsRequired();
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeathDelegationRecordConfiguration : IEntityTypeConfiguration<DeathDelegationRecord>
{
    public void Configure(EntityTypeBuilder<DeathDelegationRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.DoctorName).HasMaxLength(PalliativeColumns.Name).IsRequired();
        builder.Property(r => r.NurseName).HasMaxLength(PalliativeColumns.Name).IsRequired();
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeathRecordConfiguration : IEntityTypeConfiguration<DeathRecord>
{
    public void Configure(EntityTypeBuilder<DeathRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.ExaminingNurse).HasMaxLength(PalliativeColumns.Name);
        builder.Property(r => r.EstablishedByDoctor).HasMaxLength(PalliativeColumns.Name);
        builder.Ignore(r => r.RequiresPolice);
        // One death per patient.
        builder.HasIndex(r => r.PatientId).IsUnique();
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DeathDelegationRecord>().WithMany().HasForeignKey(r => r.DelegationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RegionalUnit>().WithMany().HasForeignKey(r => r.EstablishingCareCentreId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeathTaskRecordConfiguration : IEntityTypeConfiguration<DeathTaskRecord>
{
    public void Configure(EntityTypeBuilder<DeathTaskRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.AssigneeName).HasMaxLength(PalliativeColumns.Name).IsRequired();
        builder.Ignore(r => r.Title);
        builder.HasIndex(r => new { r.CareCentreId, r.DueOn });
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RegionalUnit>().WithMany().HasForeignKey(r => r.CareCentreId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CareCertificateRequestRecordConfiguration : IEntityTypeConfiguration<CareCertificateRequestRecord>
{
    public void Configure(EntityTypeBuilder<CareCertificateRequestRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.NurseName).HasMaxLength(PalliativeColumns.Name).IsRequired();
        builder.Property(r => r.DoctorName).HasMaxLength(PalliativeColumns.Name).IsRequired();
        builder.Property(r => r.Reason).HasMaxLength(PalliativeColumns.Text).IsRequired();
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}
