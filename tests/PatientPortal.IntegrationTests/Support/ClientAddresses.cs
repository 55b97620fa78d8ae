using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>
/// Plays clients at different addresses: the in-memory server has no remote address, so a request names the one
/// it comes from in <see cref="Header"/>. Only test factories add this filter.
/// </summary>
public sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address) && IPAddress.TryParse(address, out var parsed))
            {
                context.Connection.RemoteIpAddress = parsed;
            }

            return nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>A client whose every request comes from <paramref name="address"/>.</summary>
    public static HttpClient From(PortalFactory portal, string address)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var client = portal.Browser();
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }
}
