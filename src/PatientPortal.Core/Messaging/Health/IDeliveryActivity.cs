namespace PatientPortal.Core.Messaging.Health;

/// <summary>Reads a channel's recent sending from the outbox rows the dispatcher keeps.</summary>
public interface IDeliveryActivity
{
    /// <param name="windowStart">Where the failure-rate window starts.</param>
    Task<ChannelActivity> ReadAsync(MessageChannel channel, DateTimeOffset windowStart, CancellationToken cancellationToken);
}
