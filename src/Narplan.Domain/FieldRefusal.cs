namespace Narplan.Domain;

/// <summary>
/// A change the domain refuses because of one field of the form (or API body): <see cref="Field"/> names the input
/// (the input model's property name), <see cref="Exception.Message"/> is the Swedish text shown beside it. The rest of
/// the form is kept by the page.
/// </summary>
public sealed class FieldRefusal(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
