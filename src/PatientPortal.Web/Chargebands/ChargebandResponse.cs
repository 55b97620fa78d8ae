using System.Text.Json.Serialization;
using PatientPortal.Core.Chargebands;

namespace PatientPortal.Web.Chargebands;

public sealed record BillingRuleModel(
    [property: JsonConverter(typeof(JsonStringEnumConverter<BillingRuleType>))] BillingRuleType Type,
    string? Description = null,
    decimal? Percentage = null);

public sealed record GeneratedInviteCodeResponse(string InviteCode);

public sealed record OnlineBookingResponse(
    bool Enabled,
    [property: JsonConverter(typeof(JsonStringEnumConverter<PatientAccessMode>))] PatientAccessMode? AccessMode,
    DateTimeOffset? EnabledAt,
    bool InvitesCurrentAndFuturePatients);

public sealed record OnlineSettingsResponse(
    string? InviteCode,
    DateOnly? InviteCodeValidFrom,
    DateOnly? InviteCodeValidUntil,
    int? InviteCodeUsageCap,
    int InviteCodeSignUpCount,
    bool InviteCodeAcceptingSignUps,
    bool AllowOnlineMessaging);

/// <summary>A chargeband as the backoffice shows it. Online settings are null until first filled in and kept while booking is disabled.</summary>
public sealed record ChargebandResponse(
    Guid Id,
    string Name,
    IReadOnlyList<BillingRuleModel> BillingRules,
    bool AllowsPatientSelfBook,
    OnlineBookingResponse OnlineBooking,
    OnlineSettingsResponse? OnlineSettings,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ChargebandResponse From(Chargeband chargeband, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(chargeband);
        return new ChargebandResponse(
            chargeband.Id,
            chargeband.Name,
            chargeband.BillingRules.Select(rule => new BillingRuleModel(rule.Type, rule.Description, rule.Percentage)).ToList(),
            chargeband.AllowsPatientSelfBook,
            new OnlineBookingResponse(chargeband.OnlineBookingEnabled, chargeband.AccessMode, chargeband.OnlineBookingEnabledAt, chargeband.InvitesPatientsAutomatically),
            chargeband.HasOnlineSettings
                ? new OnlineSettingsResponse(
                    chargeband.InviteCode,
                    chargeband.InviteCodeValidFrom,
                    chargeband.InviteCodeValidUntil,
                    chargeband.InviteCodeUsageCap,
                    chargeband.InviteCodeSignUpCount,
                    chargeband.AcceptsSignUps(today),
                    chargeband.AllowOnlineMessaging)
                : null,
            chargeband.CreatedAt,
            chargeband.UpdatedAt);
    }
}
