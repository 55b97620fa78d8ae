namespace PatientPortal.Core.Invitations.Funnel;

/// <summary>What the database knows about one invitation, all the funnel needs of it.</summary>
/// <param name="MessageSent">A message carrying it is Sent or Delivered, on any channel.</param>
/// <param name="MessageDelivered">An SMS carrying it was reported Delivered.</param>
/// <param name="EmailSent">An email carrying it was accepted by the SMTP server.</param>
public readonly record struct FunnelInvitation(DateTimeOffset CreatedAt, bool MessageSent, bool MessageDelivered, bool EmailSent, bool Opened, bool Completed)
{
    /// <summary>
    /// An email accepted by the SMTP server counts as delivered: email has no receipts, and a bounce would fail it.
    /// A link opened was delivered whatever its receipt said (SMS receipts can be lost), so the stages never shrink.
    /// </summary>
    public FunnelStage Stage =>
        Completed ? FunnelStage.Completed
        : Opened ? FunnelStage.Opened
        : MessageDelivered || EmailSent ? FunnelStage.Delivered
        : MessageSent ? FunnelStage.Sent
        : FunnelStage.Created;
}
