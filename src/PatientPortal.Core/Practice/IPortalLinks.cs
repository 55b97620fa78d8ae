namespace PatientPortal.Core.Practice;

/// <summary>Absolute links to the portal's pages, for messages. The web layer owns the routes.</summary>
public interface IPortalLinks
{
    Uri ConfirmEmail(string token);

    /// <summary>The link that confirms a new email address a signed-in patient gave.</summary>
    Uri ConfirmEmailChange(string token);

    Uri SignIn();

    /// <summary>The invitation page, on a member portal's site when <paramref name="portalBaseUrl"/> is given.</summary>
    Uri Invitation(string token, string? portalBaseUrl = null);

    /// <summary>The local path of an appointment's payment page (an invitation's destination).</summary>
    string AppointmentPaymentPath(Guid appointmentId);

    /// <summary>The local path of the booking search, pre-filtered to one service (a recall's destination).</summary>
    string BookingSearchPath(Guid serviceId);

    /// <summary>A local path on the practice's portal, or on a member portal's site when <paramref name="portalBaseUrl"/> is given.</summary>
    Uri Absolute(string localPath, string? portalBaseUrl = null);

    /// <summary>Where Twilio reports the delivery of a text message.</summary>
    Uri SmsStatusCallback();
}
