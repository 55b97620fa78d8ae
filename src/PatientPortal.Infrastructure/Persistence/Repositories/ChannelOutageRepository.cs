using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Messaging.Health;

namespace PatientPortal.Infrastructure.Persistence.Repositories;

internal sealed class ChannelOutageRepository(PatientPortalDbContext db) : IChannelOutageRepository
{
    public Task<ChannelOutage?> FindAsync(MessageChannel channel, CancellationToken cancellationToken) =>
        db.ChannelOutages.FirstOrDefaultAsync(outage => outage.Channel == channel, cancellationToken);

    public async Task<IReadOnlyList<ChannelOutage>> ListAsync(CancellationToken cancellationToken) =>
        await db.ChannelOutages.AsNoTracking().ToListAsync(cancellationToken);

    public void Add(ChannelOutage outage) => db.ChannelOutages.Add(outage);
}
