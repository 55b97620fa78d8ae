using Microsoft.Extensions.Options;

namespace PatientPortal.Infrastructure.Messaging.Sms;

/// <summary>
/// Points the Twilio helper library at <see cref="TwilioOptions.BaseUrl"/>: the library always builds
/// <c>https://api.twilio.com/…</c>, while a regional endpoint, a proxy or a test server needs another address.
/// The path and query the library built are kept, under the base URL's own path.
/// </summary>
internal sealed class TwilioBaseUrlHandler(IOptions<TwilioOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var baseUrl = options.Value.BaseUrl;
        if (request.RequestUri is { } built && !SameAuthority(built, baseUrl))
        {
            request.RequestUri = new Uri(WithTrailingSlash(baseUrl), built.PathAndQuery.TrimStart('/'));
        }

        return base.SendAsync(request, cancellationToken);
    }

    private static bool SameAuthority(Uri built, Uri baseUrl) =>
        Uri.Compare(built, baseUrl, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0
        && built.AbsolutePath.StartsWith(WithTrailingSlash(baseUrl).AbsolutePath, StringComparison.Ordinal);

    private static Uri WithTrailingSlash(Uri baseUrl) =>
        baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
}
