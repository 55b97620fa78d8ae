namespace PatientPortal.Web.Common;

/// <summary>Every URL the package serves, in one place.</summary>
public static class PatientPortalRoutes
{
    /// <summary>Where Umbraco's backoffice APIs live; ours sit beside them.</summary>
    public const string ManagementApi = "umbraco/management/api/v1/patient-portal";

    public const string PublicApi = "patient-portal/api";

    public const string Pages = "patient-portal";

    public const string SignUpPage = "/patient-portal/sign-up";

    public const string SignInPage = "/patient-portal/sign-in";

    public const string ForgottenPasswordPage = "/patient-portal/forgot-password";

    public const string SignOutPage = "/patient-portal/sign-out";

    public const string SignOutEverywherePage = "/patient-portal/sign-out-everywhere";

    public const string SignedOutPage = "/patient-portal/signed-out";

    public const string ConfirmEmailPage = "/patient-portal/confirm-email";

    /// <summary>The link sent to a new email address a signed-in patient gave.</summary>
    public const string ConfirmEmailChangePage = "/patient-portal/confirm-email-change";

    public const string HomePage = "/patient-portal";

    public const string AppointmentsPage = "/patient-portal/appointments";

    public const string PaymentsPage = "/patient-portal/payments";

    /// <summary>The signed-in patient's contact details, message preferences and password.</summary>
    public const string MyDetailsPage = "/patient-portal/my-details";

    public const string InvitationPage = "/patient-portal/invitation";

    /// <summary>A signed-in patient's appointment and what is left to pay ({0} is the appointment id).</summary>
    public const string AppointmentPaymentPage = "/patient-portal/appointments/{0}/payment";

    /// <summary>Where "Pay now" posts: it starts a payment on the provider's page ({0} is the appointment id).</summary>
    public const string AppointmentPayPage = "/patient-portal/appointments/{0}/pay";

    /// <summary>Where Stripe posts its signed notices (the webhook endpoint set in Stripe's dashboard).</summary>
    public const string StripeWebhook = "/patient-portal/api/payments/stripe";

    /// <summary>The booking search; <c>?service=</c> pre-selects a service.</summary>
    public const string BookingSearchPage = "/patient-portal/book";

    /// <summary>Where the booking page's call-back form posts.</summary>
    public const string CallBackRequestPage = "/patient-portal/book/call-back";

    public const string SmsStatusCallback = "/patient-portal/api/sms/status";

    /// <summary>Where Twilio posts the texts patients send to our number (STOP, START).</summary>
    public const string SmsInbound = "/patient-portal/api/sms/inbound";
}
