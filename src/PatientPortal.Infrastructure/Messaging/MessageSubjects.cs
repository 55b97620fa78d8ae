using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Appointments;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Recalls;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.Messaging;

internal sealed class MessageSubjects(PatientPortalDbContext db) : IMessageSubjects
{
    public async Task<AppointmentSubject?> FindAppointmentAsync(Guid appointmentId, CancellationToken cancellationToken)
    {
        var found = await (
            from appointment in db.Appointments.AsNoTracking()
            join service in db.Services on appointment.ServiceId equals service.Id
            join member in db.Members on appointment.MemberId equals member.Id into members
            from member in members.DefaultIfEmpty()
            join portal in db.MemberPortals on member.MemberPortalId equals portal.Id into portals
            from portal in portals.DefaultIfEmpty()
            where appointment.Id == appointmentId
            select new { appointment, ServiceName = service.Name, PortalBaseUrl = portal == null ? null : portal.BaseUrl })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new AppointmentSubject(found.appointment, found.ServiceName, found.PortalBaseUrl);
    }

    public async Task<RecallSubject?> FindRecallAsync(Guid recallId, CancellationToken cancellationToken)
    {
        var found = await (
            from recall in db.Recalls.AsNoTracking()
            join service in db.Services on recall.ServiceId equals service.Id
            where recall.Id == recallId
            select new { recall, service.Name })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new RecallSubject(found.recall, found.Name);
    }

    public async Task<IReadOnlyList<Appointment>> AwaitingPaymentRequestAsync(IReadOnlyCollection<Guid> appointmentIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = new List<Appointment>();

        // In slices: SQLite limits the parameters of one statement.
        foreach (var slice in appointmentIds.Distinct().Chunk(500))
        {
            found.AddRange(await db.Appointments.AsNoTracking()
                .Where(appointment => slice.Contains(appointment.Id) && appointment.PaymentRequestedAt == null
                    && appointment.VideoConsultation && appointment.BookedOffline && appointment.PaymentMandatory && !appointment.Paid)
                .ToListAsync(cancellationToken));
        }

        // Amount and start are compared here: SQLite cannot order or compare decimal and DateTimeOffset columns.
        return found.Where(appointment => appointment.NeedsPaymentInAdvance && appointment.Start > now).ToList();
    }

    public async Task<IReadOnlyList<Guid>> MissedPaymentRequestsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidates = await db.Appointments.AsNoTracking()
            .Where(appointment => appointment.PaymentRequestedAt == null
                && appointment.VideoConsultation && appointment.BookedOffline && appointment.PaymentMandatory && !appointment.Paid)
            .Select(appointment => new { appointment.Id, appointment.Start })
            .ToListAsync(cancellationToken);
        return candidates.Where(candidate => candidate.Start > now).Select(candidate => candidate.Id).ToList();
    }

    public async Task<bool> TryMarkPaymentRequestedAsync(Guid appointmentId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        DateTimeOffset? at = now;
        return await db.Appointments
            .Where(appointment => appointment.Id == appointmentId && appointment.PaymentRequestedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(appointment => appointment.PaymentRequestedAt, at), cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<Recall>> DueRecallsAsync(DateOnly from, DateOnly to, int take, CancellationToken cancellationToken) =>
        await db.Recalls.AsNoTracking()
            .Where(recall => recall.NotifiedAt == null && recall.DueDate >= from && recall.DueDate <= to)
            .OrderBy(recall => recall.DueDate).ThenBy(recall => recall.Id)
            .Take(take)
            .ToListAsync(cancellationToken);

    public async Task<bool> TryMarkRecallNotifiedAsync(Guid recallId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        DateTimeOffset? at = now;
        return await db.Recalls
            .Where(recall => recall.Id == recallId && recall.NotifiedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(recall => recall.NotifiedAt, at), cancellationToken) == 1;
    }
}
