namespace PatientPortal.Core.Invitations;

/// <summary>Who made a link go out: the practice, or something anyone on the internet can trigger.</summary>
public enum InvitationOrigin
{
    /// <summary>Staff, a bulk run, allow-and-notify, a payment or recall message.</summary>
    Practice,

    /// <summary>
    /// A sign-up that matched the patient, "send me a new link", repeated failed sign-ins: the patient gets at most
    /// one such message per window, and it never revokes a link the practice sent.
    /// </summary>
    SelfService,
}
