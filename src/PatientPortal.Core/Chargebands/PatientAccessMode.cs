namespace PatientPortal.Core.Chargebands;

/// <summary>The choice in the "Allowing patient access" dialog when online booking is enabled.</summary>
public enum PatientAccessMode
{
    /// <summary>Every current patient without an account is invited, and so is each patient added later.</summary>
    AllowAndNotify,

    /// <summary>Online booking is on; nobody is messaged and admins invite whom they choose.</summary>
    AllowWithNoNotifications,
}
