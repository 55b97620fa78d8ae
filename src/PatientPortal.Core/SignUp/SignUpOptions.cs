using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Core.SignUp;

public sealed class SignUpOptions
{
    /// <summary>How long an email-confirmation link works.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan ConfirmationLinkLifetime { get; set; } = TimeSpan.FromHours(24);
}
