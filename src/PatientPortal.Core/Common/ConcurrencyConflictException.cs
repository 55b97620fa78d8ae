namespace PatientPortal.Core.Common;

/// <summary>
/// The database refused a save because the record changed since it was read (another admin saved first).
/// Use cases turn it into a Conflict result.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
