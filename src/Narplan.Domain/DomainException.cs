namespace Narplan.Domain;

/// <summary>
/// A change the domain refuses. <see cref="Exception.Message"/> is Swedish and written for the
/// user who tried the change: it is shown on the form (or as problem details) as it stands.
/// </summary>
public sealed class DomainException(string message) : Exception(message);
