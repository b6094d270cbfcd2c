using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Narplan.Data.Configurations;

namespace Narplan.Data;

/// <summary>
/// The one model of Närplan. Each provider has its own subclass so that each keeps its own
/// migration set (<see cref="Sqlite.SqliteNarplanDbContext"/>, <see cref="Postgres.PostgresNarplanDbContext"/>).
/// </summary>
public abstract class NarplanDbContext(DbContextOptions options) : IdentityDbContext<NarplanUser>(options), IDataProtectionKeyContext
{
    /// <summary>The data-protection key ring when several instances share the database (decision 0054); never audited.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<SubRegion> SubRegions => Set<SubRegion>();

    public DbSet<Kommun> Kommuner => Set<Kommun>();

    public DbSet<RegionalUnit> RegionalUnits => Set<RegionalUnit>();

    public DbSet<CareUnit> CareUnits => Set<CareUnit>();

    public DbSet<UnitResponsibility> UnitResponsibilities => Set<UnitResponsibility>();

    public DbSet<Preschool> Preschools => Set<Preschool>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();

    public DbSet<LogReview> LogReviews => Set<LogReview>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<UserRoleAssignment> UserRoleAssignments => Set<UserRoleAssignment>();

    public DbSet<AccountLink> AccountLinks => Set<AccountLink>();

    public DbSet<RuleProfileVersion> RuleProfileVersions => Set<RuleProfileVersion>();

    public DbSet<OnCallArea> OnCallAreas => Set<OnCallArea>();

    public DbSet<OnCallAreaAssignment> OnCallAreaAssignments => Set<OnCallAreaAssignment>();

    public DbSet<OnCallRedirect> OnCallRedirects => Set<OnCallRedirect>();

    public DbSet<DoctorAbsence> DoctorAbsences => Set<DoctorAbsence>();

    public DbSet<RoundSeries> RoundSeries => Set<RoundSeries>();

    public DbSet<RoundOccurrenceRecord> RoundOccurrenceRecords => Set<RoundOccurrenceRecord>();

    public DbSet<RoundFeedLink> RoundFeedLinks => Set<RoundFeedLink>();

    public DbSet<NeighbourhoodPlan> Plans => Set<NeighbourhoodPlan>();

    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<PatientEvent> PatientEvents => Set<PatientEvent>();

    public DbSet<ListingOffer> ListingOffers => Set<ListingOffer>();

    public DbSet<PatientCareContact> PatientCareContacts => Set<PatientCareContact>();
    public DbSet<AcuteContact> AcuteContacts => Set<AcuteContact>();
    public DbSet<DecisionSupportProfileVersion> DecisionSupportProfileVersions => Set<DecisionSupportProfileVersion>();
    /// <summary>Palliative courses (decision 0087): one per patient, owning every palliative record and the death's circumstances.</summary>
    public DbSet<PalliativeCourse> PalliativeCourses => Set<PalliativeCourse>();

    public DbSet<AnnualReview> AnnualReviews => Set<AnnualReview>();

    public DbSet<ReviewTask> ReviewTasks => Set<ReviewTask>();

    public DbSet<YearPlanRun> YearPlanRuns => Set<YearPlanRun>();

    public DbSet<KommunVacationSetting> KommunVacationSettings => Set<KommunVacationSetting>();

    public DbSet<RegionReviewSetting> RegionReviewSettings => Set<RegionReviewSetting>();

    public DbSet<UnitReviewCapacity> UnitReviewCapacities => Set<UnitReviewCapacity>();

    public DbSet<ContactTime> ContactTimes => Set<ContactTime>();

