using Narplan.Domain.Patients;

namespace Narplan.Bench;

/// <summary>Deterministic patient ids for the synthetic units: the same run gives the same plans.</summary>
internal static class BenchPatientIds
{
    /// <summary>Patient <paramref name="patient"/> of synthetic unit <paramref name="unit"/>: ordered by unit, then patient.</summary>
    public static PatientId Of(int unit, int patient) => new(new Guid(unit, 0, checked((short)patient), 0, 0, 0, 0, 0, 0, 0, 0));

    /// <summary>The <paramref name="n"/>th patient who joins a unit during re-planning (never one of the units' own ids).</summary>
    public static PatientId Newcomer(int n) => new(new Guid(n, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0));
}
