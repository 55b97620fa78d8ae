namespace PatientPortal.Web.Common;

/// <summary>View paths, kept under Views/PatientPortal so they never collide with a host site's own views.</summary>
public static class PatientPortalViews
{
    /// <summary>Set in HttpContext.Items by the error summary; the layout then starts the title with "Error:".</summary>
    public const string PageHasErrors = "PatientPortal.PageHasErrors";

    public const string Message = "~/Views/PatientPortal/Shared/Message.cshtml";
    public const string EnterInviteCode = "~/Views/PatientPortal/SignUp/EnterInviteCode.cshtml";
    public const string Register = "~/Views/PatientPortal/SignUp/Register.cshtml";
    public const string ConfirmEmail = "~/Views/PatientPortal/SignUp/ConfirmEmail.cshtml";
    public const string SignIn = "~/Views/PatientPortal/SignIn/SignIn.cshtml";
    public const string ForgottenPassword = "~/Views/PatientPortal/SignIn/ForgottenPassword.cshtml";
    public const string ChoosePatient = "~/Views/PatientPortal/SignIn/ChoosePatient.cshtml";
    public const string Home = "~/Views/PatientPortal/Portal/Home.cshtml";
    public const string AppointmentPayment = "~/Views/PatientPortal/Portal/AppointmentPayment.cshtml";
    public const string BookingSearch = "~/Views/PatientPortal/Portal/BookingSearch.cshtml";
    public const string CallBackRequested = "~/Views/PatientPortal/Portal/CallBackRequested.cshtml";
    public const string Appointments = "~/Views/PatientPortal/Portal/Appointments.cshtml";
    public const string Payments = "~/Views/PatientPortal/Portal/Payments.cshtml";
    public const string MyDetails = "~/Views/PatientPortal/Portal/MyDetails.cshtml";
    public const string ConfirmEmailChange = "~/Views/PatientPortal/Portal/ConfirmEmailChange.cshtml";
    public const string InvitationConfirmIdentity = "~/Views/PatientPortal/Invitation/ConfirmIdentity.cshtml";
    public const string InvitationChoosePassword = "~/Views/PatientPortal/Invitation/ChoosePassword.cshtml";
    public const string InvitationAcceptPrivacyPolicy = "~/Views/PatientPortal/Invitation/AcceptPrivacyPolicy.cshtml";
    public const string InvitationUnusable = "~/Views/PatientPortal/Invitation/Unusable.cshtml";
}
