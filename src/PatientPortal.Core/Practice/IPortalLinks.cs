namespace PatientPortal.Core.Practice;

/// <summary>Absolute links to the portal's pages, for messages. The web layer owns the routes.</summary>
public interface IPortalLinks
{
    Uri ConfirmEmail(string token);

    Uri SignIn();
}
