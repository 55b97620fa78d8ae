using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PatientPortal.Infrastructure.Email;

/// <summary>Says at start-up how email goes out and whose settings those are (PatientPortal's own or the Umbraco site's); never the password.</summary>
internal sealed class EmailSettingsLog(IOptions<EmailOptions> options, ILogger<EmailSettingsLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var email = options.Value;
        if (email.DeliveryMethod == EmailDeliveryMethod.Network)
        {
            logger.LogInformation(
                "PatientPortal sends email through SMTP {Host}:{Port} ({Security}{Authenticated}) from {From}, with the settings of {Source}",
                email.Host,
                email.Port,
                email.SecureSocketOptions,
                string.IsNullOrEmpty(email.Username) ? ", no sign-in" : $", signed in as {email.Username}",
                email.From,
                email.SettingsSource);
        }
        else
        {
            logger.LogInformation(
                "PatientPortal writes email as .eml files to {Folder} (no mail server) from {From}, with the settings of {Source}",
                email.PickupDirectoryLocation,
                email.From,
                email.SettingsSource);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
