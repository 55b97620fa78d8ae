using PatientPortal.Core.Common;

namespace PatientPortal.Core.Chargebands;

/// <summary>
/// A billing category every patient sits on. It owns its online-booking state: the online settings (invite
/// code, messaging) exist only while online booking is enabled, and disabling keeps them but stops the code.
/// </summary>
public sealed class Chargeband
{
    public const int MaximumNameLength = 100;

    private readonly List<BillingRule> _billingRules = [];

    private Chargeband()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public IReadOnlyList<BillingRule> BillingRules => _billingRules;

    public bool AllowsPatientSelfBook => _billingRules.Any(rule => rule.Type == BillingRuleType.PatientSelfBook);

    public bool OnlineBookingEnabled { get; private set; }

    /// <summary>The access mode chosen when online booking was last enabled; kept while disabled.</summary>
    public PatientAccessMode? AccessMode { get; private set; }

    public DateTimeOffset? OnlineBookingEnabledAt { get; private set; }

    /// <summary>True while the chargeband invites its current and future patients (Allow and notify).</summary>
    public bool InvitesPatientsAutomatically => OnlineBookingEnabled && AccessMode == PatientAccessMode.AllowAndNotify;

    /// <summary>Whether the online settings panel has ever been filled in (they survive a disable).</summary>
    public bool HasOnlineSettings { get; private set; }

    public string? InviteCode { get; private set; }

    public string? InviteCodeNormalized { get; private set; }

    public DateOnly? InviteCodeValidFrom { get; private set; }

    public DateOnly? InviteCodeValidUntil { get; private set; }

    public int? InviteCodeUsageCap { get; private set; }

    /// <summary>Sign-ups through the current invite code; starts again at zero when the code changes.</summary>
    public int InviteCodeSignUpCount { get; private set; }

    public bool AllowOnlineMessaging { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Result<Chargeband> Create(string? name, IEnumerable<BillingRule>? billingRules, DateTimeOffset now)
    {
        var chargeband = new Chargeband { Id = Guid.CreateVersion7(now), CreatedAt = now };
        var result = chargeband.Update(name, billingRules, now);
        return result.Succeeded ? chargeband : result.Failure!;
    }

    public Result<Chargeband> Update(string? name, IEnumerable<BillingRule>? billingRules, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            errors.Add("name", "Enter a name for the chargeband.");
        }
        else if (trimmed.Length > MaximumNameLength)
        {
            errors.Add("name", $"A chargeband name has at most {MaximumNameLength} characters.");
        }
        else if (HiddenCharacters.First(trimmed) is not null)
        {
            errors.Add("name", $"The chargeband name {HiddenCharacters.FieldMessage}");
        }

        var rules = billingRules?.ToList() ?? [];
        if (rules.Exists(rule => rule is null))
        {
            errors.Add("billingRules", "A billing rule is missing: send each rule with its type, or leave it out.");
            rules.RemoveAll(rule => rule is null);
        }

        if (rules.GroupBy(rule => rule.Type).Any(group => group.Key != BillingRuleType.Discount && group.Count() > 1))
        {
            errors.Add("billingRules", "Each billing rule other than a discount may appear only once.");
        }

        foreach (var rule in rules)
        {
            if (rule.Type == BillingRuleType.Discount && rule.Percentage is not (> 0 and <= 100))
            {
                errors.Add("billingRules", "A discount needs a percentage above 0 and at most 100.");
            }
            else if (rule.Type != BillingRuleType.Discount && rule.Percentage is not null)
            {
                errors.Add("billingRules", $"Only a discount takes a percentage, not {rule.Type}.");
            }

            if (rule.Description is { Length: > 200 })
            {
                errors.Add("billingRules", "A billing rule description has at most 200 characters.");
            }
        }

        if (errors.Any)
        {
            return Failure.Invalid(errors);
        }

        Name = trimmed;
        _billingRules.Clear();
        _billingRules.AddRange(rules);
        UpdatedAt = now;
        return this;
    }

    public void EnableOnlineBooking(PatientAccessMode mode, DateTimeOffset now)
    {
        if (!OnlineBookingEnabled || AccessMode != mode)
        {
            OnlineBookingEnabledAt = now;
        }

        OnlineBookingEnabled = true;
        AccessMode = mode;
        UpdatedAt = now;
    }

    public void DisableOnlineBooking(DateTimeOffset now)
    {
        OnlineBookingEnabled = false;
        UpdatedAt = now;
    }

    /// <summary>
    /// Fills in the online settings panel. Uniqueness of the code across chargebands is checked by the caller,
    /// and so is its strength: a new or changed code with <paramref name="codeWeaknesses"/> is refused unless
    /// the admin accepted them (the code the chargeband already has was accepted when it was set).
    /// </summary>
    public Result<Chargeband> ConfigureOnlineSettings(OnlineSettings settings, DateTimeOffset now, IReadOnlyList<string>? codeWeaknesses = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!OnlineBookingEnabled)
        {
            return Failure.Conflict("Online settings exist only while online booking is enabled. Enable online booking first.");
        }

        var errors = new ValidationErrors();
        Chargebands.InviteCode? code = null;
        if (!string.IsNullOrWhiteSpace(settings.InviteCode) && !Chargebands.InviteCode.TryCreate(settings.InviteCode, out code, out var codeError))
        {
            errors.Add("inviteCode", codeError);
        }

        if (settings.InviteCodeValidFrom is { } from && settings.InviteCodeValidUntil is { } until && until < from)
        {
            errors.Add("inviteCodeValidUntil", "The code cannot stop working before it starts.");
        }

        if (settings.InviteCodeUsageCap is < 1)
        {
            errors.Add("inviteCodeUsageCap", "A usage cap is at least 1; leave it empty for no cap.");
        }

        var codeChanged = !string.Equals(code?.Normalized, InviteCodeNormalized, StringComparison.Ordinal);
        var guessable = code is not null && codeChanged && codeWeaknesses is { Count: > 0 } && !settings.AcceptGuessableInviteCode;
        if (guessable)
        {
            errors.Add("inviteCode", GuessableInviteCode.Message(codeWeaknesses!));
        }

        if (errors.Any)
        {
            return guessable ? GuessableInviteCode.Refusal(errors) : Failure.Invalid(errors);
        }

        if (codeChanged)
        {
            InviteCodeSignUpCount = 0;
        }

        HasOnlineSettings = true;
        InviteCode = code?.Value;
        InviteCodeNormalized = code?.Normalized;
        InviteCodeValidFrom = settings.InviteCodeValidFrom;
        InviteCodeValidUntil = settings.InviteCodeValidUntil;
        InviteCodeUsageCap = settings.InviteCodeUsageCap;
        AllowOnlineMessaging = settings.AllowOnlineMessaging;
        UpdatedAt = now;
        return this;
    }

    /// <summary>Whether a new patient may sign up with this chargeband's code on the given practice date.</summary>
    public bool AcceptsSignUps(DateOnly today) =>
        OnlineBookingEnabled
        && InviteCodeNormalized is not null
        && (InviteCodeValidFrom is null || today >= InviteCodeValidFrom)
        && (InviteCodeValidUntil is null || today <= InviteCodeValidUntil)
        && (InviteCodeUsageCap is null || InviteCodeSignUpCount < InviteCodeUsageCap);
}
