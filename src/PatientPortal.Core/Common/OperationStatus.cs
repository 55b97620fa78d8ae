namespace PatientPortal.Core.Common;

/// <summary>How a use case ended. The web layer maps each status to one HTTP status and a ProblemDetails.</summary>
public enum OperationStatus
{
    Success,
    Invalid,
    NotFound,
    Conflict,

    /// <summary>Asked too often; <see cref="Failure.RetryAfter"/> says when to try again, when it is known.</summary>
    TooManyRequests,
}
