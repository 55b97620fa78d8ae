using System.Net.Mail;
using Microsoft.Extensions.Configuration;
using PatientPortal.Infrastructure.Email;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Configuration.Models;
using MailKitSocketOptions = MailKit.Security.SecureSocketOptions;
using UmbracoSocketOptions = Umbraco.Cms.Core.Configuration.Models.SecureSocketOptions;

namespace PatientPortal.Umbraco.Email;

/// <summary>
/// Maps an Umbraco site's SMTP settings (<c>Umbraco:CMS:Global:Smtp</c>) onto PatientPortal's, so a site sets up its
/// email once. PatientPortal's own settings win: any of <c>PatientPortal:Email:Host</c>, <c>DeliveryMethod</c> or
/// <c>PickupDirectoryLocation</c> and none of Umbraco's is used.
/// </summary>
public static class UmbracoEmailDefaults
{
    public const string UmbracoSection = Constants.Configuration.ConfigGlobal + ":Smtp";

    /// <summary>The site's Umbraco SMTP settings when PatientPortal is to use them; null when it has its own or Umbraco has none (no host, no pickup folder).</summary>
    public static SmtpSettings? Resolve(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var own = configuration.GetSection("PatientPortal:Email");
        if (own[nameof(EmailOptions.Host)] is { Length: > 0 } || own[nameof(EmailOptions.DeliveryMethod)] is { Length: > 0 } || own[nameof(EmailOptions.PickupDirectoryLocation)] is { Length: > 0 })
        {
            return null;
        }

        var umbraco = configuration.GetSection(UmbracoSection).Get<SmtpSettings>();
        return umbraco is not null && (!string.IsNullOrWhiteSpace(umbraco.Host) || !string.IsNullOrWhiteSpace(umbraco.PickupDirectoryLocation)) ? umbraco : null;
    }

    /// <summary>
    /// Copies Umbraco's transport and sender onto <paramref name="options"/>; a <c>From</c> of PatientPortal's own stays.
    /// Umbraco's default <c>Auto</c> would send in clear to a server without TLS: here it is STARTTLS, refused when not
    /// offered (or TLS on connect on port 465), as PatientPortal's own default. Relative pickup folders are under
    /// <paramref name="contentRoot"/>.
    /// </summary>
    public static void Apply(SmtpSettings umbraco, EmailOptions options, bool ownFrom, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(umbraco);
        ArgumentNullException.ThrowIfNull(options);
        var pickup = umbraco.DeliveryMethod != SmtpDeliveryMethod.Network || string.IsNullOrWhiteSpace(umbraco.Host);
        options.DeliveryMethod = pickup ? EmailDeliveryMethod.SpecifiedPickupDirectory : EmailDeliveryMethod.Network;
        if (pickup && !string.IsNullOrWhiteSpace(umbraco.PickupDirectoryLocation))
        {
            options.PickupDirectoryLocation = Path.Combine(contentRoot, umbraco.PickupDirectoryLocation);
        }

        options.Host = umbraco.Host;
        options.Port = umbraco.Port;
        options.SecureSocketOptions = SocketOptions(umbraco.SecureSocketOptions, umbraco.Port);
        options.Username = umbraco.Username;
        options.Password = umbraco.Password;
        if (!ownFrom && !string.IsNullOrWhiteSpace(umbraco.From))
        {
            options.From = umbraco.From;
        }

        options.SettingsSource = UmbracoSection;
    }

    private static MailKitSocketOptions SocketOptions(UmbracoSocketOptions options, int port) => options switch
    {
        UmbracoSocketOptions.None => MailKitSocketOptions.None,
        UmbracoSocketOptions.SslOnConnect => MailKitSocketOptions.SslOnConnect,
        UmbracoSocketOptions.StartTlsWhenAvailable => MailKitSocketOptions.StartTlsWhenAvailable,
        UmbracoSocketOptions.Auto when port == 465 => MailKitSocketOptions.SslOnConnect,
        _ => MailKitSocketOptions.StartTls,
    };
}
