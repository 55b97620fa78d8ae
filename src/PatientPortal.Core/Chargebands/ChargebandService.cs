using Microsoft.Extensions.Logging;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Common.Notifications;

namespace PatientPortal.Core.Chargebands;

/// <summary>The practice admin's use cases for chargebands and their online settings.</summary>
public sealed class ChargebandService(
    IChargebandRepository chargebands,
    IUnitOfWork unitOfWork,
    IDomainNotifications notifications,
    IAuditLog audit,
    InviteCodeStrength strength,
    TimeProvider timeProvider,
    ILogger<ChargebandService> logger)
{
    public Task<IReadOnlyList<Chargeband>> ListAsync(CancellationToken cancellationToken) =>
        chargebands.ListAsync(cancellationToken);

    public async Task<Result<Chargeband>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await chargebands.FindAsync(id, cancellationToken) is { } chargeband ? chargeband : NotFound(id);

    public async Task<Result<Chargeband>> CreateAsync(SaveChargebandCommand command, string actor, CancellationToken cancellationToken)
    {
        var created = Chargeband.Create(command.Name, command.BillingRules, timeProvider.GetUtcNow());
        if (!created.Succeeded)
        {
            return created;
        }

        chargebands.Add(created.Value!);
        audit.Record(actor, "chargeband.created", "chargeband", created.Value!.Id, created.Value.Name);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Actor} created chargeband {ChargebandId} ({Name})", LogValue.Safe(actor), created.Value!.Id, LogValue.Safe(created.Value.Name));
        return created;
    }

    public Task<Result<Chargeband>> UpdateAsync(Guid id, SaveChargebandCommand command, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, "chargeband.updated", "updated", chargeband => chargeband.Update(command.Name, command.BillingRules, timeProvider.GetUtcNow()), cancellationToken);

    /// <summary>
    /// Turns online booking on. With "Allow and notify", every current patient without an account is invited in a bulk
    /// run, started in the same transaction: the chargeband never notifies without its run, nor the run without it.
    /// </summary>
    public async Task<Result<Chargeband>> EnableOnlineBookingAsync(Guid id, EnableOnlineBookingCommand command, string actor, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        var result = await ChangeAsync(id, actor, "chargeband.online-booking.enabled", $"enabled online booking ({command.AccessMode}) on", chargeband =>
        {
            chargeband.EnableOnlineBooking(command.AccessMode, timeProvider.GetUtcNow());
            return chargeband;
        }, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        if (result.Value!.InvitesPatientsAutomatically)
        {
            await notifications.PublishAsync(new AllowAndNotifyEnabled(id, result.Value.Name, actor), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public Task<Result<Chargeband>> DisableOnlineBookingAsync(Guid id, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, "chargeband.online-booking.disabled", "disabled online booking on", chargeband =>
        {
            chargeband.DisableOnlineBooking(timeProvider.GetUtcNow());
            return chargeband;
        }, cancellationToken);

    public async Task<Result<Chargeband>> ConfigureOnlineSettingsAsync(Guid id, OnlineSettings settings, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        InviteCode? code = null;
        if (!string.IsNullOrWhiteSpace(settings.InviteCode)
            && InviteCode.TryCreate(settings.InviteCode, out code, out _)
            && await chargebands.InviteCodeTakenAsync(code.Normalized, id, cancellationToken))
        {
            return CodeTaken(code.Value);
        }

        var verb = "changed the online settings of";
        try
        {
            return await ChangeAsync(id, actor, "chargeband.online-settings.changed", () => verb, chargeband =>
            {
                var weaknesses = code is null || code.Normalized == chargeband.InviteCodeNormalized ? [] : strength.Weaknesses(code, chargeband.Name);
                if (weaknesses.Count > 0)
                {
                    // Recorded only if the change succeeds, which with weaknesses means the admin accepted them.
                    verb = $"set a guessable invite code ({string.Join("; ", weaknesses)}), accepting the warning, in the online settings of";
                }

                return chargeband.ConfigureOnlineSettings(settings, timeProvider.GetUtcNow(), weaknesses);
            }, cancellationToken);
        }
        catch (UniqueConstraintViolationException)
        {
            // Another admin saved the same code between our check and our save.
            return CodeTaken(settings.InviteCode?.Trim());
        }
    }

    /// <summary>A strong code (see <see cref="InviteCodeStrength.Generate"/>) that no chargeband uses, for the admin to save.</summary>
    public async Task<InviteCode> GenerateInviteCodeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var code = strength.Generate();
            if (!await chargebands.InviteCodeTakenAsync(code.Normalized, Guid.Empty, cancellationToken))
            {
                return code;
            }
        }
    }

    public async Task<Result<Guid>> DeleteAsync(Guid id, string actor, CancellationToken cancellationToken)
    {
        if (await chargebands.FindAsync(id, cancellationToken) is not { } chargeband)
        {
            return NotFound(id);
        }

        var patients = await chargebands.CountPatientsAsync(id, cancellationToken);
        if (patients > 0)
        {
            return Failure.Conflict($"The chargeband '{chargeband.Name}' still has {patients} patient(s). Move them to another chargeband first.");
        }

        chargebands.Remove(chargeband);
        audit.Record(actor, "chargeband.deleted", "chargeband", id, chargeband.Name);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Actor} deleted chargeband {ChargebandId} ({Name})", LogValue.Safe(actor), id, LogValue.Safe(chargeband.Name));
        return id;
    }

    private Task<Result<Chargeband>> ChangeAsync(Guid id, string actor, string action, string verb, Func<Chargeband, Result<Chargeband>> change, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, action, () => verb, change, cancellationToken);

    // The verb is read after the change, which may say more about what it did.
    private async Task<Result<Chargeband>> ChangeAsync(Guid id, string actor, string action, Func<string> describe, Func<Chargeband, Result<Chargeband>> change, CancellationToken cancellationToken)
    {
        if (await chargebands.FindAsync(id, cancellationToken) is not { } chargeband)
        {
            return NotFound(id);
        }

        var result = change(chargeband);
        if (!result.Succeeded)
        {
            return result;
        }

        var verb = describe();
        audit.Record(actor, action, "chargeband", id, $"{verb} {chargeband.Name}");
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Actor} {Verb} chargeband {ChargebandId}", LogValue.Safe(actor), verb, id);
        return result;
    }

    private static Failure CodeTaken(string? code) =>
        Failure.Conflict("inviteCode", $"The invite code '{code}' is already used by another chargeband. Codes are compared without regard to case.");

    private static Failure NotFound(Guid id) => Failure.NotFound($"There is no chargeband with id {id}.");
}
