using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Templates;

namespace PatientPortal.Core.Invitations.Bulk;

/// <summary>
/// "Invite to patient portal" for many patients: a dry run that counts, and a durable run that a background
/// job works through in chunks, one transaction each, recording every patient's outcome.
/// </summary>
public sealed class BulkInvitationService(
    IPatientRepository patients,
    IInvitationRepository invitations,
    IInvitationBatchRepository batches,
    IOutboxRepository outbox,
    InvitationIssuer issuer,
    IUnitOfWork unitOfWork,
    OutboxHandOff handOff,
    IAuditLog audit,
    IMessageTemplateStore templates,
    PracticeClock clock,
    IOptions<InvitationOptions> options,
    ILogger<BulkInvitationService> logger)
{
    public const int MaximumSelectedIds = 10_000;

    /// <summary>How long a worker holds a run between chunks; a run left longer is taken over by the sweep.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public async Task<Result<DryRunResult>> DryRunAsync(PatientSelection selection, CancellationToken cancellationToken)
    {
        var ids = await ResolveAsync(selection, cancellationToken);
        if (!ids.Succeeded)
        {
            return ids.Failure!;
        }

        var now = clock.UtcNow;
        var all = ids.Value!;
        var outcomes = new Dictionary<InviteOutcome, int>();
        var contacts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in all.Chunk(options.Value.BatchChunkSize))
        {
            var loaded = await patients.ReadManyAsync(chunk, cancellationToken);
            var lastInvited = await invitations.LastInvitedAsync(chunk, RecentSince(now), cancellationToken);
            foreach (var patient in loaded)
            {
                var (outcome, channels) = Decide(patient, lastInvited);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                foreach (var channel in channels)
                {
                    var contact = channel == MessageChannel.Email ? "e:" + patient.EmailKey : "m:" + patient.Mobile;
                    contacts[contact] = contacts.GetValueOrDefault(contact) + 1;
                }
            }
        }

        return new DryRunResult(all.Count, outcomes, contacts.Count(pair => pair.Value > 1));
    }

    /// <summary>Fixes the selection, stores the run and queues it. The run's id is the handle for its progress.</summary>
    public async Task<Result<InvitationBatch>> StartAsync(PatientSelection selection, string actor, CancellationToken cancellationToken)
    {
        var ids = await ResolveAsync(selection, cancellationToken);
        if (!ids.Succeeded)
        {
            return ids.Failure!;
        }

        var batch = await CreateAsync(ids.Value!, Describe(selection), actor, cancellationToken);
        return batch;
    }

    /// <summary>"Allow and notify": every patient on the chargeband without an account is invited, as one run.</summary>
    public async Task<InvitationBatch> InviteChargebandAsync(Guid chargebandId, string chargebandName, string actor, CancellationToken cancellationToken)
    {
        var ids = await patients.ListWithoutAccountAsync(chargebandId, cancellationToken);
        return await CreateAsync(ids, $"Allow and notify: patients on {chargebandName} without an account", actor, cancellationToken);
    }

    public async Task<Result<BatchProgress>> GetAsync(Guid batchId, int skip, int take, CancellationToken cancellationToken)
    {
        if (await batches.FindAsync(batchId, cancellationToken) is not { } batch)
        {
            return Failure.NotFound($"There is no bulk invitation run with id {batchId}.");
        }

        return BatchProgress.Of(
            batch,
            await batches.CountOutcomesAsync(batchId, cancellationToken),
            await outbox.CountByStatusAsync(batchId, cancellationToken),
            await batches.ListItemsAsync(batchId, skip, take, cancellationToken));
    }

    public Task<IReadOnlyList<InvitationBatch>> ListRecentAsync(int take, CancellationToken cancellationToken) => batches.ListRecentAsync(take, cancellationToken);

    /// <summary>
    /// Works through a run until it is done. Safe to call twice at once or again after a crash: the lease lets
    /// one worker at a time record outcomes, and only patients without an outcome are handled.
    /// </summary>
    public async Task RunAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var workerId = Guid.NewGuid();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = clock.UtcNow;
            List<OutboxMessage> written = [];
            await using (var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken))
            {
                if (!await batches.TryLeaseAsync(batchId, workerId, now, now + Lease, cancellationToken))
                {
                    logger.LogInformation("Bulk invitation run {BatchId} is held by another worker or finished", batchId);
                    return;
                }

                var batch = await batches.FindAsync(batchId, cancellationToken);
                var patientIds = await batches.NextUnprocessedAsync(batchId, options.Value.BatchChunkSize, cancellationToken);
                if (batch is null)
                {
                    return;
                }

                if (patientIds.Count == 0)
                {
                    batch.Complete(now);
                    audit.Record(AuditActors.System, "invitation-run.completed", "invitation-run", batchId, $"{batch.Processed} of {batch.Total} patients handled");
                    await unitOfWork.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    logger.LogInformation("Bulk invitation run {BatchId} completed: {Processed} patients", batchId, batch.Processed);
                    return;
                }

                var loaded = (await patients.ReadManyAsync(patientIds, cancellationToken)).ToDictionary(patient => patient.Id);
                var current = await templates.CurrentAsync(cancellationToken);
                var lastInvited = await invitations.LastInvitedAsync(patientIds, RecentSince(now), cancellationToken);
                var outcomes = new Dictionary<Guid, InviteOutcome>(patientIds.Count);
                var issuedInvitations = new List<Invitation>();
                foreach (var patientId in patientIds)
                {
                    if (!loaded.TryGetValue(patientId, out var patient))
                    {
                        // Deleted since the run started: nothing to send.
                        outcomes[patientId] = InviteOutcome.SkippedNoContactDetails;
                        continue;
                    }

                    var (outcome, _) = Decide(patient, lastInvited);
                    if (outcome is InviteOutcome.Invited or InviteOutcome.ResetSent)
                    {
                        var issued = issuer.Prepare(patient, new InvitationRequest(batch.CreatedBy, BatchId: batchId), current, now);
                        outcome = issued.Outcome;
                        if (issued.Invitation is not null)
                        {
                            issuedInvitations.Add(issued.Invitation);
                            written.AddRange(issued.Messages);
                        }
                    }

                    outcomes[patientId] = outcome;
                }

                var invitedIds = issuedInvitations.Select(invitation => invitation.PatientId).ToList();
                if (invitedIds.Count > 0)
                {
                    // Earlier open links stop working before the new ones are written.
                    await invitations.RevokeOpenAsync(invitedIds, now, cancellationToken);
                    await invitations.AddRangeAsync(issuedInvitations, cancellationToken);
                    await outbox.AddRangeAsync(written, cancellationToken);
                    await patients.MarkInvitedAsync(invitedIds, cancellationToken);
                }

                await batches.RecordOutcomesAsync(batchId, outcomes, now, cancellationToken);
                batch.RecordProgress(patientIds.Count, now);
                await unitOfWork.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            unitOfWork.Forget();
        }
    }

    private async Task<InvitationBatch> CreateAsync(IReadOnlyList<Guid> ids, string selection, string actor, CancellationToken cancellationToken)
    {
        var batch = InvitationBatch.Create(actor, selection, ids.Count, clock.UtcNow);
        await using (var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken))
        {
            batches.Add(batch);
            audit.Record(actor, "invitation-run.started", "invitation-run", batch.Id, $"{ids.Count} patients; {selection}");
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await batches.AddItemsAsync(batch.Id, ids, cancellationToken);
            if (batch.Status != InvitationBatchStatus.Completed)
            {
                handOff.RunWritten(batch.Id);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        logger.LogInformation("{Actor} started bulk invitation run {BatchId} for {Count} patients", LogValue.Safe(actor), batch.Id, ids.Count);
        return batch;
    }

    private (InviteOutcome Outcome, IReadOnlyList<MessageChannel> Channels) Decide(Patient patient, IReadOnlyDictionary<Guid, DateTimeOffset> lastInvited)
    {
        var plan = ContactPlan.For(patient, options.Value.EffectiveChannels);
        if (plan.Skip is { } skip)
        {
            return (skip, []);
        }

        if (lastInvited.ContainsKey(patient.Id))
        {
            return (InviteOutcome.SkippedInvitedRecently, []);
        }

        return (patient.HasPassword ? InviteOutcome.ResetSent : InviteOutcome.Invited, plan.Channels);
    }

    private DateTimeOffset RecentSince(DateTimeOffset now) => now.AddDays(-options.Value.SkipInvitedWithinDays);

    private async Task<Result<IReadOnlyList<Guid>>> ResolveAsync(PatientSelection selection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        if ((selection.PatientIds is not null) == (selection.Filter is not null))
        {
            return Failure.Invalid("selection", "Choose either the selected patients (patientIds) or a filter, not both and not neither.");
        }

        if (selection.PatientIds is { } patientIds)
        {
            if (patientIds.Count == 0 || patientIds.Count > MaximumSelectedIds)
            {
                return Failure.Invalid("patientIds", $"Select between 1 and {MaximumSelectedIds} patients, or use a filter for more.");
            }

            var distinct = patientIds.Distinct().ToList();
            var found = await patients.ReadManyAsync(distinct, cancellationToken);
            if (found.Count != distinct.Count)
            {
                var missing = distinct.Except(found.Select(patient => patient.Id)).Take(5);
                return Failure.Invalid("patientIds", $"Some selected patients do not exist: {string.Join(", ", missing)}.");
            }

            return distinct;
        }

        return Result<IReadOnlyList<Guid>>.Success(await patients.ListIdsAsync(selection.Filter!, cancellationToken));
    }

    private static string Describe(PatientSelection selection)
    {
        if (selection.PatientIds is { } ids)
        {
            return $"{ids.Distinct().Count()} selected patient(s)";
        }

        var filter = selection.Filter!;
        var parts = new List<string>();
        if (filter.ChargebandId is { } chargebandId)
        {
            parts.Add($"chargeband {chargebandId}");
        }

        if (filter.HasAccount is { } hasAccount)
        {
            parts.Add(hasAccount ? "with an account" : "without an account");
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            parts.Add($"matching \"{filter.Search.Trim()}\"");
        }

        return parts.Count == 0 ? "all patients" : "patients " + string.Join(", ", parts);
    }
}
