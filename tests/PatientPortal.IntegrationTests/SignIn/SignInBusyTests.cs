using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Infrastructure.Security;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.SignIn;

/// <summary>A server that takes in one sign-in at a time.</summary>
public sealed class OneSignInAtATimePortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:Passwords:SignInQueueLength"] = "1",
        ["PatientPortal:Passwords:BusyRetryAfter"] = "00:00:07",
    };
}

public sealed class SignInBusyTests(OneSignInAtATimePortalFactory portal) : IClassFixture<OneSignInAtATimePortalFactory>
{
    private const string Password = "granite steps down to the harbour";

    [Fact]
    public async Task ASignInBeyondTheHashingQueue_Gets503WithRetryAfter_AndAPageSayingWhatToDo_ThenSignsInOnceThereIsRoom()
    {
        var email = Registration.UniqueEmail("busy");
        await portal.AddPatientAsync(await portal.ChargebandAsync(), email, password: Password);
        var workers = portal.Services.GetRequiredService<PasswordHashingWorkers>();

        HttpResponseMessage page, api;
        // Another sign-in holds the server's only place in the queue.
        using (var held = workers.TryAdmit())
        {
            Assert.NotNull(held);
            page = await PortalScenario.SignInAsync(portal.Browser(), email, Password);
            api = await portal.Browser().PostAsJsonAsync("/patient-portal/api/sign-in", new { email, password = Password });
        }

        using var later = await PortalScenario.SignInAsync(portal.Browser(), email, Password);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("7", page.Headers.GetValues("Retry-After").Single());
        var text = await page.Content.ReadAsStringAsync();
        Assert.Contains("We are signing in a lot of people right now.", text, StringComparison.Ordinal);
        Assert.Contains("Please wait 7 seconds and sign in again.", text, StringComparison.Ordinal);
        Assert.Contains("href=\"/patient-portal/sign-in\"", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), api.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.Equal("/patient-portal", later.Headers.Location?.OriginalString);
        page.Dispose();
        api.Dispose();
    }
}
