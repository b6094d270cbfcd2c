using Narplan.Domain.Patients;

namespace Narplan.Domain.Tests.YearPlans;

/// <summary>
/// Readable patient ids for the planner's tests: <c>Id("a")</c> is a Guid whose bytes are the name's letters, so ids order
/// as their names do (the planner breaks ties by id) and a failing assertion can be traced back to the name.
/// </summary>
public static class TestPatientIds
{
    public static PatientId Id(string name)
    {
        // UTF-8 bytes order as the characters do; a name longer than the 16 bytes of a Guid throws.
        var bytes = new byte[16];
        System.Text.Encoding.UTF8.GetBytes(name, bytes);
        return new PatientId(new Guid(bytes, bigEndian: true));
    }
}
