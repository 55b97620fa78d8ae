namespace PatientPortal.Core.SignUp;

/// <summary>
/// What the patient is told after a valid sign-up. It is the same whether a new patient was created or the
/// details matched an existing one, so the page cannot be used to find out who is a patient here.
/// </summary>
public sealed record SignUpOutcome(string Message)
{
    public static readonly SignUpOutcome CheckYourMessages = new(
        "Thank you. We have sent a message to the contact details you gave us. Follow the link in it to finish setting up your account.");
}
