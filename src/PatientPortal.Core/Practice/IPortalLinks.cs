namespace PatientPortal.Core.Practice;

/// <summary>Absolute links to the portal's pages, for messages. The web layer owns the routes.</summary>
public interface IPortalLinks
{
    Uri ConfirmEmail(string token);

    Uri SignIn();

    /// <summary>The invitation page, on a member portal's site when <paramref name="portalBaseUrl"/> is given.</summary>
    Uri Invitation(string token, string? portalBaseUrl = null);

    /// <summary>Where Twilio reports the delivery of a text message.</summary>
    Uri SmsStatusCallback();
}
