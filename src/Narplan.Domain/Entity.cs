namespace Narplan.Domain;

/// <summary>
/// A stored domain object with its own identity: a time-ordered GUID (version 7) given when the object is made,
/// so that it is known before the object is saved and sorts in the order the objects were made.
/// Entities whose identity is given from outside (an import, an owned part of an aggregate) declare their own <c>Id</c>.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
}
