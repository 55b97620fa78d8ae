using System.ComponentModel.DataAnnotations;
using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Invitations;

public sealed class InvitationOptions
{
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromHours(72);

    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Channels invitations go out on, each only where the patient has the details and consent; email and
    /// SMS when not set. (No default array here: the configuration binder appends to one instead of replacing it.)
    /// </summary>
    public MessageChannel[]? Channels { get; set; }

    public IReadOnlyList<MessageChannel> EffectiveChannels => Channels is { Length: > 0 } channels ? channels : [MessageChannel.Email, MessageChannel.Sms];

    /// <summary>
    /// A patient gets at most one self-service message (a sign-up that matched them, "send me a new link", repeated
    /// failed sign-ins) in this window, however often strangers trigger one.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan SelfServiceMessageWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long the reset link sent after repeated failed sign-ins works.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan SignInHelpLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long the reset link asked for on the forgotten-password page works.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan ForgottenPasswordLinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A bulk run skips a patient invited fewer than this many days ago.</summary>
    [Range(0, 365)]
    public int SkipInvitedWithinDays { get; set; } = 7;

    /// <summary>Patients a bulk run handles per transaction.</summary>
    [Range(10, 10_000)]
    public int BatchChunkSize { get; set; } = 500;

    public TimeSpan Lifetime(InvitationPurpose purpose) =>
        purpose == InvitationPurpose.PasswordReset ? PasswordResetLifetime : InvitationLifetime;
}
