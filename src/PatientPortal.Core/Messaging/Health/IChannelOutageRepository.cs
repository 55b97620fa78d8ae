namespace PatientPortal.Core.Messaging.Health;

public interface IChannelOutageRepository
{
    /// <summary>The channel's outage row, tracked for a change; null before its first outage.</summary>
    Task<ChannelOutage?> FindAsync(MessageChannel channel, CancellationToken cancellationToken);

    Task<IReadOnlyList<ChannelOutage>> ListAsync(CancellationToken cancellationToken);

    void Add(ChannelOutage outage);
}
