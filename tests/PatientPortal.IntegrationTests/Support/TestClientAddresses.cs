using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>
/// Lets a test play clients at many addresses: the in-memory server has no sockets, so the address comes from a
/// header that only the test host reads.
/// </summary>
public static class TestClientAddresses
{
    public const string Header = "X-Test-Client-Address";

    public static IServiceCollection AddTestClientAddresses(this IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, AddressFilter>();

    public static HttpClient From(this HttpClient client, string address)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Remove(Header);
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    private sealed class AddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
