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
            d.HasRequiredText(PalliativeColumns.Name, r => r.DoctorName, r => r.NurseName);
            d.HasText(PalliativeColumns.Text, r => r.Note);
        });

        builder.OwnsMany(c => c.Ordinations, o =>
        {
            Entry(o, "SafetyMedications");
            o.HasRequiredText(PalliativeColumns.Name, r => r.OrderedBy);
            o.HasText(PalliativeColumns.Text, r => r.Medications);
            o.HasText(PalliativeColumns.Name, r => r.StartedBy);
            o.Ignore(r => r.Started);
            o.OwnsMany(r => r.DoctorContacts, c =>
            {
                c.InOwnTable("SafetyMedicationContacts", "OrderId");
                c.HasRequiredText(PalliativeColumns.Name, r => r.DoctorName);
                c.HasText(PalliativeColumns.Text, r => r.Note);
                c.Ignore(r => r.Date);
                c.HasIndex(r => r.PatientId);
            });
            o.Navigation(r => r.DoctorContacts).HasField("_doctorContacts").UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        builder.OwnsMany(c => c.Conversations, b =>
        {
            Entry(b, "BreakpointConversations");
            b.HasRequiredText(PalliativeColumns.Name, r => r.DoctorName);
            b.Property(r => r.Participants)
                .HasConversion(
                    v => string.Join("\n", v),
                    v => v.Split('\n', StringSplitOptions.None),
                    new ValueComparer<IReadOnlyList<string>>(
                        (a, z) => a!.SequenceEqual(z!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))), v => v.ToArray()))
                .HasMaxLength(PalliativeColumns.Text)
                .IsRequired();
            b.HasText(PalliativeColumns.Text, r => r.Note);
        });

        builder.OwnsMany(c => c.CarePlans, p =>
        {
            Entry(p, "CarePlans");
            p.HasRequiredText(PalliativeColumns.Text, r => r.Strategy, r => r.ContinuedMedication, r => r.SafetyMedication, r => r.MeasuresAtInfection, r => r.MeasuresAtReducedIntake);
            p.HasRequiredText(PalliativeColumns.Name, r => r.DoctorName);
            p.Ignore(r => r.UpdatedOn);
        });

        builder.OwnsMany(c => c.Delegations, d =>
        {
            Entry(d, "DeathDelegations");
            d.HasRequiredText(PalliativeColumns.Name, r => r.DoctorName, r => r.NurseName);
        });

        builder.OwnsOne(c => c.Death, d =>
        {
            Entry(d, "Deaths");
            // One death per patient.
            d.HasIndex(r => r.PatientId).IsUnique();
            d.HasText(PalliativeColumns.Name, r => r.ExaminingNurse, r => r.EstablishedByDoctor, r => r.EstablishingCareCentreName);
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
            t.HasRequiredText(PalliativeColumns.Name, r => r.AssigneeName);
            t.HasText(PalliativeColumns.Name, r => r.CareCentreName);
            t.Ignore(r => r.Title);
            t.Ignore(r => r.CareCentre);
            t.Ignore(r => r.IsCompleted);
            t.HasIndex(r => new { r.CareCentreId, r.DueOn });
            t.HasOne<RegionalUnit>().WithMany().HasForeignKey(r => r.CareCentreId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.OwnsMany(c => c.CareCertificateRequests, r =>
        {
            Entry(r, "CareCertificateRequests");
            r.HasRequiredText(PalliativeColumns.Name, x => x.NurseName, x => x.DoctorName);
            r.HasRequiredText(PalliativeColumns.Text, x => x.Reason);
        });

        foreach (var navigation in new[]
                 {
                     nameof(PalliativeCourse.Decisions), nameof(PalliativeCourse.Ordinations), nameof(PalliativeCourse.Conversations),
                     nameof(PalliativeCourse.CarePlans), nameof(PalliativeCourse.Delegations), nameof(PalliativeCourse.Tasks),
                     nameof(PalliativeCourse.CareCertificateRequests),
                 })
        {
            builder.Navigation(navigation).HasField(EntityTypeBuilderExtensions.BackingField(navigation)).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }

    /// <summary>An owned part in its own table, keyed by its id, pointing at the course by PatientId.</summary>
    private static void Entry<T>(OwnedNavigationBuilder<PalliativeCourse, T> owned, string table)
        where T : class, IPatientData =>
        owned.InOwnTable(table, nameof(IPatientData.PatientId));
}
