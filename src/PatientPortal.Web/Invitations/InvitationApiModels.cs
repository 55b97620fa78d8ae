using PatientPortal.Core.Invitations;
using PatientPortal.Core.Invitations.Bulk;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;

namespace PatientPortal.Web.Invitations;

public sealed record InviteResponse(Guid PatientId, string Outcome, Guid? InvitationId, DateTimeOffset? ExpiresAt, IReadOnlyList<string> Channels)
{
    public static InviteResponse From(InviteResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.PatientId, result.Outcome.ToString(), result.InvitationId, result.ExpiresAt, result.Channels.Select(channel => channel.ToString()).ToList());
    }
}

/// <summary>Who a bulk run is for: <c>patientIds</c> (selected rows) or <c>filter</c> (the whole filtered list), not both.</summary>
public sealed record InvitationRunRequest(IReadOnlyList<Guid>? PatientIds, PatientFilterModel? Filter)
{
    public PatientSelection ToSelection() => new(PatientIds, Filter is null ? null : new PatientFilter(Filter.ChargebandId, Filter.HasAccount, Filter.Search));
}

public sealed record PatientFilterModel(Guid? ChargebandId, bool? HasAccount, string? Search);

/// <summary>The counts a run would produce: invite, reset, each skip reason, and contacts several patients share.</summary>
public sealed record DryRunResponse(int Total, IReadOnlyDictionary<string, int> Outcomes, int SharedContacts)
{
    public static DryRunResponse From(DryRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Total, AllOutcomes(result.Outcomes), result.SharedContacts);
    }

    internal static Dictionary<string, int> AllOutcomes(IReadOnlyDictionary<InviteOutcome, int> counts) =>
        Enum.GetValues<InviteOutcome>().ToDictionary(outcome => outcome.ToString(), outcome => counts.GetValueOrDefault(outcome));
}

public sealed record InvitationRunResponse(
    Guid Id,
    string Status,
    string Selection,
    string CreatedBy,
    int Total,
    int Processed,
    int PercentDone,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt)
{
    public static InvitationRunResponse From(InvitationBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var percent = batch.Total == 0 ? 100 : (int)Math.Floor(100.0 * batch.Processed / batch.Total);
        return new(batch.Id, batch.Status.ToString(), batch.Selection, batch.CreatedBy, batch.Total, batch.Processed, percent, batch.CreatedAt, batch.CompletedAt);
    }
}

public sealed record InvitationRunItemResponse(Guid PatientId, string PatientName, string? Outcome, Guid? InvitationId, DateTimeOffset? ProcessedAt);

/// <summary>A run with its outcome counts, the delivery status of its messages, and one page of per-patient outcomes.</summary>
/// <param name="Delivery">Its messages waiting, retrying after a failure, sent and failed: done inviting is not done sending.</param>
public sealed record InvitationRunProgressResponse(
    InvitationRunResponse Run,
    IReadOnlyDictionary<string, int> Outcomes,
    IReadOnlyDictionary<string, int> Messages,
    RunDeliveryResponse Delivery,
    IReadOnlyList<InvitationRunItemResponse> Items)
{
    public static InvitationRunProgressResponse From(BatchProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return new(
            InvitationRunResponse.From(progress.Batch),
            DryRunResponse.AllOutcomes(progress.Outcomes),
            Enum.GetValues<MessageStatus>().ToDictionary(status => status.ToString(), status => progress.Messages.GetValueOrDefault(status)),
            RunDeliveryResponse.From(progress.Delivery),
            progress.Items.Select(item => new InvitationRunItemResponse(item.PatientId, item.PatientName, item.Outcome?.ToString(), item.InvitationId, item.ProcessedAt)).ToList());
    }
}

/// <param name="Status"><c>Sending</c> while messages wait, <c>Retrying</c> while some have failed and will be tried again, <c>Done</c> when every one reached a final state.</param>
/// <param name="Waiting">Not tried yet (or held for quiet hours).</param>
/// <param name="Retrying">Failed and will be tried again.</param>
/// <param name="Suppressed">Not sent on purpose (opted out, no consent).</param>
public sealed record RunDeliveryResponse(string Status, int Waiting, int Retrying, int Sent, int Delivered, int Failed, int Suppressed)
{
    public static RunDeliveryResponse From(DeliveryCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var status = counts.Retrying > 0 ? "Retrying" : counts.Waiting > 0 ? "Sending" : "Done";
        return new(status, counts.Waiting, counts.Retrying, counts.Sent, counts.Delivered, counts.Failed, counts.Suppressed);
    }
}
