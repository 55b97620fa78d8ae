namespace PatientPortal.Core.Chargebands;

/// <summary>
/// The online settings panel of a chargeband, as an admin submits it. <paramref name="AcceptGuessableInviteCode"/>
/// is the admin's answer to the warning that a new code is easy to guess (see <see cref="InviteCodeStrength"/>).
/// </summary>
public sealed record OnlineSettings(
    string? InviteCode,
    bool AllowOnlineMessaging,
    DateOnly? InviteCodeValidFrom = null,
    DateOnly? InviteCodeValidUntil = null,
    int? InviteCodeUsageCap = null,
    bool AcceptGuessableInviteCode = false);
