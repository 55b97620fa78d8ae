namespace PatientPortal.Core.Chargebands;

/// <summary>The online settings panel of a chargeband, as an admin submits it.</summary>
public sealed record OnlineSettings(
    string? InviteCode,
    bool AllowOnlineMessaging,
    DateOnly? InviteCodeValidFrom = null,
    DateOnly? InviteCodeValidUntil = null,
    int? InviteCodeUsageCap = null);
