using System.Text.Json.Serialization;
using PatientPortal.Core.Chargebands;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Chargebands;

public sealed record SaveChargebandRequest(string? Name, IReadOnlyList<BillingRuleModel>? BillingRules)
{
    public SaveChargebandCommand ToCommand() =>
        new(Name, BillingRules?.Select(rule => new BillingRule(rule.Type, rule.Description, rule.Percentage)).ToList());
}

public sealed record EnableOnlineBookingRequest(
    [property: JsonConverter(typeof(JsonStringEnumConverter<PatientAccessMode>))] PatientAccessMode AccessMode);

/// <param name="AcceptGuessableInviteCode">Save a new code even though it is easy to guess (the answer to a 400 carrying <c>guessableInviteCode: true</c>).</param>
public sealed record OnlineSettingsRequest(
    string? InviteCode,
    bool AllowOnlineMessaging,
    DateOnly? InviteCodeValidFrom,
    DateOnly? InviteCodeValidUntil,
    int? InviteCodeUsageCap,
    bool AcceptGuessableInviteCode = false)
{
    public OnlineSettings ToSettings() => new(InviteCode, AllowOnlineMessaging, InviteCodeValidFrom, InviteCodeValidUntil, InviteCodeUsageCap, AcceptGuessableInviteCode);
}
