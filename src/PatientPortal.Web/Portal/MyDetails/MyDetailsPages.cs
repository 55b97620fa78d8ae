using Microsoft.Extensions.Options;
using PatientPortal.Core.Common;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignUp;

namespace PatientPortal.Web.Portal.MyDetails;

/// <summary>Builds the "my details" page for a patient, with the settings its hints quote.</summary>
public sealed class MyDetailsPages(PasswordPolicy passwordPolicy, IOptions<SignUpOptions> signUp)
{
    public MyDetailsPage For(Patient patient, IReadOnlyList<string>? notices = null) =>
        MyDetailsPage.For(patient, passwordPolicy.MinimumLength, PlainWords.Duration(signUp.Value.ConfirmationLinkLifetime), notices ?? []);
}
