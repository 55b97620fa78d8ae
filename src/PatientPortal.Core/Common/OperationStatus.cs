namespace PatientPortal.Core.Common;

/// <summary>How a use case ended. The web layer maps each status to one HTTP status and a ProblemDetails.</summary>
public enum OperationStatus
{
    Success,
    Invalid,
    NotFound,
    Conflict,
}
