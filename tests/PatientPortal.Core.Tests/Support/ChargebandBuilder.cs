using PatientPortal.Core.Chargebands;

namespace PatientPortal.Core.Tests.Support;

/// <summary>A chargeband taking sign-ups with the code <c>Welcome123</c> unless told otherwise.</summary>
internal sealed class ChargebandBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);

    private string _name = "Private patients";
    private PatientAccessMode? _mode = PatientAccessMode.AllowWithNoNotifications;
    private OnlineSettings? _settings = new("Welcome123", AllowOnlineMessaging: false);
    private bool _disableAfterConfiguring;
    private int _signUps;

    public ChargebandBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public ChargebandBuilder WithAccessMode(PatientAccessMode mode)
    {
        _mode = mode;
        return this;
    }

    public ChargebandBuilder WithoutOnlineBooking()
    {
        _mode = null;
        _settings = null;
        return this;
    }

    public ChargebandBuilder WithSettings(OnlineSettings settings)
    {
        _settings = settings;
        return this;
    }

    public ChargebandBuilder DisabledAfterConfiguring()
    {
        _disableAfterConfiguring = true;
        return this;
    }

    public ChargebandBuilder WithSignUpsCounted(int signUps)
    {
        _signUps = signUps;
        return this;
    }

    public Chargeband Build()
    {
        var chargeband = ResultAssert.Succeeded(Chargeband.Create(_name, [new BillingRule(BillingRuleType.PatientSelfBook)], Now));
        if (_mode is { } mode)
        {
            chargeband.EnableOnlineBooking(mode, Now);
        }

        if (_settings is not null)
        {
            ResultAssert.Succeeded(chargeband.ConfigureOnlineSettings(_settings, Now));
        }

        if (_disableAfterConfiguring)
        {
            chargeband.DisableOnlineBooking(Now);
        }

        if (_signUps > 0)
        {
            SetSignUpCount(chargeband, _signUps);
        }

        return chargeband;
    }

    /// <summary>Only the database counts sign-ups (a conditional UPDATE); tests set the stored count as EF would load it.</summary>
    public static void SetSignUpCount(Chargeband chargeband, int signUps) =>
        typeof(Chargeband).GetProperty(nameof(Chargeband.InviteCodeSignUpCount))!.SetValue(chargeband, signUps);
}
