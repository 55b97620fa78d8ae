namespace PatientPortal.Core.Common;

/// <summary>An expected failure: what went wrong in the user's words, and which fields it concerns.</summary>
public sealed record Failure(OperationStatus Status, string Title, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>Structured details a client can use beyond the messages (e.g. where in a text each problem is), keyed by name.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>For <see cref="OperationStatus.TooManyRequests"/>: how long to wait, when it is known.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static Failure TooManyRequests(string title, TimeSpan? retryAfter) =>
        new(OperationStatus.TooManyRequests, title, new Dictionary<string, string[]>()) { RetryAfter = retryAfter };

    public static Failure Invalid(string field, string message) =>
        new(OperationStatus.Invalid, "The request is not valid.", new Dictionary<string, string[]> { [field] = [message] });

    public static Failure Invalid(ValidationErrors errors) =>
        new(OperationStatus.Invalid, "The request is not valid.", errors.ToDictionary());

    public static Failure NotFound(string title) =>
        new(OperationStatus.NotFound, title, new Dictionary<string, string[]>());

    public static Failure Conflict(string title) =>
        new(OperationStatus.Conflict, title, new Dictionary<string, string[]>());

    public static Failure Conflict(string field, string message) =>
        new(OperationStatus.Conflict, message, new Dictionary<string, string[]> { [field] = [message] });
}
