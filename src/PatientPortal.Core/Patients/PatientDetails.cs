namespace PatientPortal.Core.Patients;

/// <summary>Validated personal details (<see cref="PatientDetailsValidator"/>): email and mobile are already normalised (mobile in E.164).</summary>
public sealed record PatientDetails(string? Title, string GivenName, string FamilyName, DateOnly DateOfBirth, string? Email, string? Mobile)
{
    public const int MaximumNameLength = PersonName.MaximumLength;
    public const int MaximumTitleLength = 20;
}
