using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.RateLimiting;
using Polly;
using Twilio.Clients;
using Twilio.Http;

namespace PatientPortal.Infrastructure.Messaging.Sms;

internal static class SmsServiceCollectionExtensions
{
    public const string HttpClientName = "PatientPortal.Twilio";

    public static IServiceCollection AddTwilioSms(this IServiceCollection services, IConfigurationSection section)
    {
        services.AddOptions<TwilioOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.AccountSid), "PatientPortal:Twilio:AccountSid is required when SMS is enabled.")
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.AuthToken), "PatientPortal:Twilio:AuthToken is required when SMS is enabled.")
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.From) || !string.IsNullOrWhiteSpace(o.MessagingServiceSid), "PatientPortal:Twilio:From or PatientPortal:Twilio:MessagingServiceSid is required when SMS is enabled.")
            .ValidateOnStart();
        services.TryAddSingleton<SenderSlots>();
        services.TryAddSingleton<TwilioWebhookSignature>();
        services.TryAddTransient<TwilioBaseUrlHandler>();
        services.TryAddTransient<TwilioSendPermitHandler>();

        // The helper library's client over one of ours, so the factory's handlers (base URL, retries, timeout) apply.
        services.TryAddTransient<ITwilioRestClient>(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<TwilioOptions>>().Value;
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            return new TwilioRestClient(settings.AccountSid, settings.AuthToken, httpClient: new SystemNetHttpClient(http));
        });
        services.TryAddTransient<ISmsSender, TwilioSmsSender>();
        services.TryAddTransient<ISentSmsLookup, TwilioSentSmsLookup>();

        var twilio = services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<TwilioBaseUrlHandler>();
        twilio
            .AddResilienceHandler("twilio", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<TwilioOptions>>().Value;
                // Only what surely did not reach Twilio is sent again here (a 429, no connection; see TwilioAttempts):
                // after a 5xx or a timeout the text may have gone, and the outbox looks it up before it goes again.
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, settings.MaxRetries),
                    BackoffType = DelayBackoffType.Exponential,
                    Delay = settings.RetryBaseDelay,
                    MaxDelay = TimeSpan.FromSeconds(10),
                    UseJitter = true,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = arguments => ValueTask.FromResult(settings.MaxRetries > 0
                        && TwilioAttempts.MayRepeat(arguments.Context.GetRequestMessage(), arguments.Outcome.Result, arguments.Outcome.Exception)),
                });
            });

        // Inside the retries, so each attempt takes its own turn at the sender's rate; outside the timeout, so a wait
        // for that turn is not taken for a hang.
        twilio.AddHttpMessageHandler<TwilioSendPermitHandler>()
            .AddResilienceHandler("twilio-attempt", (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<TwilioOptions>>().Value.RequestTimeout));
        return services;
    }
}
