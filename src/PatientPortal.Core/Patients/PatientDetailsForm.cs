namespace PatientPortal.Core.Patients;

/// <summary>A person's details as a form submitted them (the patient's sign-up or the practice's registration); nothing here is trusted yet.</summary>
public sealed record PatientDetailsForm(string? Title, string? GivenName, string? FamilyName, DateOnly? DateOfBirth, string? Email, string? Mobile);

/// <summary>Who filled the form in: it decides the wording, and whether email and mobile are required.</summary>
public enum PatientDetailsAuthor
{
    /// <summary>The patient, about themself (sign-up): both contact details are required, and every message says "your".</summary>
    Patient,

    /// <summary>The practice, about a patient (reception, the management API): email and mobile may be left empty.</summary>
    Practice,
}
