namespace PatientPortal.Core.Common;

/// <summary>
/// The database refused a save because a unique value was taken between the check and the save (two admins
/// choosing the same invite code at once). Use cases turn it into a Conflict result.
/// </summary>
public sealed class UniqueConstraintViolationException : Exception
{
    public UniqueConstraintViolationException()
    {
    }

    public UniqueConstraintViolationException(string message)
        : base(message)
    {
    }

    public UniqueConstraintViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