    public DbSet<GovernanceBody> GovernanceBodies => Set<GovernanceBody>();
    public DbSet<BodyMembership> BodyMemberships => Set<BodyMembership>();
    public DbSet<ChairTermRecord> ChairTerms => Set<ChairTermRecord>();
    public DbSet<GovernanceMeeting> GovernanceMeetings => Set<GovernanceMeeting>();
    public DbSet<GovernanceMatter> GovernanceMatters => Set<GovernanceMatter>();
    public DbSet<MatterStep> MatterSteps => Set<MatterStep>();
    public DbSet<ConferenceDecision> ConferenceDecisions => Set<ConferenceDecision>();
    public DbSet<AgreementRecord> Agreements => Set<AgreementRecord>();
    public DbSet<AgreementNoticeRecord> AgreementNotices => Set<AgreementNoticeRecord>();
    public DbSet<PopulationVersion> PopulationVersions => Set<PopulationVersion>();
    public DbSet<CostSplitBudget> CostSplitBudgets => Set<CostSplitBudget>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
        configurationBuilder.Properties<LocalTime>().HaveConversion<LocalTimeConverter>();
        configurationBuilder.Properties<LocalDateTime>().HaveConversion<LocalDateTimeConverter>().HaveMaxLength(19);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Conventions.Add(_ => new VersionConcurrencyConvention());
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(NarplanDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditRewrites();
        if (!LocksAuditChainAcrossProcesses || !ChangeTracker.HasChanges())
        {
            return SaveAndRelease(acceptAllChangesOnSuccess);
        }

        if (Database.CurrentTransaction is not null)
        {
            LockAuditChainAcrossProcesses();
            var inTransaction = SaveAndRelease(acceptAllChangesOnSuccess);
            AnnounceAuditedChanges();
            return inTransaction;
        }

        using var transaction = Database.BeginTransaction();
        LockAuditChainAcrossProcesses();
        var result = SaveAndRelease(acceptAllChangesOnSuccess);
        AnnounceAuditedChanges();
        transaction.Commit();
        return result;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditRewrites();
        if (!LocksAuditChainAcrossProcesses || !ChangeTracker.HasChanges())
        {
            return await SaveAndReleaseAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            await LockAuditChainAcrossProcessesAsync(cancellationToken);
            var inTransaction = await SaveAndReleaseAsync(acceptAllChangesOnSuccess, cancellationToken);
            await AnnounceAuditedChangesAsync(cancellationToken);
            return inTransaction;
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await LockAuditChainAcrossProcessesAsync(cancellationToken);
        var result = await SaveAndReleaseAsync(acceptAllChangesOnSuccess, cancellationToken);
        await AnnounceAuditedChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Appends read (or export) entries to the audit chain without the change tracker (decision 0092): under the same
    /// locks as a save (across processes, then in this process) the chain's tip is read once, the entries are sealed in
    /// memory in their order and inserted in one multi-row statement, in one short transaction. A read changes no data,
    /// so no cache is told to forget. When this context has unsaved changes, or runs inside a caller's transaction, the
    /// entries go through <see cref="SaveChangesAsync(bool, CancellationToken)"/> as before, so they commit together.
    /// </summary>
    public async Task AppendAuditAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        if (entries.Count == 0)
        {
            return;
        }

        if (Database.CurrentTransaction is not null || ChangeTracker.HasChanges())
        {
            AddRange(entries);
            await SaveChangesAsync(cancellationToken);
            return;
        }

        // The locks in the order a save takes them: with a lock across processes (PostgreSQL) the transaction and that
        // lock first, then the one in this process; without (SQLite) the one in this process before the database's write
        // lock, so a save waiting for it can never hold the database while this append waits for it.
        (long From, long Through) range;
        var acrossProcesses = LocksAuditChainAcrossProcesses;
        if (!acrossProcesses)
        {
            await AuditChainLock.AcquireAsync(this, cancellationToken);
        }

        try
        {
            await using (var transaction = await Database.BeginTransactionAsync(cancellationToken))
            {
                if (acrossProcesses)
                {
                    await LockAuditChainAcrossProcessesAsync(cancellationToken);
                    await AuditChainLock.AcquireAsync(this, cancellationToken);
                }

                var tip = await AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
                var sequence = tip?.Sequence ?? 0;
                var previous = tip?.Hash ?? AuditChain.Genesis;
                range = (sequence + 1, sequence + entries.Count);
                foreach (var entry in entries)
                {
                    entry.Seal(++sequence, previous);
                    previous = entry.Hash;
                }

                await AuditBatch.InsertAsync(this, entries, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            AuditChainLock.Release(this, failed: false);
        }

        NarplanMeters.AuditEntriesSaved(entries.Count);
        this.GetService<IDbContextOptions>()
            .FindExtension<CoreOptionsExtension>()?.Interceptors?
            .OfType<AuditSaveChangesInterceptor>().FirstOrDefault()?.AppendedOutsideSave(range.From, range.Through);
    }

    /// <summary>
    /// Whether this provider serialises appends to the audit chain between processes (several app
    /// instances on one database) with a lock held until the save's transaction ends. The in-process
    /// lock is always taken after it, so the two cannot deadlock.
    /// </summary>
    protected virtual bool LocksAuditChainAcrossProcesses => false;

    protected virtual void LockAuditChainAcrossProcesses()
    {
    }

    protected virtual Task LockAuditChainAcrossProcessesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Set by the audit interceptor when a save wrote audited changes (so caches elsewhere must forget).</summary>
    internal bool AuditedChangesSaved { get; set; }

    /// <summary>
    /// Tells the other app instances, inside the save's transaction (so only once it commits), that audited data
    /// changed: PostgreSQL <c>NOTIFY</c> (decision 0054). Nothing on SQLite, which serves one instance.
    /// </summary>
    protected virtual void AnnounceChange()
    {
    }

    /// <inheritdoc cref="AnnounceChange"/>
    protected virtual Task AnnounceChangeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void AnnounceAuditedChanges()
    {
        if (AuditedChangesSaved)
        {
            AuditedChangesSaved = false;
            AnnounceChange();
        }
    }

    private async Task AnnounceAuditedChangesAsync(CancellationToken cancellationToken)
    {
        if (AuditedChangesSaved)
        {
            AuditedChangesSaved = false;
            await AnnounceChangeAsync(cancellationToken);
        }
    }

    private int SaveAndRelease(bool acceptAllChangesOnSuccess)
    {
        var failed = true;
        try
        {
            var result = base.SaveChanges(acceptAllChangesOnSuccess);
            failed = false;
            return result;
        }
        finally
        {
            AuditChainLock.Release(this, failed);
        }
    }

    private async Task<int> SaveAndReleaseAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var failed = true;
        try
        {
            var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            failed = false;
            return result;
        }
        finally
        {
            AuditChainLock.Release(this, failed);
        }
    }

    /// <summary>The audit log is append-only: no code path may change or delete an entry.</summary>
    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted)
            || ChangeTracker.Entries<AuditCheckpoint>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only.");
        }
    }
}
