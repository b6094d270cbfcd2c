namespace Narplan.Data.Configurations;

internal static class PalliativeColumns
{
    public const int Name = 200;
    public const int Text = 2000;
}

/// <summary>
/// The palliative course and everything it owns (decision 0087). The owned parts keep the tables they had as separate
/// entities before migration PalliativeCourseAggregate, each with its PatientId now pointing at the course.
/// </summary>
internal sealed class PalliativeCourseConfiguration : IEntityTypeConfiguration<PalliativeCourse>
{
    public void Configure(EntityTypeBuilder<PalliativeCourse> builder)
    {
        builder.ToTable("PalliativeCourses");
        builder.HasAssignedKey(c => c.PatientId);
        builder.HasOne<Patient>().WithOne().HasForeignKey<PalliativeCourse>(c => c.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(c => c.CarePlan);
        builder.Ignore(c => c.HadBreakpointConversation);
        builder.Ignore(c => c.ExaminationDelegation);

        builder.OwnsMany(c => c.Decisions, d =>
        {
            Entry(d, "EndOfLifeDecisions");
            d.Property(r => r.DoctorName).HasMaxLength(PalliativeColumns.Name).IsRequired();
            d.Property(r => r.NurseName).HasMaxLength(PalliativeColumns.Name).IsRequired();
            d.Property(r => r.Note).HasMaxLength(PalliativeColumns.Text);
        });

        builder.OwnsMany(c => c.Ordinations, o =>
        {
            Entry(o, "SafetyMedications");
            o.Property(r => r.OrderedBy).HasMaxLength(PalliativeColumns.Name).IsRequired();
            o.Property(r => r.Medications).HasMaxLength(PalliativeColumns.Text);
            o.Property(r => r.StartedBy).HasMaxLength(PalliativeColumns.Name);
            o.Ignore(r => r.Started);
            o.OwnsMany(r => r.DoctorContacts, c =>
            {
                c.ToTable("SafetyMedicationContacts");
                c.WithOwner().HasForeignKey("OrderId");
                c.HasKey(r => r.Id);
                c.Property(r => r.Id).ValueGeneratedNever();
                c.Property(r => r.DoctorName).HasMaxLength(PalliativeColumns.Name).IsRequired();
                c.Property(r => r.Note).HasMaxLength(PalliativeColumns.Text);
                c.Ignore(r => r.Date);
                c.HasIndex(r => r.PatientId);
            });
            o.Navigation(r => r.DoctorContacts).HasField("_doctorContacts").UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        builder.OwnsMany(c => c.Conversations, b =>
        {
            Entry(b, "BreakpointConversations");
            b.Property(r => r.DoctorName).HasMaxLength(PalliativeColumns.Name).IsRequired();
            b.Property(r => r.Participants)
                .HasConversion(
                    v => string.Join("\n", v),
                    v => v.Split('\n', StringSplitOptions.None),
                    new ValueComparer<IReadOnlyList<string>>(
                        (a, z) => a!.SequenceEqual(z!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))), v => v.ToArray()))
                .HasMaxLength(PalliativeColumns.Text)
                .IsRequired();
            b.Property(r => r.Note).HasMaxLength(PalliativeColumns.Text);
        });

        builder.OwnsMany(c => c.CarePlans, p =>
        {
            Entry(p, "CarePlans");
            p.Property(r => r.Strategy).HasMaxLength(PalliativeColumns.Text).IsRequired();
            p.Property(r => r.ContinuedMedication).HasMaxLength(PalliativeColumns.Text).IsRequired();
            p.Property(r => r.SafetyMedication).HasMaxLength(PalliativeColumns.Text).IsRequired();
            p.Property(r => r.MeasuresAtInfection).HasMaxLength(PalliativeColumns.Text).IsRequired();
            p.Property(r => r.MeasuresAtReducedIntake).HasMaxLength(PalliativeColumns.Text).IsRequired();
            p.Property(r => r.DoctorName).HasMaxLength(PalliativeColumns.Name).IsRequired();
            p.Ignore(r => r.UpdatedOn);
        });

        builder.OwnsMany(c => c.Delegations, d =>
        {
            Entry(d, "DeathDelegations");
            d.Property(r => r.DoctorName).HasMaxLength(PalliativeColumns.Name).IsRequired();
            d.Property(r => r.NurseName).HasMaxLength(PalliativeColumns.Name).IsRequired();
        });

        builder.OwnsOne(c => c.Death, d =>
        {
            d.ToTable("Deaths");
            d.WithOwner().HasForeignKey(r => r.PatientId);
            d.HasKey(r => r.Id);
            d.Property(r => r.Id).ValueGeneratedNever();
            // One death per patient.
            d.HasIndex(r => r.PatientId).IsUnique();
            d.Property(r => r.ExaminingNurse).HasMaxLength(PalliativeColumns.Name);
            d.Property(r => r.EstablishedByDoctor).HasMaxLength(PalliativeColumns.Name);
            d.Property(r => r.EstablishingCareCentreName).HasMaxLength(PalliativeColumns.Name);
            d.HasIndex(r => r.DelegationId);
            d.HasOne<RegionalUnit>().WithMany().HasForeignKey(r => r.EstablishingCareCentreId).OnDelete(DeleteBehavior.Restrict);
            d.Ignore(r => r.DiedOn);
            d.Ignore(r => r.RequiresPolice);
            d.Ignore(r => r.NurseExamination);
            d.Ignore(r => r.Establishment);
            d.Ignore(r => r.LastWeek);
        });

        builder.OwnsMany(c => c.Tasks, t =>
        {
            Entry(t, "DeathTasks");
            t.Property(r => r.AssigneeName).HasMaxLength(PalliativeColumns.Name).IsRequired();
            t.Property(r => r.CareCentreName).HasMaxLength(PalliativeColumns.Name);
            t.Ignore(r => r.Title);
            t.Ignore(r => r.CareCentre);
            t.Ignore(r => r.IsCompleted);
            t.HasIndex(r => new { r.CareCentreId, r.DueOn });
            t.HasOne<RegionalUnit>().WithMany().HasForeignKey(r => r.CareCentreId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.OwnsMany(c => c.CareCertificateRequests, r =>
        {
            Entry(r, "CareCertificateRequests");
            r.Property(x => x.NurseName).HasMaxLength(PalliativeColumns.Name).IsRequired();
            r.Property(x => x.DoctorName).HasMaxLength(PalliativeColumns.Name).IsRequired();
            r.Property(x => x.Reason).HasMaxLength(PalliativeColumns.Text).IsRequired();
        });

        foreach (var navigation in new[]
                 {
                     nameof(PalliativeCourse.Decisions), nameof(PalliativeCourse.Ordinations), nameof(PalliativeCourse.Conversations),
                     nameof(PalliativeCourse.CarePlans), nameof(PalliativeCourse.Delegations), nameof(PalliativeCourse.Tasks),
                     nameof(PalliativeCourse.CareCertificateRequests),
                 })
        {
            builder.Navigation(navigation).HasField("_" + char.ToLowerInvariant(navigation[0]) + navigation[1..]).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }

    /// <summary>An owned part in its own table, keyed by its id, pointing at the course by PatientId.</summary>
    private static void Entry<T>(OwnedNavigationBuilder<PalliativeCourse, T> owned, string table)
        where T : class, IPatientData
    {
        owned.ToTable(table);
        owned.WithOwner().HasForeignKey(nameof(IPatientData.PatientId));
        owned.HasKey("Id");
        owned.Property<Guid>("Id").ValueGeneratedNever();
    }
}
