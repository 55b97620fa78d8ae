using System.Globalization;
using Microsoft.Extensions.Logging;
using PatientPortal.Core.Appointments;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Practice;

namespace PatientPortal.Core.Imports;

/// <summary>
/// Batch upserts from the practice-management system, matched on external ids, so the same file imported twice
/// changes nothing the second time. A rejected row changes nothing; the valid rows of a batch are saved together,
/// with the audit entry, in one transaction.
/// </summary>
public sealed class ImportService(
    IImportStore store,
    IUnitOfWork unitOfWork,
    IAuditLog audit,
    IEnumerable<IAppointmentsChanged> appointmentsChanged,
    PracticeClock clock,
    ILogger<ImportService> logger)
{
    /// <summary>Large enough for a day's export of a busy practice, small enough to check and save in one go.</summary>
    public const int MaxRows = 5_000;

    public static Failure TooManyRows(int count) =>
        Failure.Invalid("rows", string.Create(CultureInfo.InvariantCulture, $"An import takes at most {MaxRows:N0} rows; this one has {count:N0}. Split it into smaller batches."));

    public async Task<Result<ImportReport>> ImportServicesAsync(IReadOnlyList<ImportRow<ServiceRow>> rows, string actor, CancellationToken cancellationToken) =>
        (await RunAsync(new ServiceImport(store, clock.UtcNow), rows, actor, cancellationToken)).Result;

    public async Task<Result<ImportReport>> ImportMemberPortalsAsync(IReadOnlyList<ImportRow<MemberPortalRow>> rows, string actor, CancellationToken cancellationToken) =>
        (await RunAsync(new MemberPortalImport(store, clock.UtcNow), rows, actor, cancellationToken)).Result;

    public async Task<Result<ImportReport>> ImportMembersAsync(IReadOnlyList<ImportRow<MemberRow>> rows, string actor, CancellationToken cancellationToken) =>
        (await RunAsync(new MemberImport(store, clock.UtcNow), rows, actor, cancellationToken)).Result;

    public async Task<Result<ImportReport>> ImportRecallsAsync(IReadOnlyList<ImportRow<RecallRow>> rows, string actor, CancellationToken cancellationToken) =>
        (await RunAsync(new RecallImport(store, clock.UtcNow), rows, actor, cancellationToken)).Result;

    /// <summary>Imports appointments, then tells <see cref="IAppointmentsChanged"/> which were created or changed.</summary>
    public async Task<Result<ImportReport>> ImportAppointmentsAsync(IReadOnlyList<ImportRow<AppointmentRow>> rows, string actor, CancellationToken cancellationToken)
    {
        var run = await RunAsync(new AppointmentImport(store, clock.TimeZone, clock.UtcNow), rows, actor, cancellationToken);
        if (run.Result.Succeeded && run.Changed.Count > 0)
        {
            foreach (var listener in appointmentsChanged)
            {
                try
                {
                    await listener.AppointmentsChangedAsync(run.Changed, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The appointments are committed and the report is true; what follows from them is the listener's to retry.
                    logger.LogError(exception, "{Listener} failed for {Count} imported appointments", listener.GetType().Name, run.Changed.Count);
                }
            }
        }

        return run.Result;
    }

    private async Task<Run> RunAsync<TRow>(IImportKind<TRow> kind, IReadOnlyList<ImportRow<TRow>> rows, string actor, CancellationToken cancellationToken)
        where TRow : IImportRow
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count > MaxRows)
        {
            return new(TooManyRows(rows.Count), []);
        }

        var batch = rows.Select(row => row with { Values = kind.Normalize(row.Values) }).ToList();
        var errors = batch.Select(row =>
        {
            var rowErrors = new RowErrors(row.FormatErrors);
            kind.Validate(row.Values, rowErrors);
            return rowErrors;
        }).ToList();
        RejectDuplicates(batch, errors);

        var valid = Enumerable.Range(0, batch.Count).Where(index => !errors[index].Any).ToList();
        var plan = await kind.PlanAsync(valid.Select(index => batch[index].Values).ToList(), cancellationToken);
        foreach (var index in valid)
        {
            plan.CheckReferences(batch[index].Values, errors[index]);
        }

        int created = 0, updated = 0, unchanged = 0;
        var changed = new List<Guid>();
        var rejected = new List<RejectedRow>();
        for (var index = 0; index < batch.Count; index++)
        {
            if (errors[index].Any)
            {
                rejected.Add(new RejectedRow(batch[index].Number, batch[index].Values.ExternalId, errors[index].ToList()));
                continue;
            }

            var outcome = plan.Apply(batch[index].Values);
            switch (outcome.Change)
            {
                case RowChange.Created:
                    created++;
                    changed.Add(outcome.Id);
                    break;
                case RowChange.Updated:
                    updated++;
                    changed.Add(outcome.Id);
                    break;
                default:
                    unchanged++;
                    break;
            }
        }

        var report = new ImportReport(kind.Name, created, updated, unchanged, rejected.Count, rejected);
        var summary = string.Create(CultureInfo.InvariantCulture, $"{report.Total} rows: {created} created, {updated} updated, {unchanged} unchanged, {rejected.Count} rejected");
        audit.Record(actor, $"import.{kind.Name}", "import", null, summary);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (UniqueConstraintViolationException)
        {
            // Another import created some of the same external ids between our look-up and our save.
            return new(Failure.Conflict($"Another import saved {kind.Name} with some of these external ids at the same time, so nothing was saved. Run this import again; repeating it is safe."), []);
        }

        logger.LogInformation("{Actor} imported {Kind}: {Summary}", LogValue.Safe(actor), kind.Name, summary);
        return new(report, changed);
    }

    /// <summary>Two rows with one external id: neither is taken, since the batch does not say which is right.</summary>
    private static void RejectDuplicates<TRow>(List<ImportRow<TRow>> batch, List<RowErrors> errors)
        where TRow : IImportRow
    {
        var groups = Enumerable.Range(0, batch.Count)
            .Where(index => batch[index].Values.ExternalId is not null)
            .GroupBy(index => batch[index].Values.ExternalId!, StringComparer.Ordinal)
            .Where(group => group.Count() > 1);
        foreach (var group in groups)
        {
            var numbers = string.Join(", ", group.Select(index => batch[index].Number.ToString(CultureInfo.InvariantCulture)));
            foreach (var index in group)
            {
                errors[index].Add(ImportFields.ExternalId, $"External id '{group.Key}' is on more than one row of this import (rows {numbers}); each row needs its own.");
            }
        }
    }

    private sealed record Run(Result<ImportReport> Result, IReadOnlyList<Guid> Changed);
}
