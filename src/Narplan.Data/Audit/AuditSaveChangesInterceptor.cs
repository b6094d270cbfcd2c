using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Narplan.Data.Audit;

/// <summary>
/// Writes an audit entry for every change to audited data in the same SaveChanges (so a change
/// and its entry commit together or not at all), and seals every new entry into the hash chain.
/// Entries are sealed one writer at a time in this process; the unique sequence index stops a
/// second process from forking the chain.
/// </summary>
public sealed class AuditSaveChangesInterceptor(
    IAuditActorAccessor actors, IClock clock, DataChangeSignal? changes = null, AuditCheckpointSignal? checkpoints = null) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // The entries the current save sealed, to wake the checkpoint writer once they are committed.
    private (long From, long Through)? _sealed;

    // Whether the current save changes anything besides the log itself. A save that only appends entries (a patient read,
    // a refused read) changes no data a cache holds, so it neither bumps the change signal nor tells the other instances
    // (decision 0092): otherwise every patient read would empty every instance's on-call and API caches.
    private bool _changesData = true;

    // Tracked types that are not plan or patient data, or are the log itself: its checkpoints, and
    // sign-in sessions (a sign-in is logged as such; the session row is its bookkeeping).
    // The data-protection key ring is key material, never copied into the log (decision 0054).
    private static readonly HashSet<Type> NotAudited =
        [typeof(AuditEntry), typeof(AuditCheckpoint), typeof(UserSession), typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Prepare(context))
        {
            AuditChainLock.Acquire(context);
            Seal(context);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Prepare(context))
        {
            await AuditChainLock.AcquireAsync(context, cancellationToken);
            await SealAsync(context, cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _sealed = null;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _sealed = null;
        return Task.CompletedTask;
    }

    private void Saved(DbContext? context)
    {
        if (_changesData)
        {
            changes?.Bump();
        }

        if (_sealed is not null && _changesData && context is NarplanDbContext narplan)
        {
            narplan.AuditedChangesSaved = true;
        }

        // Inside a transaction the entries count once it commits (TransactionCommitted below).
        if (context?.Database.CurrentTransaction is null)
        {
            Committed();
        }
    }

    private void Committed()
    {
        if (_sealed is { } range)
        {
            NarplanMeters.AuditEntriesSaved(range.Through - range.From + 1);
            checkpoints?.Appended(range.From, range.Through);
        }

        _sealed = null;
    }

    void IDbTransactionInterceptor.TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Committed();

    Task IDbTransactionInterceptor.TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Committed();
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => _sealed = null;

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        _sealed = null;
        return Task.CompletedTask;
    }

    /// <summary>Entries appended by <see cref="NarplanDbContext.AppendAuditAsync"/> were committed: wake the checkpoint writer.</summary>
    internal void AppendedOutsideSave(long from, long through) => checkpoints?.Appended(from, through);

    /// <summary>Adds entries for audited changes; true when there is anything to seal.</summary>
    private bool Prepare(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        _changesData = context.ChangeTracker.Entries()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not (AuditEntry or AuditCheckpoint));
        var actor = actors.Current;
        var now = clock.GetCurrentInstant();
        var changes = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            // Owned parts are audited through their owner, except patient data, which names its patient (the palliative course, decision 0087).
            .Where(e => !NotAudited.Contains(e.Metadata.ClrType) && (!e.Metadata.IsOwned() || e.Entity is IPatientData))
            .ToList();
        foreach (var entry in changes)
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Create,
                EntityState.Deleted => AuditAction.Delete,
                _ => AuditAction.Update,
            };
            if (action == AuditAction.Update && !entry.Properties.Any(p => p.IsModified))
            {
                continue;
            }

            // Patient data carries the patient's id (for loggutdrag) and names fields only, never values (decision 0004).
            var patientId = (entry.Entity as IPatientData)?.PatientId;
            context.Add(new AuditEntry(
                now, actor.UserId, actor.UserName, actor.OrganisationId, actor.Role, action,
                AuditedTypeName(entry.Metadata.ClrType), KeyOf(entry), patientId, Describe(entry, namesOnly: patientId is not null)));
        }

        return context.ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added);
    }

    private void Seal(DbContext context) => SealFrom(context, LastOf(context.Set<AuditEntry>()).FirstOrDefault());

    private async Task SealAsync(DbContext context, CancellationToken cancellationToken) =>
        SealFrom(context, await LastOf(context.Set<AuditEntry>()).FirstOrDefaultAsync(cancellationToken));

    private static IQueryable<ChainTip> LastOf(IQueryable<AuditEntry> entries) =>
        entries.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => new ChainTip(e.Sequence, e.Hash));

    private void SealFrom(DbContext context, ChainTip? tip)
    {
        var sequence = tip?.Sequence ?? 0;
        var previous = tip?.Hash ?? AuditChain.Genesis;
        var pending = context.ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added && !e.Entity.IsSealed)
            .Select(e => e.Entity)
            .ToList();
        var first = sequence + 1;
        foreach (var entry in pending)
        {
            entry.Seal(++sequence, previous);
            previous = entry.Hash;
        }

        if (pending.Count > 0)
        {
            _sealed = (_sealed?.From ?? first, sequence);
        }
    }

    /// <summary>
    /// The palliative records became parts of the <see cref="Domain.Palliative.PalliativeCourse"/> (decision 0087) under the
    /// domain's names; the log keeps the names it has always stored, so one kind of record stays one kind in the log.
    /// </summary>
    private static readonly Dictionary<Type, string> StoredNames = new()
    {
        [typeof(Domain.Palliative.EndOfLifeDecision)] = "EndOfLifeDecisionRecord",
        [typeof(Domain.Palliative.SafetyMedicationOrder)] = "SafetyMedicationRecord",
        [typeof(Domain.Palliative.DoctorContact)] = "SafetyMedicationContactRecord",
        [typeof(Domain.Palliative.BreakpointConversation)] = "BreakpointConversationRecord",
        [typeof(Domain.Palliative.PalliativeCarePlan)] = "CarePlanRecord",
        [typeof(Domain.Palliative.DeathExaminationDelegation)] = "DeathDelegationRecord",
        [typeof(Domain.Palliative.Death)] = "DeathRecord",
        [typeof(Domain.Palliative.DeathTask)] = "DeathTaskRecord",
        [typeof(Domain.Palliative.CareCertificateRequest)] = "CareCertificateRequestRecord",
    };

    /// <summary>The entity type's name in the log.</summary>
    public static string AuditedTypeName(Type type) => StoredNames.GetValueOrDefault(type, type.Name);

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));

    /// <summary>What changed. Secrets of the user store (hashes, stamps) and patient data are named, never shown.</summary>
    private static string Describe(EntityEntry entry, bool namesOnly)
    {
        var secret = namesOnly || entry.Entity is NarplanUser or AccountLink;
        var text = new StringBuilder();
        foreach (var property in entry.Properties)
        {
            if (entry.State == EntityState.Modified && !property.IsModified)
            {
                continue;
            }

            if (property.Metadata.IsPrimaryKey() || property.Metadata.IsConcurrencyToken)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append("; ");
            }

            text.Append(property.Metadata.Name);
            if (secret)
            {
                continue;
            }

            var current = ValueText(property.CurrentValue);
            if (entry.State == EntityState.Modified)
            {
                var original = ValueText(property.OriginalValue);
                text.Append(": ").Append(original).Append(" → ").Append(current);
            }
            else if (entry.State == EntityState.Added)
            {
                text.Append(": ").Append(current);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// A value as the log stores it: dates and times in ISO form, a collection as its count ("3 st"), a nested value
    /// as "sammansatt uppgift" — never a .NET type name such as <c>System.Collections.Generic.List`1[…]</c>
    /// (decision 0060; older rows are translated when shown, their hashes untouched).
    /// </summary>
    internal static string ValueText(object? value) => value switch
    {
        null => "∅",
        string text => text,
        LocalDate date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        LocalTime time => time.ToString("HH:mm", CultureInfo.InvariantCulture),
        LocalDateTime dateTime => dateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        byte[] bytes => $"{bytes.Length} byte",
        System.Collections.ICollection collection => $"{collection.Count} st",
        System.Collections.IEnumerable sequence => $"{sequence.Cast<object?>().Count()} st",
        _ when value.GetType() is { IsPrimitive: false, IsEnum: false } type && type.Namespace?.StartsWith("Narplan", StringComparison.Ordinal) == true
            => "sammansatt uppgift",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "∅",
    };

    private sealed record ChainTip(long Sequence, string Hash);
}
