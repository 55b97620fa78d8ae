using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Practice;
using PatientPortal.Core.SignUp;
using PatientPortal.Infrastructure.RateLimiting;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.SignUp;

/// <summary>
/// The invite-code step's budgets, counted in the database so they hold across clients and servers. More
/// refused codes from all clients within a window than the budget, or more near misses of one live code, put
/// the step under attack for the rest of that window and the whole next one: every invite-code answer is held
/// back alike, right or wrong, and each client may make only a few invite-code requests per window. The first
/// trip in a window is written to the audit log.
/// </summary>
public sealed class InviteCodeBudget(
    IRateLimitCounters counters,
    IServiceScopeFactory scopes,
    IOptions<RateLimitOptions> options,
    PracticeClock clock,
    ILogger<InviteCodeBudget> logger) : IInviteCodeFailures
{
    public const string AuditAction = "sign-up.invite-code-budget.exceeded";
    private const string Alarm = "invite-code-alarm";

    /// <summary>
    /// The window an invite-code request (a check, or a sign-up carrying a code) is counted in for its client. It is
    /// counted at all times, so the allowance under attack includes what the client tried before it began; the caller
    /// counts it with the public limits, in one write that also reads the alarms, then asks <see cref="Enter"/> how to answer.
    /// </summary>
    public InviteCodeAttempt Attempt(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = clock.UtcNow;
        var window = FixedWindow.At(now, options.Value.InviteCodeWindow);
        return new InviteCodeAttempt(now, window, [
            new RateLimitIncrement(window.Key($"invite-code-client|{PublicRateLimiter.ClientOf(context)}"), window.End),
            AlarmRead(window),
            AlarmRead(window.Previous),
        ]);
    }

    /// <summary>How to answer an invite-code request, from the counts of its <see cref="InviteCodeAttempt.Counters"/>.</summary>
    public InviteCodeStep Enter(InviteCodeAttempt attempt, IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(counts);
        var (attempts, alarm, earlierAlarm) = (counts[0], counts[1], counts[2]);
        if (alarm == 0 && earlierAlarm == 0)
        {
            return InviteCodeStep.Open;
        }

        var limits = options.Value;
        return attempts > limits.InviteCodeAttemptsPerClientUnderAttack
            ? InviteCodeStep.Refused(attempt.Window.End - attempt.Now)
            : InviteCodeStep.Slowed(limits.InviteCodeDelayUnderAttack);
    }

    public async Task CountAsync(Guid? nearMissOf, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var window = FixedWindow.At(clock.UtcNow, limits.InviteCodeWindow);
        var minutes = (int)limits.InviteCodeWindow.TotalMinutes;
        var failures = await counters.IncrementAsync(window.Key("invite-code-failures"), window.End, cancellationToken);
        // Each count is answered once, so exactly one request sees the budget pass.
        if (failures == limits.InviteCodeFailuresPerWindow + 1)
        {
            await TripAsync(window, null, Invariant($"More than {limits.InviteCodeFailuresPerWindow} invite codes were refused within {minutes} minutes, from all clients together"), cancellationToken);
        }

        if (nearMissOf is { } chargebandId)
        {
            var nearMisses = await counters.IncrementAsync(window.Key($"invite-code-near-misses|{chargebandId:N}"), window.End, cancellationToken);
            if (nearMisses == limits.InviteCodeNearMissesPerWindow + 1)
            {
                await TripAsync(window, chargebandId, Invariant($"More than {limits.InviteCodeNearMissesPerWindow} refused codes within {minutes} minutes were close to this chargeband's invite code"), cancellationToken);
            }
        }
    }

    /// <summary>Reads a window's alarm, keeping it as long as a trip would (see <see cref="TripAsync"/>).</summary>
    private static RateLimitIncrement AlarmRead(FixedWindow window) => new(window.Key(Alarm), window.End + window.Length, By: 0);

    private async Task TripAsync(FixedWindow window, Guid? chargebandId, string reason, CancellationToken cancellationToken)
    {
        var until = window.End + window.Length;
        // The alarm is read in its own window and the next, so it is kept until the next one ends (as AlarmRead keeps it).
        var trips = await counters.IncrementAsync(window.Key(Alarm), until, cancellationToken);
        logger.LogWarning("The invite-code budget was exceeded: {Reason} (chargeband {ChargebandId})", reason, chargebandId);
        if (trips > 1)
        {
            return;
        }

        var limits = options.Value;
        var details = Invariant($"{reason}. Until {TimeZoneInfo.ConvertTime(until, clock.TimeZone):HH:mm} (practice time) every invite-code answer is held back {limits.InviteCodeDelayUnderAttack.TotalSeconds:0.#} s, right or wrong, and each address may make {limits.InviteCodeAttemptsPerClientUnderAttack} invite-code requests per {(int)limits.InviteCodeWindow.TotalMinutes} minutes. If this keeps happening, give the chargeband a new code (Generate).");
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IAuditLog>().Record(AuditActors.System, AuditAction, chargebandId is null ? null : "chargeband", chargebandId, details);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancellationToken);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
