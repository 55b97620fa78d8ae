namespace PatientPortal.Core.Patients;

/// <summary>A patient the practice adds itself (reception, imports).</summary>
public sealed record RegisterPatientCommand(
    string? Title,
    string? GivenName,
    string? FamilyName,
    DateOnly? DateOfBirth,
    string? Email,
    string? Mobile,
    Guid ChargebandId,
    bool EmailConsent,
    bool SmsConsent,
    Guid? PrimaryAccountHolderId);
